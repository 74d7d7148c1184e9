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
        var applicant = event.applicant();
        boolean identified = applicant != null && applicant.idHash() != null && !Boolean.FALSE.equals(applicant.realName());
        ServiceContext service = new ServiceContext(ServiceSource.CASE, event.caseId(), event.caseNumber(),
                event.items() == null ? List.of() : event.items().stream().map(CaseConcludedV1.Item::code).toList(),
                event.items() == null ? List.of() : event.items().stream().map(CaseConcludedV1.Item::name).toList(),
                event.acceptingOrgCode(), event.regionCode(),
                event.handlingStaff() == null ? List.of() : event.handlingStaff().stream().map(CaseConcludedV1.Staff::staffId).toList(),
                event.channel(), event.concludedAt());
        invitations.openForService(service, identified ? applicant.idHash() : null,
                applicant == null ? null : applicant.type());
        if (!identified) {
            log.info("Case {} concluded without an identified applicant: counted as concluded, nobody can be invited", event.caseId());
        }
    }

    void ticketClosed(TicketClosedV1 event) {
        // A ticket is not a catalogue item: its category is shown as the item name, no item code is counted.
        ServiceContext service = new ServiceContext(ServiceSource.TICKET, event.ticketId(), event.ticketNumber(),
                List.of(), event.category() == null ? List.of() : List.of(event.category()), event.departmentOrgCode(),
                event.regionCode(), event.handlingStaff(), event.channel(), event.closedAt());
        invitations.openForService(service, event.callerIdHash(), event.callerIdHash() == null ? null : "PERSON");
    }
}
