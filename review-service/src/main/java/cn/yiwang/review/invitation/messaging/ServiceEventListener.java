package cn.yiwang.review.invitation.messaging;

import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.review.invitation.InvitationCommands;
import cn.yiwang.review.invitation.domain.ServiceContext;
import cn.yiwang.review.invitation.domain.ServiceSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Opens an evaluation invitation for each concluded case, concluded bundle application and closed
 * ticket (ARCHITECTURE.md flow 4). Other event types on the same topics are skipped. Each event is
 * handled once ({@link IdempotentConsumer}), and the invitation itself is unique per case, bundle or
 * ticket.
 *
 * <p>一事一评 (DOMAIN.md §4, GB/T 39734-2020): the applicant's one matter is the bundle (一件事), not
 * each department's child case, so a child's {@code case.concluded} that names its bundle opens
 * nothing and the bundle's {@code bundleconcluded} opens the one invitation. A withdrawn bundle
 * ({@code bundlewithdrawn}) was never concluded and opens none, as a withdrawn case opens none.
 */
@Component
public class ServiceEventListener {

    static final String CASES_TOPIC = "cases.case.v1";
    static final String CASE_CONCLUDED = "yiwang.case.concluded.v1";
    static final String BUNDLE_CONCLUDED = "yiwang.case.bundleconcluded.v1";
    static final String TICKETS_TOPIC = "hotline.ticket.v1";
    static final String TICKET_CLOSED = "yiwang.ticket.closed.v1";
    static final String CONSUMER = "review-invitations";

    private static final Logger log = LoggerFactory.getLogger(ServiceEventListener.class);

    private final IdempotentConsumer idempotent;
    private final InvitationCommands invitations;
    private final JsonMapper json;

    public ServiceEventListener(IdempotentConsumer idempotent, InvitationCommands invitations, JsonMapper json) {
        this.idempotent = idempotent;
        this.invitations = invitations;
        this.json = json;
    }

    /**
     * One consumer per partition of the case stream (3 by default): a case's events stay in order on
     * their partition, and with a single consumer invitations were opened at 25–40/s while 100 cases
     * concluded per second (deploy/bench eventlag, 2026-11-22).
     */
    @KafkaListener(topics = CASES_TOPIC, groupId = CONSUMER, concurrency = "${yiwang.review.case-consumers:3}")
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        String type = ReceivedEvent.of(record).type();
        if (CASE_CONCLUDED.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> caseConcluded(json.readValue(received.value(), CaseConcludedV1.class)));
        } else if (BUNDLE_CONCLUDED.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> bundleConcluded(json.readValue(received.value(), BundleConcludedV1.class)));
        }
    }

    @KafkaListener(topics = TICKETS_TOPIC, groupId = CONSUMER)
    public void onTicketEvent(ConsumerRecord<String, String> record) {
        if (!TICKET_CLOSED.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> ticketClosed(json.readValue(received.value(), TicketClosedV1.class)));
    }

    void caseConcluded(CaseConcludedV1 event) {
        if (event.partOfBundle()) {
            log.debug("Case {} concluded as part of bundle application {}: the bundle is rated once when it concludes",
                    event.caseId(), event.bundleCaseId());
            return;
        }
        boolean identified = event.applicantIdHash() != null && !event.applicantIdHash().isBlank();
        ServiceContext service = new ServiceContext(ServiceSource.CASE, event.caseId(), event.caseNumber(),
                event.itemCode() == null ? List.of() : List.of(event.itemCode()),
                event.itemName() == null ? List.of() : List.of(event.itemName()),
                event.acceptingOrgCode(), event.servingRegionCode(),
                event.handlingStaff() == null ? List.of() : List.of(event.handlingStaff()),
                event.channel(), event.occurredAt());
        invitations.openForService(service, identified ? event.applicantIdHash() : null, event.applicantType());
        if (!identified) {
            log.info("Case {} concluded without an identified applicant: counted as concluded, nobody can be invited", event.caseId());
        }
    }

    /**
     * One invitation for the whole bundle: every child's item, the accepting hall and its region (who
     * served the applicant), the bundle's number, name and lead department. A bundle with no approved
     * child is still rated — a refusal is a service too, the applicant's view of it is what 好差评 is
     * for (DOMAIN.md §4: one evaluation per service event, voluntary), and a single denied case is
     * rated the same way. Only a bundle none of whose children was decided at all (every child not
     * accepted, withdrawn or terminated) opens none, as such a single case opens none.
     */
    void bundleConcluded(BundleConcludedV1 event) {
        if (!event.anyChildDecided()) {
            log.info("Bundle application {} ended without any child case decided: nothing to rate", event.bundleCaseId());
            return;
        }
        boolean identified = event.applicantIdHash() != null && !event.applicantIdHash().isBlank();
        ServiceContext service = new ServiceContext(ServiceSource.CASE, event.bundleCaseId(), event.bundleCaseNumber(),
                event.itemCodes(), event.itemNames(), event.acceptingOrgCode(), event.servingRegionCode(),
                event.handlingStaff() == null ? List.of() : List.of(event.handlingStaff()),
                event.channel(), event.occurredAt(), event.bundleName(), event.leadDepartment());
        invitations.openForService(service, identified ? event.applicantIdHash() : null, event.applicantType());
        if (!identified) {
            log.info("Bundle application {} concluded without an identified applicant: counted as concluded, nobody can be invited",
                    event.bundleCaseId());
        }
    }

    void ticketClosed(TicketClosedV1 event) {
        // A ticket is not a catalogue item: its type is shown as the item name, no item code is counted.
        String type = event.ticketType() == null ? null : event.ticketType().toLowerCase(java.util.Locale.ROOT);
        ServiceContext service = new ServiceContext(ServiceSource.TICKET, event.ticketId(), event.number(),
                List.of(), type == null ? List.of() : List.of(type), event.leadOrgCode(),
                event.regionCode(), List.of(), event.channel(), event.occurredAt());
        invitations.openForService(service, event.callerIdHash(), event.callerIdHash() == null ? null : "PERSON");
    }
}
