package cn.yiwang.review.invitation.messaging;

import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A concluded case and a closed hotline ticket each invite the person served to rate
 * (ARCHITECTURE.md flow 4). The JSON samples in {@code src/test/resources/contracts/consumed} are
 * this service's assumption about case-service's and hotline-service's payloads.
 */
class InvitationsFromServiceEventsIT extends ReviewIntegrationTest {

    @Test
    void aConcludedCaseInvitesItsApplicantWithTheItemOrganisationAndStaff() {
        String idHash = unique("applicant");
        ObjectNode event = sample("case.concluded.v1.json");
        String caseId = UUID.randomUUID().toString();
        event.put("caseId", caseId);
        ((ObjectNode) event.get("applicant")).put("idHash", idHash);
        event.put("concludedAt", clock.instant().toString());

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());

        JsonNode invitation = awaitOnlyInvitationOf(idHash);
        assertThat(invitation.get("source").asString()).isEqualTo("CASE");
        assertThat(invitation.get("serviceNumber").asString()).isEqualTo("11610326MB1234567X00126051200001");
        assertThat(invitation.get("itemNames").get(0).asString()).isEqualTo("个体工商户设立登记");
        assertThat(invitation.get("orgCode").asString()).isEqualTo("11610326MB1234567X");
        assertThat(invitation.get("open").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT array_to_string(staff_ids, ',') FROM invitation WHERE source_id = ?",
                String.class, caseId)).isEqualTo("staff-mei-017,staff-mei-021");
    }

    @Test
    void aClosedTicketInvitesItsCaller() {
        String idHash = unique("caller");
        ObjectNode event = sample("ticket.closed.v1.json");
        String ticketId = UUID.randomUUID().toString();
        event.put("ticketId", ticketId);
        event.put("callerIdHash", idHash);
        event.put("closedAt", clock.instant().toString());

        publish("hotline.ticket.v1", "yiwang.ticket.closed.v1", ticketId, event.toString());

        JsonNode invitation = awaitOnlyInvitationOf(idHash);
        assertThat(invitation.get("source").asString()).isEqualTo("TICKET");
        assertThat(invitation.get("orgCode").asString()).isEqualTo("11610300MB7654321Y");
        assertThat(invitation.get("regionCode").asString()).isEqualTo("610303");
        assertThat(invitation.get("itemNames").get(0).asString()).isEqualTo("complaint");
    }

    @Test
    void theSameCaseDeliveredTwiceUnderTwoEventIdsOpensOneInvitation() {
        String idHash = unique("applicant");
        ObjectNode event = sample("case.concluded.v1.json");
        String caseId = UUID.randomUUID().toString();
        event.put("caseId", caseId);
        ((ObjectNode) event.get("applicant")).put("idHash", idHash);
        event.put("concludedAt", clock.instant().toString());

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());
        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());
        // Another event type on the same topic, followed by a marker case, shows the listener has read past both.
        publish("cases.case.v1", "yiwang.case.accepted.v1", caseId, event.toString());
        String marker = unique("marker");
        ObjectNode markerEvent = sample("case.concluded.v1.json");
        markerEvent.put("caseId", UUID.randomUUID().toString());
        ((ObjectNode) markerEvent.get("applicant")).put("idHash", marker);
        markerEvent.put("concludedAt", clock.instant().toString());
        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, markerEvent.toString());

        awaitOnlyInvitationOf(marker);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void aCaseWithoutAnIdentifiedApplicantCountsAsConcludedButInvitesNobody() {
        ObjectNode event = sample("case.concluded.v1.json");
        String caseId = UUID.randomUUID().toString();
        event.put("caseId", caseId);
        ((ObjectNode) event.get("applicant")).put("realName", false);
        event.put("concludedAt", clock.instant().toString());

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());

        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, caseId) == 1);
        assertThat(jdbc.queryForObject("SELECT evaluator_id_hash FROM invitation WHERE source_id = ?", String.class, caseId))
                .isNull();
    }

    private JsonNode awaitOnlyInvitationOf(String idHash) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get("/invitations/mine", citizen(idHash)).json().get("items"), items -> items.size() == 1)
                .get(0);
    }

    private static ObjectNode sample(String name) {
        try (InputStream in = InvitationsFromServiceEventsIT.class.getResourceAsStream("/contracts/consumed/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
