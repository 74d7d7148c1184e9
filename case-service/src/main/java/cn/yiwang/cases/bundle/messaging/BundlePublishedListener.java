package cn.yiwang.cases.bundle.messaging;

import cn.yiwang.cases.bundle.BundleReadModel;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the bundle read model from catalog-service's {@code bundle.published} events, once per event. */
@Component
class BundlePublishedListener {

    static final String CONSUMER = "case-service.bundles";
    private static final Logger log = LoggerFactory.getLogger(BundlePublishedListener.class);

    private final IdempotentConsumer idempotent;
    private final BundleReadModel readModel;
    private final JsonMapper json;

    BundlePublishedListener(IdempotentConsumer idempotent, BundleReadModel readModel, JsonMapper json) {
        this.idempotent = idempotent;
        this.readModel = readModel;
        this.json = json;
    }

    @KafkaListener(topics = BundlePublishedV1.TOPIC, groupId = CONSUMER)
    void on(ConsumerRecord<String, ?> record) {
        if (!BundlePublishedV1.TYPE.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> {
            BundlePublishedV1 published = json.readValue(text(received.value()), BundlePublishedV1.class);
            if (readModel.store(published.toBundle())) {
                log.info("bundle {} v{} published", published.bundleId(), published.bundle().version());
            }
        });
    }

    /** The platform sends JSON values; the consumer factory may hand them over as bytes or as text. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
