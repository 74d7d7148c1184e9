package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** 办件汇聚: partner county systems push their own cases in bulk and get a report per record. */
class PartnerPushIT extends CaseServiceITSupport {

    static final String ITEM = "11610326MB0000001M4610300123000";
    static final String ORG = "11610326MB0000001M";

    private final String meixian = partner("meixian-system", MEI_COUNTY);

    @org.junit.jupiter.api.BeforeEach
    void partnersPushAfterTheFact() {
        clockAt("2026-03-10T10:00");
    }

    @Test
    void eachRecordIsAcceptedOrRejectedWithItsReasonsAndTheOthersAreKept() {
        String good = "MX-" + UUID.randomUUID();
        String elsewhere = "MX-" + UUID.randomUUID();
        String skipped = "MX-" + UUID.randomUUID();
        Map<String, Object> outside = record(elsewhere, concludedHistory());
        outside.put("regionCode", "610926");
        Map<String, Object> noAcceptance = record(skipped, List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"),
                step("CONCLUDED", "2026-03-03T01:00:00Z")));

        Reply reply = post("/partner-records", meixian, Map.of("records", List.of(record(good, concludedHistory()), outside, noAcceptance)));
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("accepted").asInt()).isEqualTo(1);
        assertThat(reply.body().get("rejected").asInt()).isEqualTo(2);
        JsonNode records = reply.body().get("records");
        assertThat(records.get(0).get("result").asText()).isEqualTo("ACCEPTED");
        assertThat(records.get(1).get("result").asText()).isEqualTo("REJECTED");
        assertThat(records.get(1).at("/reasons/0/code").asText()).isEqualTo("out-of-region");
        assertThat(records.get(1).at("/reasons/0/message").asText()).isEqualTo("行政区划 610926 不在本系统的汇聚范围内。");
        assertThat(records.get(2).at("/reasons/0/code").asText()).isEqualTo("status-order");
        assertThat(records.get(2).at("/reasons/0/message").asText()).contains("SUBMITTED").contains("CONCLUDED");

        assertThat(jdbc.queryForObject("SELECT passed FROM partner_case WHERE partner_case_number = ?", Boolean.class, good)).isTrue();
        assertThat(jdbc.queryForObject("SELECT region_code FROM partner_case WHERE partner_case_number = ?", String.class, elsewhere))
                .as("a record outside the region counts against the partner's own region").isEqualTo(MEI_COUNTY);
        assertThat(jdbc.queryForObject("SELECT record::text FROM partner_case WHERE partner_case_number = ?", String.class, good))
                .doesNotContain(CITIZEN_ID);
    }

    @Test
    void pushingARecordAgainIsIdempotentAndAnOlderHistoryNeverReplacesANewerOne() {
        String number = "MX-" + UUID.randomUUID();
        List<Map<String, Object>> accepted = List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"), step("ACCEPTED", "2026-03-02T02:00:00Z"));
        assertThat(resultOf(post("/partner-records", meixian, Map.of("records", List.of(record(number, accepted)))))).isEqualTo("ACCEPTED");
        assertThat(resultOf(post("/partner-records", meixian, Map.of("records", List.of(record(number, accepted)))))).isEqualTo("UNCHANGED");
        assertThat(resultOf(post("/partner-records", meixian, Map.of("records", List.of(record(number, concludedHistory()))))))
                .isEqualTo("UPDATED");
        Reply late = post("/partner-records", meixian, Map.of("records", List.of(record(number, accepted))));
        assertThat(resultOf(late)).isEqualTo("REJECTED");
        assertThat(late.body().at("/records/0/reasons/0/code").asText()).isEqualTo("history-regressed");

        Map<String, Object> broken = record(number, concludedHistory());
        broken.remove("outcome");
        assertThat(resultOf(post("/partner-records", meixian, Map.of("records", List.of(broken))))).isEqualTo("REJECTED");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM partner_case WHERE partner_case_number = ?", Integer.class, number)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status || '/' || outcome || '/' || passed FROM partner_case WHERE partner_case_number = ?",
                String.class, number)).as("the concluded record that passed is kept").isEqualTo("CONCLUDED/APPROVED/true");
    }

    @Test
    void reasonsAreGivenInTheCallersLanguage() {
        Map<String, Object> noName = record("MX-" + UUID.randomUUID(), concludedHistory());
        noName.remove("applicantName");
        Reply reply = post("/partner-records", meixian, Map.of("records", List.of(noName)), Map.of("Accept-Language", "en"));
        assertThat(reply.body().at("/records/0/reasons/0/message").asText()).isEqualTo("The required field \"applicantName\" is missing.");
    }

    @Test
    void oversizedOrEmptyBatchesAndCallersOtherThanPartnersAreRefusedWhole() {
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(record("MX-BULK-" + i, concludedHistory()));
        }
        Reply large = post("/partner-records", meixian, Map.of("records", tooMany));
        assertThat(large.status()).as(large.raw()).isEqualTo(413);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM partner_case WHERE partner_case_number LIKE 'MX-BULK-%'", Integer.class)).isZero();
        assertThat(post("/partner-records", meixian, Map.of("records", List.of())).status()).isEqualTo(422);

        String clerk = Tokens.forRoles("window-clerk").subject("clerk-li").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        String citizen = Tokens.forRoles("citizen").subject("citizen-zhang").idHash(personalData.hash(CITIZEN_ID)).bearer();
        Map<String, Object> one = Map.of("records", List.of(record("MX-" + UUID.randomUUID(), concludedHistory())));
        assertThat(post("/partner-records", clerk, one).status()).isEqualTo(403);
        assertThat(post("/partner-records", citizen, one).status()).isEqualTo(403);
    }

    @Test
    void theRegionsQualityPassRateCountsEveryRecordOnce() {
        String pingli = partner("pingli-system", "610926");
        Map<String, Object> good = record("PL-" + UUID.randomUUID(), concludedHistory());
        good.put("regionCode", "610926");
        good.put("acceptingOrgCode", ORG);
        Map<String, Object> bad = record("PL-" + UUID.randomUUID(), concludedHistory());
        bad.put("regionCode", "610926");
        bad.remove("itemCode");
        post("/partner-records", pingli, Map.of("records", List.of(good, bad)));
        post("/partner-records", pingli, Map.of("records", List.of(good)));

        Reply quality = get("/partner-records/quality", pingli);
        assertThat(quality.status()).as(quality.raw()).isEqualTo(200);
        assertThat(quality.body().get("records").asLong()).isEqualTo(2);
        assertThat(quality.body().get("passed").asLong()).isEqualTo(1);
        assertThat(quality.body().get("passRate").asDouble()).isEqualTo(0.5);

        String ankangSupervisor = Tokens.forRoles("supervisor").subject("sup-ankang").region("610900").bearer();
        assertThat(get("/partner-records/quality?region=610926", ankangSupervisor).body().get("passRate").asDouble()).isEqualTo(0.5);
        assertThat(get("/partner-records/quality?region=610926", meixian).status()).as("another county's rate").isEqualTo(403);
    }

    // ---- data -------------------------------------------------------------------------------

    private static String partner(String client, String region) {
        return Tokens.forRoles("partner-system").subject("service-account-" + client).client(client).region(region).bearer();
    }

    private static String resultOf(Reply reply) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body().at("/records/0/result").asText();
    }

    private static Map<String, Object> record(String number, List<Map<String, Object>> history) {
        Map<String, Object> record = new HashMap<>();
        record.put("partnerCaseNumber", number);
        record.put("itemCode", ITEM);
        record.put("itemName", "食品经营许可");
        record.put("regionCode", MEI_COUNTY);
        record.put("acceptingOrgCode", ORG);
        record.put("applicantType", "PERSON");
        record.put("applicantName", "张三");
        record.put("applicantIdNumber", CITIZEN_ID);
        record.put("channel", "WINDOW");
        record.put("history", history);
        record.put("outcome", "APPROVED");
        return record;
    }

    private static List<Map<String, Object>> concludedHistory() {
        return List.of(step("SUBMITTED", "2026-03-02T01:00:00Z"), step("ACCEPTED", "2026-03-02T02:00:00Z"),
                step("UNDER_REVIEW", "2026-03-03T01:00:00Z"), step("CONCLUDED", "2026-03-05T01:00:00Z"));
    }

    private static Map<String, Object> step(String status, String at) {
        return Map.of("status", status, "at", at);
    }
}
