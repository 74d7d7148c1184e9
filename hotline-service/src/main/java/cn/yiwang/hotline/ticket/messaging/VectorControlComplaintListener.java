package cn.yiwang.hotline.ticket.messaging;

import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.hotline.support.Payloads;
import cn.yiwang.hotline.ticket.TicketCommands;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * Closes the vector-control loop (flow 5): tickets of the rat, mosquito, fly and cockroach
 * categories become complaints in vector-control-service, and the outcome it publishes on
 * {@value #TOPIC} becomes the lead department's reply here. Any record of the stream that carries
 * a ticket id and an outcome counts, whatever its type is called; redeliveries change nothing.
 */
@Component
class VectorControlComplaintListener {

    static final String TOPIC = "vectorcontrol.complaint.v1";
    static final String CONSUMER = "hotline-vector-control-replies";

    private static final Logger log = LoggerFactory.getLogger(VectorControlComplaintListener.class);

    private final IdempotentConsumer idempotent;
    private final TicketCommands commands;
    private final JsonMapper json;

    VectorControlComplaintListener(IdempotentConsumer idempotent, TicketCommands commands, JsonMapper json) {
        this.idempotent = idempotent;
        this.commands = commands;
        this.json = json;
    }

    /**
     * hotline-service's own reader of vector-control's complaint outcome: only the fields it needs.
     * vector-control-service owns the payload; unknown fields are ignored (ARCHITECTURE.md "Events").
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ComplaintOutcome(String ticketId, String complaintId, String outcome, String handledBy, Instant handledAt) {
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER + "${yiwang.hotline.kafka.group-suffix:}")
    void on(ConsumerRecord<String, Object> record) {
        idempotent.handleOnce(record, CONSUMER, received -> {
            ComplaintOutcome outcome = json.readValue(Payloads.text(received.value()), ComplaintOutcome.class);
            if (outcome.ticketId() == null || outcome.outcome() == null || outcome.outcome().isBlank()) {
                log.debug("{} on {} is not a complaint outcome for a ticket", ReceivedEvent.of(received).type(), TOPIC);
                return;
            }
            commands.replyFromVectorControl(outcome.ticketId(), outcome.complaintId(), outcome.outcome(), outcome.handledBy());
        });
    }
}
