package cn.yiwang.cases.casefile.messaging;

import cn.yiwang.cases.casefile.CaseResults;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Attaches each issued certificate to the concluded case it was issued for (ARCHITECTURE.md flow 3), once per event. */
@Component
class CertificateIssuedListener {

    static final String CONSUMER = "case-service.certificates";

    private final IdempotentConsumer idempotent;
    private final CaseResults results;
    private final JsonMapper json;

    CertificateIssuedListener(IdempotentConsumer idempotent, CaseResults results, JsonMapper json) {
        this.idempotent = idempotent;
        this.results = results;
        this.json = json;
    }

    @KafkaListener(topics = CertificateIssuedV1.TOPIC, groupId = CONSUMER)
    void on(ConsumerRecord<String, ?> record) {
        if (!CertificateIssuedV1.TYPE.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> {
            CertificateIssuedV1 issued = json.readValue(text(received.value()), CertificateIssuedV1.class);
            results.attachCertificate(issued.caseId(), issued.caseNumber(), issued.identifier());
        });
    }

    /** The platform sends JSON values; the consumer factory may hand them over as bytes or as text. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }
}
