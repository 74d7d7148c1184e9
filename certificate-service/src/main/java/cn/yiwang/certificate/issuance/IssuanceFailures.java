package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.issuance.domain.IssuanceFailure;
import cn.yiwang.certificate.issuance.domain.IssuanceFailure.Source;
import cn.yiwang.certificate.issuance.domain.IssuanceFailure.Status;
import cn.yiwang.certificate.issuance.domain.IssuanceFailureRepository;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The failure queue (自动制证失败队列): certificates a concluded case or an import could not issue,
 * kept with why and with what was to be issued, so the issuing body can retry them, with corrected
 * data if need be, or dismiss them. Scoped like certificates: the issuer's organisation within its
 * region's subtree. A retry is idempotent: an entry that has been issued answers with the same
 * certificate, and a case or an imported record never yields a second one.
 */
@Service
@Transactional
public class IssuanceFailures {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_REASON = 500;

    private final IssuanceFailureRepository failures;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcTemplate jdbc;
    private final CertificateCommands commands;
    private final PersonalDataProtector protection;
    private final Messages messages;
    private final Clock clock;

    public IssuanceFailures(IssuanceFailureRepository failures, JdbcAggregateTemplate aggregates, JdbcTemplate jdbc,
                            CertificateCommands commands, PersonalDataProtector protection, Messages messages, Clock clock) {
        this.failures = failures;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.commands = commands;
        this.protection = protection;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Keeps (or refreshes) the entry of a failed issue. An entry already issued stays as it is; a
     * dismissed one opens again, since the same data failed anew.
     */
    public void record(Source source, IssueCertificate request, List<Violation> reasons) {
        jdbc.update("""
                        INSERT INTO issuance_failure (id, source, dedupe_key, case_number, type_code, issuer_code, region_code, reasons,
                                                      request_encrypted, status, received_at, attempts)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)
                        ON CONFLICT (dedupe_key) DO UPDATE SET reasons = EXCLUDED.reasons, request_encrypted = EXCLUDED.request_encrypted,
                            region_code = EXCLUDED.region_code, received_at = EXCLUDED.received_at, status = 'OPEN',
                            resolved_at = NULL, resolved_by = NULL, resolution = NULL
                        WHERE issuance_failure.status <> 'ISSUED'
                        """, UUID.randomUUID(), source.name(), key(source, request), request.caseNumber(), request.typeCode(),
                request.issuerCode(), request.regionCode(), JSON.writeValueAsString(reasons.stream().map(Reason::of).toList()),
                protection.encrypt(JSON.writeValueAsString(request)), Timestamp.from(now()));
    }

    /** An imported record that went in after all (a later import) closes its entry. */
    public void resolveImported(IssueCertificate request, String identifier) {
        failures.findByDedupeKey(key(Source.IMPORT, request)).filter(IssuanceFailure::isOpen)
                .ifPresent(failure -> aggregates.update(failure.issued(identifier, "import", now())));
    }

    @Transactional(readOnly = true)
    public PageView<FailureView> list(Actor actor, Status status, int page, int size) {
        String prefix = CertificateQueries.issuerRegionPrefix(actor);
        Status wanted = status == null ? Status.OPEN : status;
        return PageView.of(failures.findByIssuerCodeAndStatusAndRegionCodeStartingWithOrIssuerCodeAndStatusAndRegionCodeIsNull(
                actor.orgCode(), wanted, prefix, actor.orgCode(), wanted, PageRequest.of(page, size, Sort.by("receivedAt"))),
                FailureView::of);
    }

    @Transactional(readOnly = true)
    public FailureView one(UUID id, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return FailureView.of(failures.findById(id).filter(f -> CertificateQueries.manages(actor, f.issuerCode(), f.regionCode()))
                .orElseThrow(() -> messages.notFound("issuance-failure", id)));
    }

    /**
     * Issues what failed, with {@code metadata} changes and a corrected {@code holderName} if
     * given. An entry already issued answers with its certificate and issues nothing; a retry that
     * still fails is refused (422) and changes nothing. A case whose certificate the issuer seems to
     * have issued by hand ({@link CertificateCommands#issuedByHandSince}) is refused (409) unless the
     * issuer names that certificate in {@code distinctFrom}, confirming it is another one (a holder
     * may hold two food licences, one per premises).
     */
    public FailureView retry(UUID id, Map<String, String> metadata, String holderName, String distinctFrom, Actor actor) {
        IssuanceFailure failure = locked(id, actor);
        if (failure.status() == Status.ISSUED) {
            return FailureView.of(failure);
        }
        if (failure.status() == Status.DISMISSED) {
            throw ProblemException.conflict("certificate.failure.dismissed");
        }
        if (failure.requestEncrypted() == null) {
            throw ProblemException.conflict("certificate.failure.no-request");
        }
        IssueCertificate request = JSON.readValue(protection.decrypt(failure.requestEncrypted()), IssueCertificate.class);
        if (request.caseNumber() != null && !commands.issuedForCase(request.caseNumber())) {
            commands.issuedByHandSince(request).filter(identifier -> !identifier.equals(distinctFrom)).ifPresent(identifier -> {
                throw ProblemException.conflict("certificate.failure.issued-by-hand", identifier);
            });
        }
        CertificateCommands.Attempt attempt = commands.attempt(corrected(request, metadata, holderName));
        if (!attempt.issued()) {
            throw ProblemException.unprocessable(attempt.violations());
        }
        return FailureView.of(aggregates.update(failure.issued(attempt.identifier(), actor.subject(), now())));
    }

    /** Closes an entry without issuing (e.g. the case was issued by hand); dismissing twice changes nothing. */
    public FailureView dismiss(UUID id, String reason, Actor actor) {
        IssuanceFailure failure = locked(id, actor);
        if (failure.status() == Status.DISMISSED) {
            return FailureView.of(failure);
        }
        if (failure.status() == Status.ISSUED) {
            throw ProblemException.conflict("certificate.failure.issued");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.unprocessable(List.of(messages.violation("reason", "required", "certificate.reason.required")));
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.unprocessable(List.of(messages.violation("reason", "too-long", "certificate.reason.too-long", MAX_REASON)));
        }
        return FailureView.of(aggregates.update(failure.dismissed(reason.strip(), actor.subject(), now())));
    }

    private IssuanceFailure locked(UUID id, Actor actor) {
        CertificateQueries.issuerRegionPrefix(actor);
        return failures.findLockedById(id).filter(f -> CertificateQueries.manages(actor, f.issuerCode(), f.regionCode()))
                .orElseThrow(() -> messages.notFound("issuance-failure", id));
    }

    private static IssueCertificate corrected(IssueCertificate request, Map<String, String> metadata, String holderName) {
        Map<String, String> merged = new HashMap<>(request.metadata() == null ? Map.of() : request.metadata());
        if (metadata != null) {
            merged.putAll(metadata);
        }
        String name = holderName == null || holderName.isBlank() ? request.holderName() : holderName.strip();
        return new IssueCertificate(request.typeCode(), request.issuerCode(), request.regionCode(), request.holderIdType(),
                request.holderIdNumber(), request.holderIdHash(), name, merged, request.validFrom(), request.validUntil(),
                request.caseNumber(), request.caseId(), request.serial(), request.issuedAt());
    }

    private static String key(Source source, IssueCertificate request) {
        return source == Source.CASE ? IssuanceFailure.caseKey(request.caseNumber())
                : IssuanceFailure.importKey(request.typeCode(), request.issuerCode(), request.serial());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** One reason as recorded, in the language of the moment it failed (zh-CN for event consumers). */
    public record Reason(String field, String code, String message) {
        static Reason of(Violation violation) {
            return new Reason(violation.field(), violation.code(), violation.message());
        }
    }

    /**
     * An entry as the issuer sees it; no holder data but the case number.
     *
     * @param certificateIdentifier the certificate issued on retry (or by a later import)
     * @param dismissalReason       why it was dismissed
     */
    public record FailureView(UUID id, String source, String caseNumber, String typeCode, String issuerCode, String regionCode,
                              List<Reason> reasons, String status, Instant receivedAt, int attempts, boolean retryable,
                              Instant resolvedAt, String resolvedBy, String certificateIdentifier, String dismissalReason) {

        static FailureView of(IssuanceFailure failure) {
            List<Reason> reasons = JSON.readValue(failure.reasons(), new TypeReference<List<Reason>>() { });
            return new FailureView(failure.id(), failure.source().name(), failure.caseNumber(), failure.typeCode(),
                    failure.issuerCode(), failure.regionCode(), reasons, failure.status().name(), failure.receivedAt(),
                    failure.attempts(), failure.isOpen() && failure.requestEncrypted() != null, failure.resolvedAt(),
                    failure.resolvedBy(), failure.status() == Status.ISSUED ? failure.resolution() : null,
                    failure.status() == Status.DISMISSED ? failure.resolution() : null);
        }
    }
}
