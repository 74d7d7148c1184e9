package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.issuance.caseservice.CaseIssuanceDataV1;
import cn.yiwang.certificate.issuance.caseservice.CaseServiceClient;
import cn.yiwang.certificate.issuance.caseservice.CaseServiceProperties;
import cn.yiwang.certificate.issuance.caseservice.IssuanceDataAnswer;
import cn.yiwang.certificate.issuance.domain.IssuanceFailure;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.Violation;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issues the certificate of a concluded case with the data case-service holds (ARCHITECTURE.md
 * flow 3). The {@code case.concluded} event carries by design no holder ID number, name or
 * certificate data, so each such conclusion is first recorded as waiting ({@link #awaitData}, in the
 * consumer's transaction), then case-service is asked, right away and on a schedule until it
 * answers. Safe with several instances: a run claims due rows with {@code FOR UPDATE SKIP LOCKED},
 * pushing their next attempt a lease ahead, asks outside any transaction (a slow case-service holds
 * no connection or lock), and settles each row under its row lock. Back-off doubles per attempt up
 * to {@code retry.max-backoff}.
 * <p>
 * Settling: data that issues → the certificate (once per case: the unique case number and a check
 * under the lock); data that breaks the type's schema or the ID rules → the failure queue with the
 * reasons, for the issuer to complete; 404 (unknown case) or 409 (not approved with a certificate)
 * → the failure queue with that reason, not asked again; down, slow, circuit open → asked again later.
 */
@Service
public class CaseIssuances {

    private static final Logger LOG = LoggerFactory.getLogger(CaseIssuances.class);
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private static final String CLAIM = """
            UPDATE case_issuance_pending SET next_attempt_at = ?, attempts = attempts + 1
            WHERE case_number IN (SELECT case_number FROM case_issuance_pending
                                  WHERE settled_at IS NULL AND next_attempt_at <= ? AND (CAST(? AS VARCHAR) IS NULL OR case_number = ?)
                                  ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING case_number, attempts""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CaseServiceClient caseService;
    private final CertificateCommands commands;
    private final IssuanceFailures failures;
    private final PersonalDataProtector protection;
    private final Messages messages;
    private final CaseServiceProperties.Retry retry;
    private final Clock clock;

    CaseIssuances(JdbcTemplate jdbc, TransactionTemplate transactions, CaseServiceClient caseService, CertificateCommands commands,
                  IssuanceFailures failures, PersonalDataProtector protection, Messages messages, CaseServiceProperties properties,
                  Clock clock, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.caseService = caseService;
        this.commands = commands;
        this.failures = failures;
        this.protection = protection;
        this.messages = messages;
        this.retry = properties.retry();
        this.clock = clock;
        // Operations watch this: a growing number means case-service is away or refusing this service's token.
        meters.ifAvailable(registry -> Gauge.builder("yiwang.certificates.case.awaiting.data", this, CaseIssuances::waiting)
                .description("Concluded cases whose certificate waits for its data from case-service")
                .register(registry));
    }

    /**
     * Records a conclusion as waiting for its data; joins the caller's (the consumer's) transaction.
     * A case already waiting or settled stays as it is.
     *
     * @param fromEvent what the event alone says (type, issuer, region, holder's ID type and hash, case)
     */
    public void awaitData(IssueCertificate fromEvent) {
        Instant now = clock.instant();
        jdbc.update("""
                        INSERT INTO case_issuance_pending (case_number, type_code, issuer_code, region_code, request_encrypted,
                                                           received_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_number) DO NOTHING""",
                fromEvent.caseNumber(), fromEvent.typeCode(), fromEvent.issuerCode(), fromEvent.regionCode(),
                protection.encrypt(JSON.writeValueAsString(fromEvent)), Timestamp.from(now), Timestamp.from(now));
    }

    @Scheduled(fixedDelayString = "${yiwang.certificate.cases.retry.interval:30s}",
            initialDelayString = "${yiwang.certificate.cases.retry.interval:30s}")
    void scheduled() {
        settleDue();
    }

    /** One run: claims a batch of due conclusions, asks case-service and settles each; returns how many were settled. */
    public int settleDue() {
        return settle(claim(null, retry.batchSize()));
    }

    /** Asks right away for one case just recorded (the schedule catches it if this fails or another instance has it). */
    public boolean settleNow(String caseNumber) {
        return settle(claim(caseNumber, 1)) > 0;
    }

    /** Conclusions still waiting for their data. */
    public long waiting() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM case_issuance_pending WHERE settled_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** Claims due conclusions (all, or the one of {@code caseNumber}) by moving their next attempt a lease ahead. */
    private List<Claimed> claim(String caseNumber, int limit) {
        Instant now = clock.instant();
        return jdbc.query(CLAIM, (rs, row) -> new Claimed(rs.getString("case_number"), rs.getInt("attempts")),
                Timestamp.from(now.plus(retry.lease())), Timestamp.from(now), caseNumber, caseNumber, limit);
    }

    private int settle(List<Claimed> claimed) {
        int settled = 0;
        for (Claimed one : claimed) {
            IssuanceDataAnswer answer = caseService.issuanceData(one.caseNumber());
            try {
                Boolean done = transactions.execute(status -> settle(one, answer));
                settled += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                // E.g. sealing without its keys: rolled back; the row's lease runs out and it is tried again.
                LOG.error("Case {}: the certificate could not be settled, tried again after the lease: {}", one.caseNumber(),
                        e.toString());
            }
        }
        return settled;
    }

    private boolean settle(Claimed claimed, IssuanceDataAnswer answer) {
        List<String> locked = jdbc.queryForList(
                "SELECT request_encrypted FROM case_issuance_pending WHERE case_number = ? AND settled_at IS NULL FOR UPDATE",
                String.class, claimed.caseNumber());
        if (locked.isEmpty()) {
            return false; // settled meanwhile by another instance whose lease had run out
        }
        IssueCertificate fromEvent = JSON.readValue(protection.decrypt(locked.get(0)), IssueCertificate.class);
        if (answer instanceof IssuanceDataAnswer.Found found) {
            issue(fromEvent, found.data());
        } else if (answer instanceof IssuanceDataAnswer.UnknownCase) {
            queue(fromEvent, messages.violation("case", "not-found", "certificate.case.not-found", fromEvent.caseNumber()));
        } else if (answer instanceof IssuanceDataAnswer.NotIssuable) {
            queue(fromEvent, messages.violation("case", "not-issuable", "certificate.case.not-issuable", fromEvent.caseNumber()));
        } else {
            Duration wait = backoff(claimed.attempts());
            jdbc.update("UPDATE case_issuance_pending SET next_attempt_at = ?, last_error = ? WHERE case_number = ?",
                    Timestamp.from(clock.instant().plus(wait)), abbreviate(((IssuanceDataAnswer.Unavailable) answer).reason()),
                    claimed.caseNumber());
            return false;
        }
        return true;
    }

    private void issue(IssueCertificate fromEvent, CaseIssuanceDataV1 data) {
        if (commands.issuedForCase(fromEvent.caseNumber())) {
            settled(fromEvent.caseNumber(), "ISSUED");
            return;
        }
        settled(fromEvent.caseNumber(), issueOrQueue(request(fromEvent, data)) ? "ISSUED" : "QUEUED");
    }

    /**
     * Issues a case's certificate from complete data, or keeps it in the failure queue with the
     * reasons: data that breaks the type's schema or the ID rules, or a certificate the issuer
     * already issued by hand for this case ({@link CertificateCommands#issuedByHandSince}). Joins
     * the caller's transaction.
     *
     * @return whether it was issued
     */
    public boolean issueOrQueue(IssueCertificate request) {
        List<Violation> refused = commands.issuedByHandSince(request)
                .map(identifier -> List.of(messages.violation("case", "issued-by-hand", "certificate.case.issued-by-hand", identifier)))
                .orElseGet(() -> commands.issueOrExplain(request));
        if (refused.isEmpty()) {
            return true;
        }
        LOG.warn("Case {} concluded with a certificate that cannot be issued automatically ({}); kept in the failure queue",
                request.caseNumber(), refused.stream().map(v -> v.field() + ":" + v.code()).collect(Collectors.joining(", ")));
        failures.record(IssuanceFailure.Source.CASE, request, refused);
        return false;
    }

    private void queue(IssueCertificate fromEvent, Violation reason) {
        LOG.warn("Case {}: case-service gives no issuance data ({}); kept in the failure queue", fromEvent.caseNumber(), reason.code());
        failures.record(IssuanceFailure.Source.CASE, fromEvent, List.of(reason));
        settled(fromEvent.caseNumber(), "QUEUED");
    }

    /**
     * The issue request from case-service's data: its holder (ID type from the applicant type,
     * the number itself, handled as on a manual issue: checked, encrypted, hashed), name,
     * certificate data and validity; what it leaves out comes from the event.
     */
    static IssueCertificate request(IssueCertificate fromEvent, CaseIssuanceDataV1 data) {
        LocalDate concluded = data.concludedAt() != null ? LocalDate.ofInstant(data.concludedAt(), CertificateCommands.CHINA)
                : fromEvent.validFrom();
        return new IssueCertificate(
                data.certificateTypeCode() != null ? data.certificateTypeCode() : fromEvent.typeCode(),
                data.issuingOrgCode() != null ? data.issuingOrgCode() : fromEvent.issuerCode(),
                data.regionCode() != null ? data.regionCode() : fromEvent.regionCode(),
                data.holderIdType(), data.holder().idNumber(), null, data.holder().name(), data.metadata(),
                concluded, data.validUntil(), fromEvent.caseNumber(),
                data.caseId() != null ? data.caseId() : fromEvent.caseId(), null, null);
    }

    private void settled(String caseNumber, String outcome) {
        jdbc.update("UPDATE case_issuance_pending SET settled_at = ?, outcome = ?, last_error = NULL WHERE case_number = ?",
                Timestamp.from(clock.instant()), outcome, caseNumber);
    }

    private Duration backoff(int attempts) {
        Duration wait = retry.interval().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return wait.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : wait;
    }

    private static String abbreviate(String message) {
        return message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    private record Claimed(String caseNumber, int attempts) {
    }

    /** The retry runs on a schedule unless switched off ({@code yiwang.certificate.cases.retry.enabled=false}). */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnProperty(name = "yiwang.certificate.cases.retry.enabled", havingValue = "true", matchIfMissing = true)
    static class Scheduling {
    }
}
