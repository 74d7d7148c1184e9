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
 * Opens an evaluation invitation for each concluded case and closed ticket (ARCHITECTURE.md flow 4).
 * Other event types on the same topics are skipped. Each event is handled once
 * ({@link IdempotentConsumer}), and the invitation itself is unique per case or ticket.
 */
@Component
public class ServiceEventListener {

    static final String CASES_TOPIC = "cases.case.v1";
    static final String CASE_CONCLUDED = "yiwang.case.concluded.v1";
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

    @KafkaListener(topics = CASES_TOPIC, groupId = CONSUMER)
    public void onCaseEvent(ConsumerRecord<String, String> record) {
        if (!CASE_CONCLUDED.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> caseConcluded(json.readValue(received.value(), CaseConcludedV1.class)));
    }

    @KafkaListener(topics = TICKETS_TOPIC, groupId = CONSUMER)
    public void onTicketEvent(ConsumerRecord<String, String> record) {
        if (!TICKET_CLOSED.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> ticketClosed(json.readValue(received.value(), TicketClosedV1.class)));
    }

    void caseConcluded(CaseConcludedV1 event) {
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

    void ticketClosed(TicketClosedV1 event) {
        // A ticket is not a catalogue item: its type is shown as the item name, no item code is counted.
        String type = event.ticketType() == null ? null : event.ticketType().toLowerCase(java.util.Locale.ROOT);
        ServiceContext service = new ServiceContext(ServiceSource.TICKET, event.ticketId(), event.number(),
                List.of(), type == null ? List.of() : List.of(type), event.leadOrgCode(),
                event.regionCode(), List.of(), event.channel(), event.occurredAt());
        invitations.openForService(service, event.callerIdHash(), event.callerIdHash() == null ? null : "PERSON");
    }
}
