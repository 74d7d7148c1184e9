package cn.yiwang.review.notification;

import cn.yiwang.review.support.ReviewIntegrationTest;
import cn.yiwang.review.workorder.WorkOrderEscalation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each step of 好差评 that someone must act on lands in their inbox: the person served when they may
 * rate and when they are answered, the organisation when a work order is assigned or overdue and
 * when its appeal is decided, the region's supervisors when an order is escalated.
 */
class NotificationsIT extends ReviewIntegrationTest {

    private static final String REGION = "610326";

    @Autowired
    WorkOrderEscalation escalation;

    @Test
    void thePersonServedIsInvitedAndLaterToldTheirNegativeRatingWasAnswered() {
        String person = unique("notified");
        String org = uniqueOrg();
        UUID invitation = concludedCase(person, org, REGION, "item-nt", "staff-nt");

        JsonNode invited = inbox(citizen(person), "");
        assertThat(kinds(invited)).containsExactly("INVITATION_OPENED");
        assertThat(invited.get("items").get(0).get("text").asString()).startsWith("您办理的“NO-").contains("欢迎");
        assertThat(invited.get("items").get(0).get("subjectId").asString()).isEqualTo(invitation.toString());
        assertThat(invited.get("items").get(0).get("read").asBoolean()).isFalse();

        clock.advance(Duration.ofMinutes(5));
        evaluate(citizen(person), invitation, rating("DISSATISFIED", 2, false, "等了两个小时"));
        String admin = orgAdmin(org, REGION);
        JsonNode assigned = inbox(admin, "");
        assertThat(kinds(assigned)).containsExactly("WORK_ORDER_ASSIGNED");
        assertThat(assigned.get("items").get(0).get("text").asString()).contains("整改工单");

        String order = "/work-orders/" + assigned.get("items").get(0).get("subjectId").asString();
        post(order + "/verification", admin, "{\"text\":\"属实\"}");
        post(order + "/rectification", admin, "{\"text\":\"增开窗口\"}");
        assertThat(kinds(inbox(citizen(person), ""))).doesNotContain("REPLY_GIVEN");
        clock.advance(Duration.ofMinutes(5));
        post(order + "/reply", admin, "{\"text\":\"已增开窗口，感谢监督\"}");

        assertThat(kinds(inbox(citizen(person), ""))).containsExactly("REPLY_GIVEN", "INVITATION_OPENED");
        assertThat(inbox(citizen(unique("other")), "").get("total").asLong()).as("nobody else's inbox").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE event_type LIKE '%NotificationRecorded'"
                + " AND serialized_event LIKE ?", Long.class, "%" + person + "%")).as("published for delivery").isEqualTo(2);
    }

    @Test
    void aNotificationIsMarkedReadByItsReaderOnlyAndTheInboxIsPaged() {
        String person = unique("reader");
        concludedCase(person, uniqueOrg(), REGION, "item-r1", "staff-r");
        concludedCase(person, uniqueOrg(), REGION, "item-r2", "staff-r");
        JsonNode firstPage = inbox(citizen(person), "&size=1");
        String id = firstPage.get("items").get(0).get("id").asString();

        Response read = post("/notifications/" + id + "/read", citizen(person), null);
        Response again = post("/notifications/" + id + "/read", citizen(person), null);

        assertThat(firstPage.get("items").size()).isEqualTo(1);
        assertThat(firstPage.get("total").asLong()).isEqualTo(2);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("read").asBoolean()).isTrue();
        assertThat(again.status()).as("marking twice changes nothing").isEqualTo(200);
        assertThat(inbox(citizen(person), "&unread=true").get("total").asLong()).isEqualTo(1);
        assertThat(post("/notifications/" + id + "/read", citizen(unique("stranger")), null).status()).isEqualTo(404);
        assertThat(post("/notifications/" + UUID.randomUUID() + "/read", citizen(person), null).status()).isEqualTo(404);
    }

    @Test
    void anOverdueOrderIsTheOrganisationsNewsAndItsRegionSupervisorsButNoOneElses() {
        clock.set(beijing("2026-09-30T10:00"));
        String person = unique("late");
        String org = uniqueOrg();
        evaluate(citizen(person), concludedCase(person, org, REGION, "item-l", "staff-l"), rating("VERY_DISSATISFIED", 2, false, null));
        String admin = orgAdmin(org, REGION);
        String orderId = inbox(admin, "").get("items").get(0).get("subjectId").asString();

        assertThat(escalation.escalateOverdue(beijing("2026-10-09T00:00"))).contains(UUID.fromString(orderId));

        assertThat(kinds(inbox(admin, ""))).containsExactly("WORK_ORDER_OVERDUE", "WORK_ORDER_ASSIGNED");
        JsonNode city = inbox(supervisor("610300"), "&size=100");
        assertThat(city.toString()).contains(orderId).contains("WORK_ORDER_ESCALATED").contains(org);
        assertThat(inbox(supervisor("610900"), "&size=100").toString()).doesNotContain(orderId);
        JsonNode english = JSON.readTree(send("GET", "/notifications", admin, null, Map.of("Accept-Language", "en")).body());
        assertThat(english.get("items").get(0).get("text").asString()).contains("missed its deadline");
    }

    @Test
    void theOrganisationLearnsHowItsAppealWasDecided() {
        String person = unique("appealed");
        String org = uniqueOrg();
        String evaluationId = evaluate(citizen(person), concludedCase(person, org, REGION, "item-ap", "staff-ap"),
                rating("VERY_DISSATISFIED", 2, false, null)).json().get("id").asString();
        String admin = orgAdmin(org, REGION);
        String appeal = post("/evaluations/" + evaluationId + "/appeals", admin,
                "{\"reason\":\"MALICIOUS\",\"evidence\":[\"cctv:5\"]}").json().get("id").asString();

        clock.advance(Duration.ofMinutes(5));
        post("/appeals/" + appeal + "/decision", supervisor(REGION), "{\"upheld\":false,\"note\":\"证据不足\"}");

        JsonNode decided = inbox(admin, "").get("items").get(0);
        assertThat(decided.get("kind").asString()).isEqualTo("APPEAL_REJECTED");
        assertThat(decided.get("subjectId").asString()).isEqualTo(appeal);
        assertThat(decided.get("text").asString()).contains("申诉未获支持").contains("证据不足");
    }

    private JsonNode inbox(String bearer, String query) {
        Response response = get("/notifications?page=0" + query, bearer);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static List<String> kinds(JsonNode page) {
        List<String> kinds = new ArrayList<>();
        page.get("items").forEach(item -> kinds.add(item.get("kind").asString()));
        return kinds;
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }
}
