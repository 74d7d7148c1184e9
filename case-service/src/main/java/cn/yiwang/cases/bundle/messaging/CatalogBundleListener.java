package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.BundleReadModel;
import cn.yiwang.cases.bundle.PublishedBundle;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the bundle read model from catalog-service's {@code catalog.bundle.v1} topic, once per event:
 * {@code bundle.published} stores the version, {@code bundle.withdrawn} marks it withdrawn. One listener for both
 * types: two listeners in one group on one topic would split its partitions between them and miss events.
 */
@Component
class CatalogBundleListener {

    static final String CONSUMER = "case-service.bundles";
    private static final Logger log = LoggerFactory.getLogger(CatalogBundleListener.class);

    private final IdempotentConsumer idempotent;
    private final BundleReadModel readModel;
    private final JsonMapper json;

    CatalogBundleListener(IdempotentConsumer idempotent, BundleReadModel readModel, JsonMapper json) {
        this.idempotent = idempotent;
        this.readModel = readModel;
        this.json = json;
    }

    @KafkaListener(topics = BundlePublishedV1.TOPIC, groupId = CONSUMER)
    void on(ConsumerRecord<String, ?> record) {
        String type = ReceivedEvent.of(record).type();
        if (BundlePublishedV1.TYPE.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> {
                BundlePublishedV1 published = json.readValue(text(received.value()), BundlePublishedV1.class);
                if (readModel.store(published.toBundle())) {
                    log.info("bundle {} v{} published", published.bundleId(), published.bundle().version());
                }
            });
        } else if (BundleWithdrawnV1.TYPE.equals(type)) {
            idempotent.handleOnce(record, CONSUMER, received -> {
                BundleWithdrawnV1 withdrawn = json.readValue(text(received.value()), BundleWithdrawnV1.class);
                PublishedBundle bundle = withdrawn.toBundle();
                if (readModel.withdraw(bundle, withdrawn.occurredAt(), withdrawn.reason())) {
                    log.info("bundle {} v{} withdrawn", bundle.bundleId(), bundle.version());
                }
            });
        }
    }

    /** The platform sends JSON values; the consumer factory may hand them over as bytes or as text. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
