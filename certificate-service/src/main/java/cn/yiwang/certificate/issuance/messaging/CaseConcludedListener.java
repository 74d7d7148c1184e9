package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.issuance.CaseIssuances;
import cn.yiwang.certificate.issuance.CertificateCommands;
import cn.yiwang.certificate.issuance.IssueCertificate;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Issues the certificate a concluded case results in (ARCHITECTURE.md flow 3), exactly once: the
 * event id is recorded with its effect in one transaction, and a case number yields at most one
 * certificate even if the case-service published the conclusion twice under different ids.
 * <p>
 * case-service's event names the type, issuer and holder (hash) but by design carries no holder ID
 * number, name or certificate data: such a conclusion is recorded as waiting for its data, which
 * {@link CaseIssuances} fetches from case-service (right after the event is committed, then on a
 * schedule while case-service is away). An event that does carry the holder's name and the data
 * (the richer shape this reader also accepts) issues directly. Either way, data that does not satisfy
 * the certificate type goes to the failure queue for the issuer to complete or dismiss, rather than
 * being redelivered forever.
 */
@Component
class CaseConcludedListener {

    static final String CONSUMER = "certificate-service.case-concluded";
    private static final Logger LOG = LoggerFactory.getLogger(CaseConcludedListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final IdempotentConsumer idempotent;
    private final CertificateCommands commands;
    private final CaseIssuances caseIssuances;

    CaseConcludedListener(IdempotentConsumer idempotent, CertificateCommands commands, CaseIssuances caseIssuances) {
        this.idempotent = idempotent;
        this.commands = commands;
        this.caseIssuances = caseIssuances;
    }

    @KafkaListener(topics = CaseConcludedV1.TOPIC, groupId = "certificate-service")
    void on(ConsumerRecord<?, ?> record) {
        if (!CaseConcludedV1.TYPE.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        CaseConcludedV1 event = JSON.readValue(text(record.value()), CaseConcludedV1.class);
        boolean[] waits = {false};
        idempotent.handleOnce(record, CONSUMER, received -> waits[0] = handle(event));
        if (waits[0]) {
            try {
                caseIssuances.settleNow(event.caseNumber());
            } catch (RuntimeException e) {
                // Recorded and committed: the scheduled retry picks it up.
                LOG.warn("Case {}: first attempt to fetch the issuance data failed, retried on schedule: {}", event.caseNumber(),
                        e.toString());
            }
        }
    }

    /** The platform's consumers may be configured with byte-array or string values; the payload is UTF-8 JSON either way. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }

    /** @return whether the conclusion now waits for its data from case-service */
    private boolean handle(CaseConcludedV1 event) {
        if (!event.resultsInACertificate() || commands.issuedForCase(event.caseNumber())) {
            return false;
        }
        IssueCertificate request = new IssueCertificate(event.certificateTypeCode(), event.issuingOrgCode(), event.regionCode(),
                event.holderIdType(), null, event.holderIdHash(), event.holderName(), event.metadata(),
                event.concludedOn() == null ? null : LocalDate.ofInstant(event.concludedOn(), CHINA), event.validUntil(),
                event.caseNumber(), event.caseId(), null, null);
        if (!event.carriesCertificateData()) {
            caseIssuances.awaitData(request);
            return true;
        }
        caseIssuances.issueOrQueue(request);
        return false;
    }
}
