package cn.yiwang.certificate.issuance.messaging;

import cn.yiwang.certificate.issuance.CertificateCommands;
import cn.yiwang.certificate.issuance.IssueCertificate;
import cn.yiwang.common.events.IdempotentConsumer;
import cn.yiwang.common.events.ReceivedEvent;
import cn.yiwang.common.problem.Violation;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues the certificate a concluded case results in (ARCHITECTURE.md flow 3), exactly once: the
 * event id is recorded with the issue in one transaction, and a case number yields at most one
 * certificate even if the case-service published the conclusion twice under different ids.
 * A conclusion whose data does not satisfy the certificate type is kept for the issuer to finish
 * rather than retried forever.
 */
@Component
class CaseConcludedListener {

    static final String CONSUMER = "certificate-service.case-concluded";
    private static final Logger LOG = LoggerFactory.getLogger(CaseConcludedListener.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final IdempotentConsumer idempotent;
    private final CertificateCommands commands;
    private final JdbcTemplate jdbc;

    CaseConcludedListener(IdempotentConsumer idempotent, CertificateCommands commands, JdbcTemplate jdbc) {
        this.idempotent = idempotent;
        this.commands = commands;
        this.jdbc = jdbc;
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
        CaseConcludedV1.Result result = event.result();
        CaseConcludedV1.Applicant applicant = event.applicant() != null ? event.applicant()
                : new CaseConcludedV1.Applicant(null, null, null);
        List<Violation> refused = commands.issueOrExplain(new IssueCertificate(result.certificateTypeCode(),
                result.issuingOrgCode(), event.regionCode(), applicant.idType(), null, applicant.idHash(), applicant.name(),
                result.metadata(), event.concludedAt() == null ? null : LocalDate.ofInstant(event.concludedAt(), CHINA),
                result.validUntil(), event.caseNumber(), null, null));
        if (!refused.isEmpty()) {
            String reasons = refused.stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.joining(", "));
            LOG.warn("Case {} concluded with a certificate that cannot be issued automatically ({}); kept for the issuer",
                    event.caseNumber(), reasons);
            jdbc.update("""
                    INSERT INTO case_issuance_failure (case_number, type_code, issuer_code, reasons, received_at)
                    VALUES (?, ?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING
                    """, event.caseNumber(), result.certificateTypeCode(), String.valueOf(result.issuingOrgCode()), reasons,
                    Timestamp.from(Instant.now()));
        }
    }
}
