package cn.yiwang.review.statistics;

import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The business gauges on {@code /actuator/prometheus} show this month's evaluation, good-rating and
 * rectification rates as ratios, equal to the same ratios counted straight from the evaluations.
 */
class ReviewMetricsIT extends ReviewIntegrationTest {

    /** Counted straight from the records, as a recount would: the level that counts, appeals upheld left out. */
    private static final String THIS_MONTH = """
            FROM invitation i
            LEFT JOIN evaluation f ON f.id = i.first_evaluation_id AND NOT f.excluded
            LEFT JOIN evaluation u ON u.id = i.follow_up_evaluation_id AND NOT u.excluded
            LEFT JOIN work_order w ON w.invitation_id = i.id AND f.id IS NOT NULL AND w.evaluation_id IN (f.id, u.id)
            WHERE to_char(i.served_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = ? AND length(i.region_code) >= 6""";
    private static final String LEVEL = "CASE WHEN f.id IS NULL THEN NULL ELSE coalesce(u.level, f.level) END";

    @Test
    void prometheusShowsThisMonthsEvaluationGoodAndRectificationRates() {
        String org = uniqueOrg();
        String admin = orgAdmin(org, "610326");
        String[] levels = {"VERY_SATISFIED", "SATISFIED", "DISSATISFIED", "VERY_DISSATISFIED"};
        for (String level : levels) {
            String person = unique("metrics");
            evaluate(citizen(person), concludedCase(person, org, "610326", "item-m", "staff-m"), rating(level, 2, false, null));
        }
        concludedCase(unique("metrics"), org, "610326", "item-m", "staff-m"); // invited, never rated
        JsonNode order = get("/work-orders?open=true&size=100", admin).json().get("items").get(0);
        String path = "/work-orders/" + order.get("id").asString();
        post(path + "/verification", admin, "{\"text\":\"属实\"}");
        post(path + "/rectification", admin, "{\"text\":\"已整改\"}");
        post(path + "/reply", admin, "{\"text\":\"已答复\"}");
        String month = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString().substring(0, 7);

        String prometheus = getOutsideApi("/actuator/prometheus").body();

        double invited = count("SELECT count(*) " + THIS_MONTH, month);
        double rated = count("SELECT count(*) " + THIS_MONTH + " AND f.id IS NOT NULL", month);
        double good = count("SELECT count(*) " + THIS_MONTH + " AND " + LEVEL
                + " IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')", month);
        double negative = count("SELECT count(*) " + THIS_MONTH + " AND w.id IS NOT NULL", month);
        double rectified = count("SELECT count(*) " + THIS_MONTH + " AND w.replied_at IS NOT NULL", month);
        assertThat(rated).isLessThan(invited);
        assertThat(rectified).isPositive().isLessThan(negative);
        assertThat(gauge(prometheus, "yiwang_reviews_evaluation_rate")).isCloseTo(rated / invited, within(1e-9));
        assertThat(gauge(prometheus, "yiwang_reviews_good_rate")).isCloseTo(good / rated, within(1e-9));
        assertThat(gauge(prometheus, "yiwang_reviews_rectification_rate")).isCloseTo(rectified / negative, within(1e-9));
    }

    private double count(String sql, String month) {
        return jdbc.queryForObject(sql, Long.class, month);
    }

    private static double gauge(String prometheus, String name) {
        Matcher matcher = Pattern.compile("(?m)^" + name + "\\{[^}]*} (\\S+)$").matcher(prometheus);
        assertThat(matcher.find()).as(name + " in\n" + prometheus).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
