package cn.yiwang.review.statistics;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counters, kept up to date change by change, equal a recount over the same data (issue 6:
 * statistics updated continuously, never a full recount at query time — so a recount is the test).
 */
class StatisticsIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";

    @Autowired
    StatisticsLedger ledger;
    @Autowired
    StatisticsQueries queries;

    @Test
    void theCountersEqualARecountOverTheSameData() {
        String org = uniqueOrg();
        String[] levels = {"VERY_SATISFIED", "SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
        List<String> firstIds = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String person = unique("stat");
            UUID invitation = concludedCase(person, org, i % 2 == 0 ? REGION : "610303", "item-" + (i % 3), "staff-" + (i % 4));
            if (i % 6 == 5) {
                continue; // concluded, never rated
            }
            JsonNode first = evaluate(citizen(person), invitation, rating(levels[i % 5], 1 + i % 7, i % 4 == 0, null)).json();
            firstIds.add(first.get("id").asString());
            if (i == 1) {
                post("/evaluations/" + first.get("id").asString() + "/follow-up", citizen(person), rating("VERY_DISSATISFIED", 2, false, null));
            }
        }
        String admin = orgAdmin(org, REGION);
        JsonNode orders = get("/work-orders?open=true&size=100", admin).json().get("items");
        for (int i = 0; i < orders.size(); i++) {
            String path = "/work-orders/" + orders.get(i).get("id").asString();
            post(path + "/verification", admin, "{\"text\":\"属实\"}");
            if (i % 2 == 0) {
                post(path + "/rectification", admin, "{\"text\":\"已整改\"}");
                post(path + "/reply", admin, "{\"text\":\"已答复\"}");
            }
        }
        String appeal = post("/evaluations/" + firstIds.get(3) + "/appeals", admin,
                "{\"reason\":\"MISTAKEN\",\"evidence\":[\"recording:7\"]}").json().get("id").asString();
        post("/appeals/" + appeal + "/decision", supervisor("610300"), "{\"upheld\":true}");

        Map<CounterKey, Long> recount = new HashMap<>();
        for (UUID serviceEvent : ledger.allServiceEvents()) {
            Contribution.of(ledger.facts(serviceEvent)).forEach((key, value) -> recount.merge(key, value, Long::sum));
        }
        recount.putAll(Contribution.coverageOf(recount));
        recount.values().removeIf(value -> value == 0L);

        assertThat(queries.allCounters()).isEqualTo(recount);
        assertThat(recount.keySet()).anyMatch(key -> key.metric().equals(Metric.ITEMS_RATED))
                .anyMatch(key -> key.dimension() == Dimension.CHANNEL && key.metric().equals(Metric.CONCLUDED));
        // And, independently of the contribution rules, plain SQL over the evaluations of this organisation.
        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);
        Map<String, Long> counters = queries.counters(Dimension.ORGANISATION, org, month);
        assertThat(counters.get(Metric.CONCLUDED)).isEqualTo(count("SELECT count(*) FROM invitation WHERE org_code = ?", org));
        assertThat(counters.get(Metric.RATED)).isEqualTo(count(
                "SELECT count(*) FROM evaluation WHERE org_code = ? AND kind = 'FIRST' AND NOT excluded", org));
        assertThat(counters.getOrDefault(Metric.NEGATIVE, 0L)).isEqualTo(count("""
                SELECT count(*) FROM invitation i JOIN evaluation f ON f.id = i.first_evaluation_id AND NOT f.excluded
                LEFT JOIN evaluation u ON u.id = i.follow_up_evaluation_id
                WHERE i.org_code = ? AND coalesce(u.level, f.level) IN ('DISSATISFIED', 'VERY_DISSATISFIED')""", org));
        assertThat(counters.getOrDefault(Metric.RECTIFIED, 0L)).isEqualTo(count("""
                SELECT count(*) FROM work_order w JOIN evaluation e ON e.id = w.evaluation_id
                WHERE w.org_code = ? AND w.replied_at IS NOT NULL AND NOT e.excluded""", org));
    }

    @Test
    void channelFiguresShowTheEvaluationRateOfEachChannelAndRegionFiguresTheCoverage() {
        String county = "610926";
        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);
        String ratedOrg = uniqueOrg();
        String silentOrg = uniqueOrg();
        String ratedItem = "item-" + UUID.randomUUID();
        String[] people = {unique("cov"), unique("cov"), unique("cov"), unique("cov")};
        UUID online = concludedCase(people[0], ratedOrg, county, ratedItem, "staff-c", "PC");
        concludedCase(people[1], ratedOrg, county, ratedItem, "staff-c", "PC");
        UUID atTheWindow = concludedCase(people[2], ratedOrg, county, "item-" + UUID.randomUUID(), "staff-c", "WINDOW");
        concludedCase(people[3], silentOrg, county, "item-" + UUID.randomUUID(), "staff-d", "KIOSK");
        evaluate(citizen(people[0]), online, rating("SATISFIED", 1, false, null));
        evaluate(citizen(people[2]), atTheWindow, rating("VERY_SATISFIED", 4, false, null));
        String supervisor = supervisor("610900");

        JsonNode region = get("/statistics/REGION/" + county + "?period=" + month, supervisor).json();
        JsonNode hallDevice = get("/statistics/CHANNEL/HALL_DEVICE?period=" + month, supervisor).json();

        assertThat(region.get("evaluationRate").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode coverage = region.get("coverage");
        assertThat(coverage.get("items").get("served").asLong()).isEqualTo(3);
        assertThat(coverage.get("items").get("rated").asLong()).isEqualTo(2);
        assertThat(coverage.get("items").get("rate").decimalValue()).isEqualByComparingTo("66.7");
        assertThat(coverage.get("organisations").get("rate").decimalValue()).isEqualByComparingTo("50.0");
        // Invited on PC, HALL_DEVICE (window) and HALL_TERMINAL (kiosk); rated on PC and HALL_DEVICE.
        assertThat(coverage.get("channels").get("served").asLong()).isEqualTo(3);
        assertThat(coverage.get("channels").get("rated").asLong()).isEqualTo(2);
        long concluded = hallDevice.get("counts").get("concluded").asLong();
        long rated = hallDevice.get("counts").get("rated").asLong();
        assertThat(concluded).isPositive();
        assertThat(hallDevice.get("evaluationRate").decimalValue())
                .isEqualByComparingTo(Figures.rate(rated, concluded));
        assertThat(get("/statistics/REGION_ITEM/" + county + "?period=" + month, supervisor).status()).isEqualTo(404);
    }

    @Test
    void organisationAndItemFiguresArePublicAndAnonymous() {
        String person = unique("public");
        String org = uniqueOrg();
        String item = "item-" + UUID.randomUUID();
        evaluate(citizen(person), concludedCase(person, org, REGION, item, "staff-p"), rating("SATISFIED", 3, false, null));
        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);

        Response byOrg = get("/public/statistics/organisations/" + org + "?period=" + month, null);
        Response byItem = get("/public/statistics/items/" + item + "?period=" + month, null);

        assertThat(byOrg.status()).isEqualTo(200);
        assertThat(byOrg.json().get("evaluationRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(byOrg.json().get("distribution").get("SATISFIED").asLong()).isEqualTo(1);
        assertThat(byOrg.body()).doesNotContain(person);
        assertThat(byItem.json().get("counts").get("rated").asLong()).isEqualTo(1);
        assertThat(get("/public/statistics/organisations/" + org + "?period=May", null).status()).isEqualTo(422);
    }

    @Test
    void regionFiguresAreForThatRegionsSupervisors() {
        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);
        String person = unique("region");
        concludedCase(person, uniqueOrg(), REGION, "item-r", "staff-r");

        Response city = get("/statistics/REGION/610300?period=" + month, supervisor("610300"));

        assertThat(city.status()).isEqualTo(200);
        assertThat(city.json().get("counts").get("concluded").asLong()).isPositive();
        assertThat(get("/statistics/REGION/610300?period=" + month, supervisor("610900")).status()).isEqualTo(403);
        assertThat(get("/statistics/REGION/610300?period=" + month, citizen(person)).status()).isEqualTo(403);
        assertThat(get("/statistics/STAFF/staff-r?period=" + month, supervisor("610326")).status()).isEqualTo(200);
        assertThat(get("/statistics/STAFF/staff-r?period=" + month, Tokens.forRoles("dept-admin").org(uniqueOrg()).bearer()).status())
                .isEqualTo(403);
    }

    private long count(String sql, String org) {
        return jdbc.queryForObject(sql, Long.class, org);
    }
}
