package cn.yiwang.hotline.knowledge.messaging;

import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.hotline.knowledge.KnowledgeBase;
import cn.yiwang.hotline.support.Payloads;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the knowledge base in step with catalog-service (flow 1): {@code item.published} puts the
 * guide's answer text in, {@code item.withdrawn} takes it out. Other types on the stream are
 * ignored; redeliveries change nothing.
 */
@Component
class CatalogItemListener {

    static final String TOPIC = "catalog.item.v1";
    static final String CONSUMER = "hotline-knowledge";
    static final String PUBLISHED = "yiwang.item.published.v1";
    static final String WITHDRAWN = "yiwang.item.withdrawn.v1";

    private final IdempotentConsumer idempotent;
    private final KnowledgeBase knowledge;
    private final JsonMapper json;

    CatalogItemListener(IdempotentConsumer idempotent, KnowledgeBase knowledge, JsonMapper json) {
        this.idempotent = idempotent;
        this.knowledge = knowledge;
        this.json = json;
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER + "${yiwang.hotline.kafka.group-suffix:}")
    void on(ConsumerRecord<String, Object> record) {
        String type = ReceivedEvent.of(record).type();
        if (!PUBLISHED.equals(type) && !WITHDRAWN.equals(type)) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> {
            String value = Payloads.text(received.value());
            if (PUBLISHED.equals(type)) {
                ItemReaders.Published published = json.readValue(value, ItemReaders.Published.class);
                ItemReaders.Guide guide = published.guide();
                if (guide != null && guide.code() != null) {
                    knowledge.upsertGuide(guide.code(), guide.name(), guide.department() != null ? guide.department()
                                    : guide.implementingBody(), guide.regionCode() != null ? guide.regionCode()
                                    : published.regionCode(), guide.answerText(), guide.version());
                }
            } else {
                ItemReaders.Withdrawn withdrawn = json.readValue(value, ItemReaders.Withdrawn.class);
                if (withdrawn.code() != null) {
                    knowledge.withdrawGuide(withdrawn.code());
                }
            }
        });
    }
}
