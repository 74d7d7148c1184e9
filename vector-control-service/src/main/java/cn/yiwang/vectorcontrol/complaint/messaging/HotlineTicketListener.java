package cn.yiwang.vectorcontrol.complaint.messaging;

import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.vectorcontrol.complaint.ComplaintCommands;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes 12345 tickets dispatched in a vector category in as complaints (Art. 32), once per event
 * ({@code ce_id}) however often Kafka or the hotline's outbox delivers it.
 */
@Component
class HotlineTicketListener {

    private static final Logger log = LoggerFactory.getLogger(HotlineTicketListener.class);

    static final String TOPIC = "hotline.ticket.v1";
    /** hotline-service's TicketEventsV1.DISPATCHED. */
    static final String DISPATCHED = "yiwang.ticket.dispatched.v1";
    static final String CONSUMER = "vector-control-service.complaints";

    private final IdempotentConsumer idempotent;
    private final ComplaintCommands commands;
    private final JsonMapper json;

    HotlineTicketListener(IdempotentConsumer idempotent, ComplaintCommands commands, JsonMapper json) {
        this.idempotent = idempotent;
        this.commands = commands;
        this.json = json;
    }

    @KafkaListener(topics = TOPIC, groupId = "${spring.application.name}")
    void on(ConsumerRecord<String, String> record) {
        ReceivedEvent event;
        HotlineTicket ticket;
        try {
            event = ReceivedEvent.of(record);
            if (!DISPATCHED.equals(event.type())) {
                return;
            }
            ticket = json.readValue(record.value(), HotlineTicket.class);
        } catch (IllegalArgumentException | JacksonException unreadable) {
            // A record no retry can fix: skip it rather than block the partition. Only its
            // position is logged, never its content (it may hold a citizen's address).
            log.warn("skipped unreadable record at {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    unreadable.getClass().getSimpleName());
            return;
        }
        if (ticket.pest() == null) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> commands.receive(ticket, event.time()));
    }
}
