package cn.yiwang.certificate.objection;

import cn.yiwang.certificate.issuance.CertificateCommands;
import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateSnapshot;
import cn.yiwang.certificate.issuance.CertificateView;
import cn.yiwang.certificate.objection.domain.Objection;
import cn.yiwang.certificate.objection.domain.ObjectionRepository;
import cn.yiwang.certificate.objection.domain.ObjectionStatus;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Holders raise objections; the issuing body corrects or rejects them. */
@Service
@Transactional
public class Objections {

    private final ObjectionRepository objections;
    private final JdbcAggregateTemplate aggregates;
    private final CertificateQueries certificates;
    private final CertificateCommands commands;
    private final Messages messages;
    private final Clock clock;
    private final Duration reviewWithin;

    public Objections(ObjectionRepository objections, JdbcAggregateTemplate aggregates, CertificateQueries certificates,
                      CertificateCommands commands, Messages messages, Clock clock,
                      @Value("${yiwang.certificate.objection.review-within:15d}") Duration reviewWithin) {
        this.objections = objections;
        this.aggregates = aggregates;
        this.certificates = certificates;
        this.commands = commands;
        this.messages = messages;
        this.clock = clock;
        this.reviewWithin = reviewWithin;
    }

    public ObjectionView raise(UUID certificateId, String field, String description, Actor actor) {
        CertificateSnapshot certificate = certificates.ownedBy(certificateId, actor);
        List<Violation> violations = new ArrayList<>();
        if (field != null && !field.equals("holderName") && !certificate.metadata().containsKey(field)) {
            violations.add(messages.violation("field", "unknown", "certificate.objection.unknown-field", field));
        }
        if (description == null || description.isBlank()) {
            violations.add(messages.violation("description", "required", "certificate.objection.description-required"));
        } else if (description.length() > Objection.MAX_DESCRIPTION) {
            violations.add(messages.violation("description", "too-long", "certificate.reason.too-long", Objection.MAX_DESCRIPTION));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Objection objection = aggregates.insert(new Objection(UUID.randomUUID(), certificate.id(), certificate.issuerCode(),
                certificate.regionCode(), certificate.holderIdHash(), field, description.strip(), ObjectionStatus.OPEN, now, now.plus(reviewWithin),
                null, null, null));
        return ObjectionView.of(objection, certificate.identifier(), now);
    }

    @Transactional(readOnly = true)
    public PageView<ObjectionView> ofHolder(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            throw ProblemException.forbidden("certificate.wallet.no-holder");
        }
        Instant now = clock.instant();
        return PageView.of(objections.findByHolderIdHash(actor.holderIdHash(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "raisedAt"))), o -> view(o, now));
    }

    /** The issuer's queue, oldest first, so the most urgent come first. */
    @Transactional(readOnly = true)
    public PageView<ObjectionView> ofIssuer(Actor actor, ObjectionStatus status, int page, int size) {
        Instant now = clock.instant();
        String prefix = CertificateQueries.issuerRegionPrefix(actor);
        ObjectionStatus wanted = status == null ? ObjectionStatus.OPEN : status;
        return PageView.of(objections.findByIssuerCodeAndStatusAndRegionCodeStartingWithOrIssuerCodeAndStatusAndRegionCodeIsNull(
                actor.orgCode(), wanted, prefix, actor.orgCode(), wanted, PageRequest.of(page, size, Sort.by("raisedAt"))),
                o -> view(o, now));
    }

    /** Upholds the objection: corrects the certificate (new version) and records the decision. */
    public ObjectionView correct(UUID objectionId, Map<String, String> changes, String reason, Actor actor) {
        Objection objection = open(objectionId, actor);
        CertificateView corrected = commands.correctOnObjection(objection.certificateId(), changes, reason, actor);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return view(aggregates.update(objection.corrected(corrected.identifier(), reason, now)), now);
    }

    public ObjectionView reject(UUID objectionId, String reason, Actor actor) {
        Objection objection = open(objectionId, actor);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.unprocessable(List.of(messages.violation("reason", "required", "certificate.reason.required")));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return view(aggregates.update(objection.rejected(reason.strip(), now)), now);
    }

    private Objection open(UUID objectionId, Actor actor) {
        issuer(actor);
        Objection objection = objections.findById(objectionId)
                .filter(o -> CertificateQueries.manages(actor, o.issuerCode(), o.regionCode()))
                .orElseThrow(() -> messages.notFound("objection", objectionId));
        if (objection.status() != ObjectionStatus.OPEN) {
            throw ProblemException.conflict("certificate.objection.decided");
        }
        return objection;
    }

    private static String issuer(Actor actor) {
        if (!actor.hasRole(Roles.DEPT_ADMIN) || actor.orgCode() == null) {
            throw ProblemException.forbidden("certificate.issuer.required");
        }
        return actor.orgCode();
    }

    private ObjectionView view(Objection objection, Instant now) {
        String identifier = certificates.snapshot(objection.certificateId()).map(CertificateSnapshot::identifier).orElse(null);
        return ObjectionView.of(objection, identifier, now);
    }

    public record ObjectionView(UUID id, UUID certificateId, String identifier, String field, String description, String status,
                                Instant raisedAt, Instant dueAt, boolean overdue, Instant decidedAt, String decisionReason,
                                String correctedIdentifier) {

        static ObjectionView of(Objection objection, String identifier, Instant now) {
            return new ObjectionView(objection.id(), objection.certificateId(), identifier, objection.field(),
                    objection.description(), objection.status().name(), objection.raisedAt(), objection.dueAt(),
                    objection.overdueAt(now), objection.decidedAt(), objection.decisionReason(), objection.correctedIdentifier());
        }
    }
}
