package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * 办件汇聚 in the indicators: the province sees one set of figures — the cases handled here and the accepted partner
 * records — and each part beside it. Partner records never enter staff work queues.
 */
class PartnerIndicatorsIT extends CaseServiceITSupport {

    /** An item only these tests use, promised in 5 working days: its indicators hold nothing but what is pushed here. */
    static final String ITEM = body("11610326MB2857143") + "4610300999000";
    /** Another item of the same body, for the scope test (not known here: its records have no deadline). */
    static final String OTHER_ITEM = ITEM.substring(0, 18) + "4610300999001";
    static final String PERIOD = "from=2026-03-09&to=2026-03-13";
    /** Mei County's government service hall, where the partner system's cases were accepted. */
    static final String HALL = "11610326MB0000001M";

    private final String partner = Tokens.forRoles("partner-system").subject("service-account-meixian-system")
            .client("meixian-system").region(MEI_COUNTY).bearer();
    private final String supervisor = Tokens.forRoles("supervisor").subject("sup-baoji").region("610300").bearer();

    @BeforeEach
    void setUp() {
        if (jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ?", Integer.class, ITEM) == 0) {
            publish("catalog.item.v1", ITEM, "yiwang.item.published.v1", """
                    {"implementationCode": "%s", "name": "汇聚测试事项", "version": 1, "regionCode": "610326",
                     "implementingBodyCode": "%s", "caseKind": "PROMISED",
                     "legalLimit": {"amount": 20, "unit": "WORKING_DAYS"}, "promisedLimit": {"amount": 5, "unit": "WORKING_DAYS"}}
                    """.formatted(ITEM, ITEM.substring(0, 18)), UUID.randomUUID().toString());
            eventually(() -> jdbc.queryForObject("SELECT count(*) FROM item_version WHERE implementation_code = ?", Integer.class, ITEM) == 1);
        }
        clockAt("2026-03-27T10:00");
    }

    @Test
    void pushedRecordsEnterTheRegionsIndicatorsByExactlyWhatTheirHistoriesImplyAndAReplayChangesNothing() {
        String prefix = "PX-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        JsonNode regionBefore = indicators("?" + PERIOD, supervisor);
        List<Map<String, Object>> batch = batch(prefix, ITEM);

        Reply pushed = post("/partner-records", partner, Map.of("records", batch));
        assertThat(pushed.status()).as(pushed.raw()).isEqualTo(200);
        assertThat(pushed.body().get("accepted").asInt()).as(pushed.raw()).isEqualTo(5);
        assertThat(pushed.body().get("rejected").asInt()).isEqualTo(1);

        JsonNode item = indicators("?" + PERIOD + "&itemCode=" + ITEM, supervisor);
        JsonNode figures = item.get("partner");
        assertThat(figures.get("cases").asLong()).as("five accepted records; the rejected one does not count").isEqualTo(5);
        assertThat(figures.get("concluded").asLong()).isEqualTo(3);
        assertThat(figures.get("onTimeRate").asDouble()).as("two of three on time; the special procedure excluded")
                .isCloseTo(2.0 / 3, within(1e-9));
        assertThat(figures.get("overdue").asLong()).as("one concluded late, one still under review past its date").isEqualTo(2);
        assertThat(figures.get("onlineShare").asDouble()).as("PC and MOBILE of four records that name a channel").isEqualTo(0.5);
        assertThat(figures.get("fullyOnlineShare").asDouble()).as("only the window and kiosk records are known: not fully online")
                .isEqualTo(0.0);
        assertThat(figures.get("averageHandlingWorkingDays").asDouble()).as("(2 + 8 + 8) / 3").isEqualTo(6.0);
        assertThat(item.get("own").get("cases").asLong()).isZero();
        assertThat(item.get("cases").asLong()).as("one set of figures: own and partner together").isEqualTo(5);
        assertThat(item.get("onTimeRate").asDouble()).isCloseTo(2.0 / 3, within(1e-9));

        JsonNode regionAfter = indicators("?" + PERIOD, supervisor);
        assertThat(regionAfter.get("cases").asLong()).isEqualTo(regionBefore.get("cases").asLong() + 5);
        assertThat(regionAfter.get("concluded").asLong()).isEqualTo(regionBefore.get("concluded").asLong() + 3);
        assertThat(regionAfter.get("overdue").asLong()).isEqualTo(regionBefore.get("overdue").asLong() + 2);
        assertThat(regionAfter.get("own")).as("the cases handled here are untouched").isEqualTo(regionBefore.get("own"));

        Reply replayed = post("/partner-records", partner, Map.of("records", batch.subList(0, 5)));
        assertThat(replayed.body().get("records")).extracting(record -> record.get("result").asText()).containsOnly("UNCHANGED");
        assertThat(indicators("?" + PERIOD, supervisor)).as("a replay counts nothing twice").isEqualTo(regionAfter);

        // The case still under review is concluded late: one more conclusion, the same number of cases and overdue.
        Map<String, Object> concludedLate = record(prefix + "3", ITEM, "MOBILE", List.of(step("SUBMITTED", "2026-03-09T09:00"),
                step("ACCEPTED", "2026-03-09T10:00"), step("UNDER_REVIEW", "2026-03-10T10:00"), step("CONCLUDED", "2026-03-25T10:00")));
        assertThat(post("/partner-records", partner, Map.of("records", List.of(concludedLate))).body().at("/records/0/result").asText())
                .isEqualTo("UPDATED");
        JsonNode updated = indicators("?" + PERIOD + "&itemCode=" + ITEM, supervisor).get("partner");
        assertThat(updated.get("cases").asLong()).isEqualTo(5);
        assertThat(updated.get("concluded").asLong()).isEqualTo(4);
        assertThat(updated.get("overdue").asLong()).isEqualTo(2);
        assertThat(updated.get("onTimeRate").asDouble()).isEqualTo(0.5);
    }

    @Test
    void staffSeePartnerRecordsOfTheirOwnOfficeInTheIndicatorsButNeverInTheirWorkQueue() {
        String prefix = "PY-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        post("/partner-records", partner, Map.of("records", batch(prefix, OTHER_ITEM).subList(0, 5)));
        String deciding = Tokens.forRoles("approver").subject("approver-wang").region(MEI_COUNTY).org(ITEM.substring(0, 18)).bearer();
        String otherOffice = Tokens.forRoles("approver").subject("approver-li").region(MEI_COUNTY).org("11610326MB0000005A").bearer();

        assertThat(indicators("?" + PERIOD + "&itemCode=" + OTHER_ITEM, deciding).at("/partner/cases").asLong())
                .as("the item's implementing body decides these cases").isEqualTo(5);
        assertThat(indicators("?" + PERIOD + "&itemCode=" + OTHER_ITEM, otherOffice).at("/partner/cases").asLong()).isZero();
        Reply queue = get("/queue?size=100", deciding);
        assertThat(queue.status()).isEqualTo(200);
        assertThat(queue.raw()).doesNotContain(prefix);
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() {
        Reply reversed = get("/indicators?from=2026-03-13&to=2026-03-09", supervisor);

        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body().get("detail").asText()).contains("2026-03-09");
    }

    // ---- data -------------------------------------------------------------------------------

    private JsonNode indicators(String query, String bearer) {
        Reply reply = get("/indicators" + query, bearer);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    /**
     * Five records of the week of 9 March 2026 (promised: 5 working days from acceptance) and one that fails the check.
     */
    private static List<Map<String, Object>> batch(String prefix, String item) {
        List<Map<String, Object>> batch = new ArrayList<>();
        // 1. PC; concluded after 2 working days, on time.
        batch.add(record(prefix + "1", item, "PC", List.of(step("SUBMITTED", "2026-03-09T09:00"), step("ACCEPTED", "2026-03-09T10:00"),
                step("CONCLUDED", "2026-03-11T10:00"))));
        // 2. WINDOW; a special procedure from 10 to 16 March stops the clock, so concluding on 19 March is on time; 8 days.
        batch.add(record(prefix + "2", item, "WINDOW", List.of(step("SUBMITTED", "2026-03-09T09:00"), step("ACCEPTED", "2026-03-09T10:00"),
                step("SPECIAL_PROCEDURE", "2026-03-10T10:00"), step("UNDER_REVIEW", "2026-03-16T10:00"),
                step("CONCLUDED", "2026-03-19T10:00"))));
        // 3. MOBILE; still under review on 27 March, promised by the end of 16 March: overdue.
        batch.add(record(prefix + "3", item, "MOBILE", List.of(step("SUBMITTED", "2026-03-09T09:00"), step("ACCEPTED", "2026-03-09T10:00"),
                step("UNDER_REVIEW", "2026-03-10T10:00"))));
        // 4. No channel; promised by the end of 17 March, concluded on 20 March: late; 8 days.
        Map<String, Object> noChannel = record(prefix + "4", item, null, List.of(step("SUBMITTED", "2026-03-10T09:00"),
                step("ACCEPTED", "2026-03-10T10:00"), step("CONCLUDED", "2026-03-20T10:00")));
        batch.add(noChannel);
        // 5. KIOSK; not accepted.
        Map<String, Object> notAccepted = record(prefix + "5", item, "KIOSK", List.of(step("SUBMITTED", "2026-03-11T09:00"),
                step("NOT_ACCEPTED", "2026-03-11T10:00")));
        notAccepted.remove("outcome");
        batch.add(notAccepted);
        // 6. Fails the quality check (no applicant name): never counted.
        Map<String, Object> rejected = record(prefix + "6", item, "PC", List.of(step("SUBMITTED", "2026-03-09T09:00"),
                step("ACCEPTED", "2026-03-09T10:00"), step("CONCLUDED", "2026-03-10T10:00")));
        rejected.remove("applicantName");
        batch.add(rejected);
        return batch;
    }

    private static Map<String, Object> record(String number, String item, String channel, List<Map<String, Object>> history) {
        Map<String, Object> record = new HashMap<>();
        record.put("partnerCaseNumber", number);
        record.put("itemCode", item);
        record.put("itemName", "汇聚测试事项");
        record.put("regionCode", MEI_COUNTY);
        record.put("acceptingOrgCode", HALL);
        record.put("applicantType", "PERSON");
        record.put("applicantName", "张三");
        record.put("applicantIdNumber", CITIZEN_ID);
        if (channel != null) {
            record.put("channel", channel);
        }
        record.put("history", history);
        record.put("outcome", "APPROVED");
        return record;
    }

    /** A unified social credit code (GB 32100) with its check character. */
    private static String body(String first17) {
        return first17 + cn.yiwang.common.identifier.UnifiedCreditCode.checkCharacter(first17);
    }

    /** A step at a Beijing local time. */
    private static Map<String, Object> step(String status, String beijingLocal) {
        return Map.of("status", status, "at", beijing(beijingLocal).toString());
    }
}
