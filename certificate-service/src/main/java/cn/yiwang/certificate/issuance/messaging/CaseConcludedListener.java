package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.issuance.CertificateCommands;
import cn.yiwang.certificate.issuance.IssuanceFailures;
import cn.yiwang.certificate.issuance.IssueCertificate;
import cn.yiwang.certificate.issuance.domain.IssuanceFailure;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.common.problem.Violation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues the certificate a concluded case results in (ARCHITECTURE.md flow 3), exactly once: the
 * event id is recorded with the issue in one transaction, and a case number yields at most one
 * certificate even if the case-service published the conclusion twice under different ids.
 * A conclusion whose data does not satisfy the certificate type goes to the failure queue for the
 * issuer to retry (with corrections) or dismiss, rather than being redelivered forever.
 */
@Component
class CaseConcludedListener {

    static final String CONSUMER = "certificate-service.case-concluded";
    private static final Logger LOG = LoggerFactory.getLogger(CaseConcludedListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final IdempotentConsumer idempotent;
    private final CertificateCommands commands;
    private final IssuanceFailures failures;

    CaseConcludedListener(IdempotentConsumer idempotent, CertificateCommands commands, IssuanceFailures failures) {
        this.idempotent = idempotent;
        this.commands = commands;
        this.failures = failures;
    }

    @KafkaListener(topics = CaseConcludedV1.TOPIC, groupId = "certificate-service")
    void on(ConsumerRecord<?, ?> record) {
        if (!CaseConcludedV1.TYPE.equals(ReceivedEvent.of(record).type())) {
            return;
        }
        idempotent.handleOnce(record, CONSUMER, received -> issue(JSON.readValue(text(received.value()), CaseConcludedV1.class)));
    }

    /** The platform's consumers may be configured with byte-array or string values; the payload is UTF-8 JSON either way. */
    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private void issue(CaseConcludedV1 event) {
        if (!event.resultsInACertificate() || commands.issuedForCase(event.caseNumber())) {
            return;
        }
        IssueCertificate request = new IssueCertificate(event.certificateTypeCode(), event.issuingOrgCode(), event.regionCode(),
                event.holderIdType(), null, event.holderIdHash(), event.holderName(), event.metadata(),
                event.concludedOn() == null ? null : LocalDate.ofInstant(event.concludedOn(), CHINA), event.validUntil(),
                event.caseNumber(), null, null);
        List<Violation> refused = commands.issueOrExplain(request);
        if (!refused.isEmpty()) {
            String reasons = refused.stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.joining(", "));
            LOG.warn("Case {} concluded with a certificate that cannot be issued automatically ({}); kept in the failure queue",
                    event.caseNumber(), reasons);
            failures.record(IssuanceFailure.Source.CASE, request, refused);
        }
    }
}
