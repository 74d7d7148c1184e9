package cn.yiwang.cases.item.messaging;

import cn.yiwang.cases.item.ItemReadModel;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the item read model from catalog-service's {@code item.published} events, once per event. */
@Component
class ItemPublishedListener {

    static final String CONSUMER = "case-service.items";
    private static final Logger log = LoggerFactory.getLogger(ItemPublishedListener.class);

    private final IdempotentConsumer idempotent;
    private final ItemReadModel readModel;
    private final JsonMapper json;

    ItemPublishedListener(IdempotentConsumer idempotent, ItemReadModel readModel, JsonMapper json) {
        this.idempotent = idempotent;
        this.readModel = readModel;
        this.json = json;
    }

    @KafkaListener(topics = ItemPublishedV1.TOPIC, groupId = CONSUMER)
    void on(ConsumerRecord<String, ?> record) {
        if (!ItemPublishedV1.TYPE.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> {
            ItemPublishedV1 published = json.readValue(text(received.value()), ItemPublishedV1.class);
            if (readModel.store(published.toItem())) {
                log.info("item {} v{} published", published.implementationCode(), published.version());
            }
        });
    }

    /** The platform sends JSON values; the consumer factory may hand them over as bytes or as text. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
