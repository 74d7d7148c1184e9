package cn.yiwang.cases.item.messaging;

import cn.yiwang.cases.item.ItemReadModel;
import cn.yiwang.cases.item.PublishedItem;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the item read model from catalog-service's {@code catalog.item.v1} topic, once per event:
 * {@code item.published} stores the version (catalog-service sends the published service guide under {@code guide},
 * {@link CatalogGuideV1}; the flat shape this service was first written against, {@link ItemPublishedV1}, is still
 * read), {@code item.withdrawn} marks the version withdrawn ({@link ItemWithdrawnV1}). One listener for both types:
 * two listeners in one group on one topic would split its partitions between them and miss events.
 */
@Component
class CatalogItemListener {

    static final String CONSUMER = "case-service.items";
    private static final Logger log = LoggerFactory.getLogger(CatalogItemListener.class);

    private final IdempotentConsumer idempotent;
    private final ItemReadModel readModel;
    private final JsonMapper json;

    CatalogItemListener(IdempotentConsumer idempotent, ItemReadModel readModel, JsonMapper json) {
        this.idempotent = idempotent;
        this.readModel = readModel;
        this.json = json;
    }

    @KafkaListener(topics = ItemPublishedV1.TOPIC, groupId = CONSUMER)
    void on(ConsumerRecord<String, ?> record) {
        String type = ReceivedEvent.of(record).type();
        if (ItemPublishedV1.TYPE.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> {
                PublishedItem item = read(json, json.readTree(text(received.value())));
                if (readModel.store(item)) {
                    log.info("item {} v{} published", item.implementationCode(), item.version());
                }
            });
        } else if (ItemWithdrawnV1.TYPE.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> {
                ItemWithdrawnV1 withdrawn = json.readValue(text(received.value()), ItemWithdrawnV1.class);
                PublishedItem item = withdrawn.toItem();
                if (readModel.withdraw(item, withdrawn.occurredAt(), withdrawn.reason())) {
                    log.info("item {} v{} withdrawn", item.implementationCode(), item.version());
                }
            });
        }
    }

    private static PublishedItem read(JsonMapper json, JsonNode payload) {
        if (payload.path("guide").has("code")) {
            return json.treeToValue(payload.get("guide"), CatalogGuideV1.class).toItem();
        }
        return json.treeToValue(payload, ItemPublishedV1.class).toItem();
    }

    /** The platform sends JSON values; the consumer factory may hand them over as bytes or as text. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
