package cn.yiwang.review.invitation.messaging;

import cn.yiwang.review.support.ReviewIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A concluded case and a closed hotline ticket each invite the person served to rate
 * (ARCHITECTURE.md flow 4), read from the examples case-service and hotline-service publish.
 */
class InvitationsFromServiceEventsIT extends ReviewIntegrationTest {

    @Test
    void aConcludedCaseInvitesItsApplicantWithTheItemOrganisationAndStaff() {
        String idHash = unique("applicant");
        ObjectNode event = concludedCase(idHash);
        String caseId = event.get("caseId").asString();

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());

        JsonNode invitation = awaitOnlyInvitationOf(idHash);
        assertThat(invitation.get("source").asString()).isEqualTo("CASE");
        assertThat(invitation.get("serviceNumber").asString()).isEqualTo(event.get("caseNumber").asString());
        assertThat(invitation.get("itemNames").get(0).asString()).isEqualTo(event.get("itemName").asString());
        assertThat(invitation.get("orgCode").asString()).isEqualTo(event.get("acceptingOrgCode").asString());
        assertThat(invitation.get("open").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT array_to_string(staff_ids, ',') FROM invitation WHERE source_id = ?",
                String.class, caseId)).isEqualTo(event.get("handlingStaff").asString());
    }

    @Test
    void aCrossRegionCaseIsCountedForTheHallThatServedTheApplicantNotTheDecidingRegion() {
        String idHash = unique("applicant");
        ObjectNode event = concludedCase(idHash);
        event.put("regionCode", "610300");
        event.put("decidingRegionCode", "610300");
        event.put("acceptingRegionCode", "610926");
        event.put("acceptingOrgCode", "11610926000926014U");

        publish("cases.case.v1", "yiwang.case.concluded.v1", event.get("caseId").asString(), event.toString());

        JsonNode invitation = awaitOnlyInvitationOf(idHash);
        assertThat(invitation.get("orgCode").asString()).isEqualTo("11610926000926014U");
        assertThat(invitation.get("regionCode").asString()).isEqualTo("610926");
    }

    @Test
    void aClosedTicketInvitesItsCaller() {
        String idHash = unique("caller");
        ObjectNode event = ProducerExamples.read("hotline-service", "ticket.closed.json");
        String ticketId = UUID.randomUUID().toString();
        event.put("ticketId", ticketId);
        event.put("callerIdHash", idHash);
        event.put("occurredAt", clock.instant().toString());

        publish("hotline.ticket.v1", "yiwang.ticket.closed.v1", ticketId, event.toString());

        JsonNode invitation = awaitOnlyInvitationOf(idHash);
        assertThat(invitation.get("source").asString()).isEqualTo("TICKET");
        assertThat(invitation.get("orgCode").asString()).isEqualTo(event.get("leadOrgCode").asString());
        assertThat(invitation.get("regionCode").asString()).isEqualTo(event.get("regionCode").asString());
        assertThat(invitation.get("itemNames").get(0).asString()).isEqualTo("complaint");
    }

    @Test
    void theSameCaseDeliveredTwiceUnderTwoEventIdsOpensOneInvitation() {
        ObjectNode event = concludedCase(unique("applicant"));
        String caseId = event.get("caseId").asString();

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());
        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());
        // Another event type on the same topic, followed by a marker case, shows the listener has read past both.
        publish("cases.case.v1", "yiwang.case.accepted.v1", caseId, event.toString());
        String marker = unique("marker");
        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, concludedCase(marker).toString());

        awaitOnlyInvitationOf(marker);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void aCaseWithoutAnIdentifiedApplicantCountsAsConcludedButInvitesNobody() {
        ObjectNode event = concludedCase(null);
        String caseId = event.get("caseId").asString();

        publish("cases.case.v1", "yiwang.case.concluded.v1", caseId, event.toString());

        await().atMost(Duration.ofSeconds(30)).until(() ->
                jdbc.queryForObject("SELECT count(*) FROM invitation WHERE source_id = ?", Integer.class, caseId) == 1);
        assertThat(jdbc.queryForObject("SELECT evaluator_id_hash FROM invitation WHERE source_id = ?", String.class, caseId))
                .isNull();
    }

    /**
     * case-service's example of a concluded case, as a new case concluded now for {@code idHash}
     * ({@code null}: an applicant who is not identified).
     */
    private ObjectNode concludedCase(String idHash) {
        ObjectNode event = ProducerExamples.read("case-service", "case-concluded.json");
        event.put("caseId", UUID.randomUUID().toString());
        if (idHash == null) {
            event.remove("applicantIdHash");
        } else {
            event.put("applicantIdHash", idHash);
        }
        event.put("occurredAt", clock.instant().toString());
        return event;
    }

    private JsonNode awaitOnlyInvitationOf(String idHash) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> get("/invitations/mine", citizen(idHash)).json().get("items"), items -> items.size() == 1)
                .get(0);
    }
}
