package cn.yiwang.certificate.issuance;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.certificate.holder.HolderIdType;
import cn.yiwang.certificate.identifier.CertificateIdentifier;
import cn.yiwang.certificate.issuance.domain.Certificate;
import cn.yiwang.certificate.issuance.domain.CertificateRepository;
import cn.yiwang.certificate.issuance.domain.CertificateStatus;
import cn.yiwang.certificate.issuance.domain.CertificateStatusException;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateCorrected;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateIssued;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateRevoked;
import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1.CertificateSuspended;
import cn.yiwang.certificate.signature.CanonicalContent;
import cn.yiwang.certificate.signature.Sealing;
import cn.yiwang.certificate.support.CertificateMetrics;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.type.CertificateTypes;
import cn.yiwang.certificate.type.domain.CertificateType;
import cn.yiwang.certificate.type.domain.HolderKind;
import cn.yiwang.certificate.type.domain.Metadata;
import cn.yiwang.certificate.type.domain.MetadataError;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The use cases that change certificates: issue (and seal), suspend, reinstate, revoke, cancel,
 * correct. Each publishes its event in the same transaction (outbox), so an issued certificate is
 * never lost to the case-service and never announced without being stored.
 */
@Service
@Transactional
public class CertificateCommands {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_NAME = 100;
    private static final int MAX_REASON = 500;

    private final CertificateRepository certificates;
    private final JdbcAggregateTemplate aggregates;
    private final CertificateTypes types;
    private final Sealing sealing;
    private final PersonalDataProtector protection;
    private final SerialNumbers serials;
    private final CertificateQueries queries;
    private final ApplicationEventPublisher events;
    private final Messages messages;
    private final CertificateMetrics metrics;
    private final Clock clock;

    public CertificateCommands(CertificateRepository certificates, JdbcAggregateTemplate aggregates, CertificateTypes types,
                               Sealing sealing, PersonalDataProtector protection, SerialNumbers serials, CertificateQueries queries,
                               ApplicationEventPublisher events, Messages messages, CertificateMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.certificates = certificates;
        this.aggregates = aggregates;
        this.types = types;
        this.sealing = sealing;
        this.protection = protection;
        this.serials = serials;
        this.queries = queries;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Issues and seals a certificate.
     *
     * @throws ProblemException 422 naming every field that breaks the type's schema or the ID rules
     */
    public CertificateView issue(IssueCertificate command) {
        Certificate certificate = store(prepare(command), command.caseId());
        return queries.toView(certificate, false);
    }

    /**
     * For event consumers: issues, or answers why the data does not allow it. The refusal is
     * caught inside this transactional method, so it does not mark the consumer's transaction
     * (which also records the processed event) for rollback.
     */
    public List<Violation> issueOrExplain(IssueCertificate command) {
        try {
            store(prepare(command), command.caseId());
            return List.of();
        } catch (ProblemException e) {
            return e.violations();
        }
    }

    /** Issues unless the same imported record (type, issuer, serial, version 1) is already there. */
    public ImportOutcome importRecord(IssueCertificate command) {
        Certificate prepared = prepare(command);
        Optional<Certificate> existing = certificates.findByTypeCodeAndIssuerCodeAndSerialAndVersion(
                prepared.typeCode(), prepared.issuerCode(), prepared.serial(), 1);
        if (existing.isPresent()) {
            boolean same = existing.get().holderIdHash().equals(prepared.holderIdHash())
                    && existing.get().metadata().equals(prepared.metadata());
            return new ImportOutcome(same ? ImportOutcome.Result.UNCHANGED : ImportOutcome.Result.CONFLICT,
                    existing.get().identifier());
        }
        return new ImportOutcome(ImportOutcome.Result.IMPORTED, store(prepared, null).identifier());
    }

    /**
     * For the failure queue's retry: issues, or says why not, without marking the caller's
     * transaction for rollback. Idempotent like the first try: a case that has its certificate,
     * or an imported record already there, answers with that certificate.
     */
    public Attempt attempt(IssueCertificate command) {
        try {
            if (command.caseNumber() != null) {
                Optional<Certificate> existing = certificates.findByCaseNumberAndVersion(command.caseNumber(), 1);
                if (existing.isPresent()) {
                    return Attempt.issued(existing.get().identifier());
                }
            }
            if (command.imported()) {
                ImportOutcome outcome = importRecord(command);
                return outcome.result() == ImportOutcome.Result.CONFLICT
                        ? Attempt.refused(List.of(messages.violation("serial", "conflict", "certificate.import.conflict")))
                        : Attempt.issued(outcome.identifier());
            }
            return Attempt.issued(store(prepare(command), command.caseId()).identifier());
        } catch (ProblemException e) {
            return Attempt.refused(e.violations());
        }
    }

    /**
     * The rule against a second certificate for one case (issue #7): a certificate of the case's
     * type, by the case's issuer, for the case's holder, issued by hand (without a case number) on
     * or after the day the case concluded ({@code validFrom} of a case's request), is taken to be
     * that case's certificate. Neither the automatic issue nor a retry from the failure queue then
     * issues another; the issuer dismisses the entry instead. Earlier certificates of the holder
     * (a renewal's predecessor) do not count.
     *
     * @return that certificate's identifier
     */
    @Transactional(readOnly = true)
    public Optional<String> issuedByHandSince(IssueCertificate caseRequest) {
        if (caseRequest.caseNumber() == null || caseRequest.validFrom() == null || caseRequest.holderIdType() == null
                || !HolderIdType.isCode(caseRequest.holderIdType())) {
            return Optional.empty();
        }
        String hash = caseRequest.holderIdNumber() != null
                ? protection.hash(HolderIdType.ofCode(caseRequest.holderIdType()).normalise(caseRequest.holderIdNumber()))
                : caseRequest.holderIdHash();
        if (hash == null) {
            return Optional.empty();
        }
        return certificates.findIssuedByHandSince(caseRequest.typeCode(), caseRequest.issuerCode(), hash,
                caseRequest.validFrom().atStartOfDay(CHINA).toInstant());
    }

    /** Whether a case already has its certificate (redelivered conclusions issue nothing new). */
    @Transactional(readOnly = true)
    public boolean issuedForCase(String caseNumber) {
        return certificates.findByCaseNumberAndVersion(caseNumber, 1).isPresent();
    }

    public CertificateView suspend(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::suspend);
        events.publishEvent(new CertificateSuspended(UUID.randomUUID(), changed.identifier(), true, reason,
                changed.holderIdHash(), changed.regionCode(), changed.statusChangedAt()));
        return queries.toView(changed, false);
    }

    public CertificateView reinstate(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::reinstate);
        events.publishEvent(new CertificateSuspended(UUID.randomUUID(), changed.identifier(), false, reason,
                changed.holderIdHash(), changed.regionCode(), changed.statusChangedAt()));
        return queries.toView(changed, false);
    }

    public CertificateView revoke(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::revoke);
        events.publishEvent(revoked(changed));
        return queries.toView(changed, false);
    }

    /** Cancellation (注销) ends the certificate like a revocation, so consumers get the same event. */
    public CertificateView cancel(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::cancel);
        events.publishEvent(revoked(changed));
        return queries.toView(changed, false);
    }

    /** Transfer out (迁出, 06) ends the certificate here: consumers get the revoked event with its status. */
    public CertificateView transferOut(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::transferOut);
        events.publishEvent(revoked(changed));
        return queries.toView(changed, false);
    }

    /** Withdrawal (撤回, 07) ends the certificate: consumers get the revoked event with its status. */
    public CertificateView withdraw(UUID id, String reason, Actor actor) {
        Certificate changed = change(id, actor, reason, Certificate::withdraw);
        events.publishEvent(revoked(changed));
        return queries.toView(changed, false);
    }

    /**
     * Corrects a certificate: a new version with the changed metadata (and name), sealed anew; the
     * old version is superseded and points to the new one.
     */
    public CertificateView correct(UUID id, Map<String, String> changes, String holderName, String reason, Actor actor) {
        Certificate current = managed(id, actor);
        return queries.toView(correct(current, changes, holderName, reason), false);
    }

    /** For the objection feature: a correction decided on an objection the issuer upheld. */
    public CertificateView correctOnObjection(UUID id, Map<String, String> changes, String reason, Actor actor) {
        return correct(id, changes, null, reason, actor);
    }

    private Certificate correct(Certificate current, Map<String, String> changes, String holderName, String reason) {
        requireReason(reason);
        if (!current.inForce()) {
            throw conflict(new CertificateStatusException(current.status(), "corrected"));
        }
        if (current.version() >= CertificateIdentifier.MAX_VERSION) {
            throw ProblemException.conflict("certificate.correction.versions-exhausted");
        }
        CertificateType type = types.find(current.typeCode()).orElseThrow();
        Metadata corrected = current.metadata().with(changes == null ? Map.of() : changes);
        List<Violation> violations = new ArrayList<>();
        metadataViolations(type, corrected, violations);
        String name = holderName == null || holderName.isBlank() ? current.holderName() : holderName.strip();
        if (name.length() > MAX_NAME) {
            violations.add(messages.violation("holderName", "too-long", "certificate.holder.name-too-long", MAX_NAME));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        Instant now = now();
        String nextIdentifier = CertificateIdentifier.parse(current.identifier()).withVersion(current.version() + 1).toString();
        Certificate next = current.correctedVersion(UUID.randomUUID(), nextIdentifier, corrected, name, now);
        next = next.sealedWith(sealing.seal(next.issuerCode(), CanonicalContent.of(next.sealedContent())));
        aggregates.update(current.supersede(nextIdentifier, reason, now));
        aggregates.insert(next);
        events.publishEvent(new CertificateCorrected(UUID.randomUUID(), nextIdentifier, current.identifier(), next.version(),
                reason, next.holderIdHash(), next.regionCode(), now));
        return next;
    }

    private Certificate change(UUID id, Actor actor, String reason, StatusChange change) {
        requireReason(reason);
        Certificate current = managed(id, actor);
        try {
            return aggregates.update(change.apply(current, reason, now()));
        } catch (CertificateStatusException e) {
            throw conflict(e);
        }
    }

    /** Visible to the caller (else 404) and issued by the caller's organisation (else 403). */
    private Certificate managed(UUID id, Actor actor) {
        Certificate certificate = queries.visible(id, actor);
        if (!CertificateQueries.isIssuer(certificate, actor)) {
            throw ProblemException.forbidden("certificate.issuer.only");
        }
        return certificate;
    }

    private Certificate prepare(IssueCertificate command) {
        List<Violation> violations = new ArrayList<>();
        Optional<CertificateType> found = types.find(command.typeCode());
        if (found.isEmpty()) {
            violations.add(messages.violation("typeCode", "unknown", "certificate.type.unknown", command.typeCode()));
            throw ProblemException.unprocessable(violations);
        }
        CertificateType type = found.get();
        if (command.issuerCode() == null || !command.issuerCode().matches("[0-9A-HJ-NPQRTUWXY]{18}")) {
            violations.add(messages.violation("issuerCode", "format", "certificate.identifier.issuer-code"));
        }
        HolderIdType idType = holderIdType(type, command, violations);
        String name = command.holderName() == null ? "" : command.holderName().strip();
        if (name.isEmpty()) {
            violations.add(messages.violation("holder.name", "required", "certificate.holder.name-required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(messages.violation("holder.name", "too-long", "certificate.holder.name-too-long", MAX_NAME));
        }
        Metadata metadata = Metadata.of(command.metadata());
        metadataViolations(type, metadata, violations);
        Instant issuedAt = command.issuedAt() != null ? command.issuedAt().truncatedTo(ChronoUnit.MILLIS) : now();
        LocalDate validFrom = command.validFrom() != null ? command.validFrom() : LocalDate.ofInstant(issuedAt, CHINA);
        LocalDate validUntil = null;
        try {
            validUntil = type.validity().validUntil(validFrom, command.validUntil()).orElse(null);
        } catch (IllegalArgumentException e) {
            violations.add(messages.violation("validUntil", e.getMessage(), "certificate.validity." + e.getMessage()));
        }
        if (command.serial() != null && !command.serial().matches("[0-9A-Z]{1,40}")) {
            violations.add(messages.violation("serial", "format", "certificate.serial.format"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        String serial = command.serial() != null ? command.serial()
                : serials.next(type.code(), command.issuerCode(), validFrom.getYear());
        CertificateIdentifier identifier = new CertificateIdentifier(type.code(), command.issuerCode(), serial, 1);
        String number = idType == null || command.holderIdNumber() == null ? null : idType.normalise(command.holderIdNumber());
        String hash = number != null ? protection.hash(number) : command.holderIdHash();
        Certificate certificate = new Certificate(UUID.randomUUID(), identifier.toString(), type.code(), command.issuerCode(),
                serial, 1, command.holderIdType(), hash, number == null ? null : protection.encrypt(number), name, metadata,
                validFrom, validUntil, issuedAt, command.regionCode(), CertificateStatus.VALID, null, issuedAt, null, null,
                command.caseNumber(), command.imported());
        return certificate.sealedWith(sealing.seal(certificate.issuerCode(), CanonicalContent.of(certificate.sealedContent())));
    }

    private Certificate store(Certificate certificate, String caseId) {
        Certificate stored = aggregates.insert(certificate);
        events.publishEvent(new CertificateIssued(UUID.randomUUID(), stored.identifier(), stored.typeCode(), stored.issuerCode(),
                stored.holderIdType(), stored.holderIdHash(), stored.validFrom(), stored.validUntil(), stored.caseNumber(),
                stored.caseNumber() == null ? null : caseId, stored.imported(), stored.regionCode(), stored.issuedAt()));
        metrics.issued(stored.caseNumber() != null ? CertificateMetrics.IssueSource.CASE
                : stored.imported() ? CertificateMetrics.IssueSource.IMPORT : CertificateMetrics.IssueSource.MANUAL);
        return stored;
    }

    private HolderIdType holderIdType(CertificateType type, IssueCertificate command, List<Violation> violations) {
        String expected = type.holderKind() == HolderKind.CITIZEN ? HolderIdType.CITIZEN_ID.code() : HolderIdType.CREDIT_CODE.code();
        if (!expected.equals(command.holderIdType())) {
            violations.add(messages.violation("holder.idType", "mismatch", "certificate.holder.id-type-mismatch", expected));
            return null;
        }
        HolderIdType idType = HolderIdType.ofCode(expected);
        if (command.holderIdNumber() != null) {
            // Numbers from an existing register are checked leniently (GB 32100 pilot codes), new ones strictly.
            boolean accepted = command.imported() ? idType.acceptsFromRegister(command.holderIdNumber())
                    : idType.accepts(command.holderIdNumber());
            if (!accepted) {
                violations.add(messages.violation("holder.idNumber", "check",
                        idType == HolderIdType.CITIZEN_ID ? "certificate.holder.citizen-id-invalid" : "certificate.holder.credit-code-invalid"));
            }
        } else if (command.holderIdHash() == null || !HASH.matcher(command.holderIdHash()).matches()) {
            violations.add(messages.violation("holder.idNumber", "required", "certificate.holder.id-required"));
        }
        return idType;
    }

    private void metadataViolations(CertificateType type, Metadata metadata, List<Violation> violations) {
        for (MetadataError error : type.metadataSchema().validate(metadata)) {
            violations.add(messages.violation("metadata." + error.field(), error.code(),
                    "certificate.metadata." + error.code(), error.arguments()));
        }
    }

    private void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.unprocessable(List.of(messages.violation("reason", "required", "certificate.reason.required")));
        }
        if (reason.length() > MAX_REASON) {
            throw ProblemException.unprocessable(List.of(messages.violation("reason", "too-long", "certificate.reason.too-long", MAX_REASON)));
        }
    }

    private static CertificateRevoked revoked(Certificate changed) {
        return new CertificateRevoked(UUID.randomUUID(), changed.identifier(), changed.status().name(), changed.status().code(),
                changed.statusReason(), changed.holderIdHash(), changed.regionCode(), changed.statusChangedAt());
    }

    private ProblemException conflict(CertificateStatusException e) {
        return ProblemException.conflict("certificate.status.conflict",
                messages.get("certificate.status." + e.current().name().toLowerCase(java.util.Locale.ROOT)),
                messages.get("certificate.action." + e.action()));
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; milliseconds make the sealed issue time survive the round trip exactly.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    @FunctionalInterface
    private interface StatusChange {
        Certificate apply(Certificate certificate, String reason, Instant at);
    }

    /** The outcome of {@link #attempt}: the certificate's identifier, or why it was not issued. */
    public record Attempt(String identifier, List<Violation> violations) {

        static Attempt issued(String identifier) {
            return new Attempt(identifier, List.of());
        }

        static Attempt refused(List<Violation> violations) {
            return new Attempt(null, violations);
        }

        public boolean issued() {
            return identifier != null;
        }
    }

    /** What happened to one imported record. */
    public record ImportOutcome(Result result, String identifier) {
        public enum Result { IMPORTED, UNCHANGED, CONFLICT }
    }
}
