package cn.yiwang.cases.it;

import cn.yiwang.common.test.Tokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The full flow of a licensing item and of an immediate item, with the events each step publishes. */
class CaseFlowIT extends CaseServiceITSupport {

    private String citizen;
    private String clerk;
    private String approver;

    @BeforeEach
    void setUp() throws Exception {
        itemsArePublished();
        clockAt("2026-03-02T09:00");
        citizen = Tokens.forRoles("citizen").subject("citizen-zhang").idHash(personalData.hash(CITIZEN_ID)).bearer();
        clerk = Tokens.forRoles("window-clerk").subject("clerk-li").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
        approver = Tokens.forRoles("approver").subject("approver-wang").region(MEI_COUNTY).org(MARKET_REGULATOR).bearer();
    }

    @Test
    void aLicensingCaseRunsFromApplicationToDeliveryWithOneEventPerStep() {
        Reply applied = post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", "apply-" + UUID.randomUUID()));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        String id = applied.body().get("id").asText();
        assertThat(applied.body().get("number").asText()).startsWith(FOOD_LICENCE + "20260302").hasSize(45);

        clockAt("2026-03-02T10:00");
        Reply accepted = post("/" + id + "/acceptance", clerk, null);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
        assertThat(java.time.Instant.parse(accepted.body().at("/clock/promisedDueAt").asText())).isEqualTo(beijing("2026-03-17T00:00"));
        assertThat(java.time.Instant.parse(accepted.body().at("/clock/legalDueAt").asText())).isEqualTo(beijing("2026-03-31T00:00"));
        assertThat(accepted.body().at("/clock/colour").asText()).isEqualTo("GREEN");

        assertThat(post("/" + id + "/review", approver, null).status()).isEqualTo(200);
        clockAt("2026-03-04T09:00");
        assertThat(post("/" + id + "/special-procedures", approver, Map.of("type", "INSPECTION", "reason", "现场核查")).status())
                .isEqualTo(200);
        clockAt("2026-03-06T17:00");
        Reply resumed = post("/" + id + "/special-procedures/current/end", approver, Map.of("result", "核查合格"));
        assertThat(java.time.Instant.parse(resumed.body().at("/clock/promisedDueAt").asText())).isEqualTo(beijing("2026-03-20T00:00"));
        clockAt("2026-03-09T10:00");
        Reply concluded = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予许可"));
        assertThat(concluded.body().get("status").asText()).isEqualTo("CONCLUDED");
        Reply delivered = post("/" + id + "/delivery", clerk, Map.of("method", "WINDOW_PICKUP"));
        assertThat(delivered.body().get("status").asText()).isEqualTo("DELIVERED");

        List<ConsumerRecord<String, String>> events = distinctEvents(id, 6);
        assertThat(events).extracting(record -> header(record, "ce_type")).containsExactly(
                "yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.suspended.v1",
                "yiwang.case.resumed.v1", "yiwang.case.concluded.v1", "yiwang.case.delivered.v1");
        JsonNode concludedEvent = json.readTree(events.get(4).value());
        assertThat(concludedEvent.get("applicantIdHash").asText()).isEqualTo(personalData.hash(CITIZEN_ID));
        assertThat(concludedEvent.get("itemCode").asText()).isEqualTo(FOOD_LICENCE);
        assertThat(concludedEvent.get("itemName").asText()).isEqualTo("食品经营许可");
        assertThat(concludedEvent.get("acceptingOrgCode").asText()).isEqualTo(MARKET_REGULATOR);
        assertThat(concludedEvent.get("handlingStaff").asText()).isEqualTo("approver-wang");
        assertThat(concludedEvent.get("channel").asText()).isEqualTo("PC");
        assertThat(concludedEvent.get("resultCertificateType").asText()).isEqualTo("11100000000013338W032");
        assertThat(events.get(0).value()).doesNotContain(CITIZEN_ID);
        JsonNode example = json.readTree(getClass().getResourceAsStream("/contracts/events/case-concluded.json"));
        assertThat(fieldNames(concludedEvent)).as("concluded matches its published example").isEqualTo(fieldNames(example));

        Reply timeline = get("/" + id, citizen);
        assertThat(timeline.body().get("timeline")).extracting(step -> step.get("step").asText()).containsExactly(
                "submitted", "accepted", "review-started", "special-procedure-started", "special-procedure-ended",
                "concluded", "delivered");
        assertThat(timeline.body().at("/applicant/idNumber").asText()).isEqualTo(CITIZEN_ID);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCase() {
        String key = "apply-" + UUID.randomUUID();
        Reply first = post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", key));
        Reply retry = post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", key));

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("id").asText()).isEqualTo(first.body().get("id").asText());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM case_file WHERE id = ?::uuid", Integer.class,
                first.body().get("id").asText())).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyForADifferentApplicationIsRefused() {
        String key = "apply-" + UUID.randomUUID();
        post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", key));
        Map<String, Object> other = new java.util.LinkedHashMap<>(application(CITIZEN_ID));
        other.put("applicantName", "张三丰");

        assertThat(post("", citizen, other, Map.of("Idempotency-Key", key)).status()).isEqualTo(422);
    }

    @Test
    void anImmediateItemIsConcludedAtTheWindowInOneStep() {
        Reply applied = post("", clerkOfHall(), Map.of("itemCode", RESIDENCE_CERTIFICATE, "applicantType", "PERSON",
                "applicantName", "李四", "applicantIdNumber", citizenId(7),
                "materials", List.of(Map.of("code", "M01", "provision", "UPLOAD", "reference", "scan-1"))),
                Map.of("Idempotency-Key", "window-" + UUID.randomUUID()));
        assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        assertThat(applied.body().get("channel").asText()).isEqualTo("WINDOW");
        String id = applied.body().get("id").asText();

        Reply done = post("/" + id + "/immediate-conclusion", clerkOfHall(), Map.of("outcome", "APPROVED", "result", "当场出具"));

        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(done.body().get("status").asText()).isEqualTo("CONCLUDED");
        assertThat(distinctEvents(id, 3)).extracting(record -> header(record, "ce_type"))
                .containsExactly("yiwang.case.submitted.v1", "yiwang.case.accepted.v1", "yiwang.case.concluded.v1");
    }

    @Test
    void anIllegalTransitionIsAConflictAndChangesNothing() {
        String id = post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", "apply-" + UUID.randomUUID()))
                .body().get("id").asText();

        Reply refused = post("/" + id + "/conclusion", approver, Map.of("outcome", "APPROVED", "result", "准予"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.raw()).contains("urn:yiwang:problem:conflict").contains("SUBMITTED");
        assertThat(get("/" + id, approver).body().get("status").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void aSecondSupplementNoticeForTheSameSubmissionIsRefusedInEnglishOnRequest() {
        String id = post("", citizen, application(CITIZEN_ID), Map.of("Idempotency-Key", "apply-" + UUID.randomUUID()))
                .body().get("id").asText();
        Map<String, Object> notice = Map.of("defects", List.of(Map.of("materialCode", "M03", "problem", "缺少租赁合同"),
                Map.of("materialCode", "M04", "problem", "布局图未标注面积")));

        assertThat(post("/" + id + "/supplement-notice", clerk, notice).status()).isEqualTo(200);
        Reply second = post("/" + id + "/supplement-notice", clerk, notice, Map.of("Accept-Language", "en"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.raw()).contains("a second one is not allowed");
        assertThat(distinctEvents(id, 2)).extracting(record -> header(record, "ce_type"))
                .containsExactly("yiwang.case.submitted.v1", "yiwang.case.supplementrequested.v1");
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private String clerkOfHall() {
        return Tokens.forRoles("window-clerk").subject("clerk-hall").region(MEI_COUNTY).org(MEI_HALL).bearer();
    }

    static Map<String, Object> application(String idNumber) {
        return Map.of("itemCode", FOOD_LICENCE, "applicantType", "PERSON", "applicantName", "张三",
                "applicantIdNumber", idNumber, "applicantPhone", "13800138000", "channel", "PC",
                "materials", List.of(
                        Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                        Map.of("code", "M02", "provision", "UPLOAD", "reference", "doc-2"),
                        Map.of("code", "M03", "provision", "COMMITMENT"),
                        Map.of("code", "M04", "provision", "UPLOAD", "reference", "doc-4")));
    }
}
