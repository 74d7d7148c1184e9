package cn.yiwang.review.workorder;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every negative evaluation is verified, rectified, answered and (real-name) visited back, on
 * working-day deadlines, escalated when late, and an upheld appeal takes it out of the statistics
 * (国办发〔2019〕51号; DOMAIN.md §4).
 */
class NegativeEvaluationLoopIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";
    /** Wednesday before the 2026 National Day holiday (10-01 … 10-07 off, Saturday 10-10 a working day). */
    private static final Instant BEFORE_NATIONAL_DAY = beijing("2026-09-30T10:00");

    @Autowired
    WorkOrderEscalation escalation;

    @Test
    void aRealNameNegativeIsVerifiedRectifiedAnsweredAndVisitedBackOnWorkingDayDeadlines() {
        clock.set(BEFORE_NATIONAL_DAY);
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-n", "staff-n");
        String evaluationId = evaluate(citizen(person), invitation, rating("DISSATISFIED", 2, false, "材料被退回三次"))
                .json().get("id").asString();
        String admin = orgAdmin(org, REGION);

        JsonNode order = onlyOpenOrderOf(admin);
        assertThat(order.get("evaluationId").asString()).isEqualTo(evaluationId);
        assertThat(order.get("status").asString()).isEqualTo("AWAITING_VERIFICATION");
        assertThat(instant(order, "verificationDueAt")).isEqualTo(beijing("2026-10-09T00:00"));
        assertThat(instant(order, "rectificationDueAt")).isEqualTo(beijing("2026-10-28T00:00"));
        String path = "/work-orders/" + order.get("id").asString();

        clock.set(beijing("2026-10-08T09:00"));
        assertThat(post(path + "/verification", admin, "{\"text\":\"电话联系群众，情况属实\"}").status()).isEqualTo(200);
        assertThat(post(path + "/rectification", admin, "{\"text\":\"一次性告知清单已更新并培训窗口人员\"}").status()).isEqualTo(200);
        JsonNode replied = post(path + "/reply", admin, "{\"text\":\"已整改，感谢您的监督\"}").json();
        assertThat(replied.get("status").asString()).isEqualTo("AWAITING_RETURN_VISIT");
        JsonNode seenByEvaluator = get("/evaluations/" + evaluationId + "/rectification", citizen(person)).json();
        assertThat(seenByEvaluator.get("reply").asString()).isEqualTo("已整改，感谢您的监督");
        assertThat(seenByEvaluator.get("rectificationActions").asString()).contains("一次性告知清单");
        assertThat(get("/evaluations/" + evaluationId + "/rectification", citizen(unique("stranger"))).status()).isEqualTo(404);
        JsonNode closed = post(path + "/return-visit", admin, "{\"satisfaction\":\"SATISFIED\",\"note\":\"群众认可整改\"}").json();

        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("returnVisit").get("satisfaction").asString()).isEqualTo("SATISFIED");
        JsonNode figures = get("/statistics/ORGANISATION/" + org + "?period=2026-09", admin).json();
        assertThat(figures.get("counts").get("negative").asLong()).isEqualTo(1);
        assertThat(figures.get("rectificationRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(figures.get("onTimeRectificationRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(figures.get("threeHundredPercent").get("verificationRate").decimalValue()).isEqualByComparingTo("100.0");
        assertThat(figures.get("threeHundredPercent").get("returnVisitRate").decimalValue()).isEqualByComparingTo("100.0");
    }

    @Test
    void onlyTheOrganisationsManagersTakeStepsAndStepsCannotBeSkipped() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-n", "staff-n");
        evaluate(citizen(person), invitation, rating("VERY_DISSATISFIED", 1, false, null));
        String path = "/work-orders/" + onlyOpenOrderOf(orgAdmin(org, REGION)).get("id").asString();
        String clerk = Tokens.forRoles("window-clerk").org(org).region(REGION).bearer();

        assertThat(post(path + "/verification", clerk, "{\"text\":\"x\"}").status()).isEqualTo(403);
        assertThat(post(path + "/verification", orgAdmin(uniqueOrg(), REGION), "{\"text\":\"x\"}").status()).isEqualTo(404);
        assertThat(post(path + "/reply", orgAdmin(org, REGION), "{\"text\":\"x\"}").status()).isEqualTo(409);
        assertThat(get(path, citizen(person)).status()).isEqualTo(403);
    }

    @Test
    void anOverdueWorkOrderIsEscalatedOnceToTheSupervisorOfItsRegion() {
        clock.set(BEFORE_NATIONAL_DAY);
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-n", "staff-n");
        evaluate(citizen(person), invitation, rating("VERY_DISSATISFIED", 2, false, null));
        UUID orderId = UUID.fromString(onlyOpenOrderOf(orgAdmin(org, REGION)).get("id").asString());

        assertThat(escalation.escalateOverdue(beijing("2026-10-08T23:00"))).doesNotContain(orderId);
        assertThat(escalation.escalateOverdue(beijing("2026-10-09T00:00"))).contains(orderId);
        assertThat(escalation.escalateOverdue(beijing("2026-10-09T01:00"))).doesNotContain(orderId);

        JsonNode escalated = get("/work-orders?escalated=true&size=100", supervisor("610300")).json().get("items");
        assertThat(escalated.toString()).contains(orderId.toString()).contains("AWAITING_VERIFICATION");
        assertThat(get("/work-orders?escalated=true&size=100", supervisor("610900")).body()).doesNotContain(orderId.toString());
    }

    @Test
    void anUpheldAppealTakesTheRatingOutOfTheStatisticsButKeepsItOnRecord() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-n", "staff-n");
        String evaluationId = evaluate(citizen(person), invitation, rating("VERY_DISSATISFIED", 2, false, "乱评"))
                .json().get("id").asString();
        String admin = orgAdmin(org, REGION);
        String month = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString().substring(0, 7);
        assertThat(counts(org, month, admin).get("negative").asLong()).isEqualTo(1);

        JsonNode appeal = post("/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MALICIOUS\",\"statement\":\"评价人当日未到窗口办理\",\"evidence\":[\"cctv:2026-05-12-window-3\"]}").json();
        assertThat(post("/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MISTAKEN\",\"evidence\":[\"x\"]}").status()).as("one appeal at a time").isEqualTo(409);
        assertThat(post("/appeals/" + appeal.get("id").asString() + "/decision", supervisor("610900"),
                "{\"upheld\":true}").status()).as("another region's supervisor").isEqualTo(404);
        JsonNode decided = post("/appeals/" + appeal.get("id").asString() + "/decision", supervisor("610300"),
                "{\"upheld\":true,\"note\":\"监控证实评价人未到场\"}").json();

        assertThat(decided.get("status").asString()).isEqualTo("UPHELD");
        JsonNode counts = counts(org, month, admin);
        assertThat(counts.get("negative").asLong()).isZero();
        assertThat(counts.get("rated").asLong()).isZero();
        assertThat(counts.get("concluded").asLong()).isEqualTo(1);
        JsonNode onRecord = get("/evaluations/" + evaluationId, citizen(person)).json();
        assertThat(onRecord.get("level").asString()).isEqualTo("VERY_DISSATISFIED");
        assertThat(onRecord.get("countsInStatistics").asBoolean()).isFalse();
        assertThat(get("/work-orders?size=100", admin).json().get("items").get(0).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aRejectedAppealLeavesTheRatingCounted() {
        String person = unique("person");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-n", "staff-n");
        String evaluationId = evaluate(citizen(person), invitation, rating("DISSATISFIED", 2, false, null)).json().get("id").asString();
        String admin = orgAdmin(org, REGION);
        String month = clock.instant().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate().toString().substring(0, 7);

        assertThat(post("/evaluations/" + evaluationId + "/appeals", admin, "{\"reason\":\"MISTAKEN\",\"evidence\":[]}").status())
                .as("evidence is required").isEqualTo(422);
        String appealId = post("/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MISTAKEN\",\"evidence\":[\"recording:1\"]}").json().get("id").asString();
        post("/appeals/" + appealId + "/decision", supervisor("610326"), "{\"upheld\":false,\"note\":\"证据不足\"}");

        assertThat(counts(org, month, admin).get("negative").asLong()).isEqualTo(1);
        assertThat(get("/appeals?status=REJECTED", admin).body()).contains(appealId);
    }

    private JsonNode counts(String org, String month, String bearer) {
        return get("/statistics/ORGANISATION/" + org + "?period=" + month, bearer).json().get("counts");
    }

    private JsonNode onlyOpenOrderOf(String bearer) {
        JsonNode items = get("/work-orders?open=true", bearer).json().get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    private static Instant instant(JsonNode node, String field) {
        return OffsetDateTime.parse(node.get(field).asString()).toInstant();
    }

    private static Instant beijing(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }
}
