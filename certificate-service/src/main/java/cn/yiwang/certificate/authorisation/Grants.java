package cn.yiwang.certificate.authorisation;

import cn.yiwang.certificate.authorisation.domain.GranteeKind;
import cn.yiwang.certificate.authorisation.domain.UseGrant;
import cn.yiwang.certificate.authorisation.domain.UseGrantRepository;
import cn.yiwang.certificate.issuance.AccessLog;
import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateSnapshot;
import cn.yiwang.certificate.issuance.CertificateView;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import cn.yiwang.certificate.issuance.caseservice.CaseServiceClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Holders grant and withdraw; agencies read under a grant; the holder sees every read. */
@Service
@Transactional
public class Grants {

    private static final DateTimeFormatter WATERMARK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final UseGrantRepository grants;
    private final JdbcAggregateTemplate aggregates;
    private final CertificateQueries certificates;
    private final AccessLog accessLog;
    private final Messages messages;
    private final Clock clock;
    private final CaseServiceClient cases;

    public Grants(UseGrantRepository grants, JdbcAggregateTemplate aggregates, CertificateQueries certificates,
                  AccessLog accessLog, Messages messages, Clock clock, CaseServiceClient cases) {
        this.grants = grants;
        this.cases = cases;
        this.aggregates = aggregates;
        this.certificates = certificates;
        this.accessLog = accessLog;
        this.messages = messages;
        this.clock = clock;
    }

    public GrantView grant(UUID certificateId, GranteeKind kind, String grantee, String reason, Instant validUntil, Actor actor) {
        CertificateSnapshot certificate = certificates.ownedBy(certificateId, actor);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(messages.violation("granteeKind", "required", "certificate.grant.grantee-kind-required"));
        }
        if (grantee == null || grantee.isBlank() || grantee.length() > 64) {
            violations.add(messages.violation("grantee", "required", "certificate.grant.grantee-required"));
        }
        if (reason == null || reason.isBlank()) {
            violations.add(messages.violation("reason", "required", "certificate.reason.required"));
        } else if (reason.length() > UseGrant.MAX_REASON) {
            violations.add(messages.violation("reason", "too-long", "certificate.reason.too-long", UseGrant.MAX_REASON));
        }
        if (validUntil == null || !validUntil.isAfter(now)) {
            violations.add(messages.violation("validUntil", "future", "certificate.grant.valid-until-future"));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        UseGrant grant = aggregates.insert(new UseGrant(UUID.randomUUID(), certificate.id(), certificate.holderIdHash(), kind,
                grantee.strip(), reason.strip(), validUntil.truncatedTo(ChronoUnit.MILLIS), now, null));
        return GrantView.of(grant, now);
    }

    @Transactional(readOnly = true)
    public List<GrantView> of(UUID certificateId, Actor actor) {
        CertificateSnapshot certificate = certificates.ownedBy(certificateId, actor);
        Instant now = clock.instant();
        return grants.findByCertificateIdOrderByGrantedAtDesc(certificate.id()).stream().map(grant -> GrantView.of(grant, now)).toList();
    }

    public GrantView withdraw(UUID grantId, Actor actor) {
        UseGrant grant = grants.findById(grantId).filter(g -> actor.owns(g.holderIdHash()))
                .orElseThrow(() -> messages.notFound("grant", grantId));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UseGrant withdrawn = grant.withdrawnAt() == null ? aggregates.update(grant.withdraw(now)) : grant;
        return GrantView.of(withdrawn, now);
    }

    /**
     * An agency reads the certificate under a grant: only the grantee, only while the grant holds.
     * The copy is marked with purpose, grantee and time (加注件), and the read is logged.
     *
     * @param caseNumber the case the caller handles, for a grant to a case
     */
    public AnnotatedCopy read(UUID grantId, String caseNumber, Actor actor) {
        UseGrant grant = grants.findById(grantId).filter(g -> isGrantee(g, actor, caseNumber))
                .orElseThrow(() -> messages.notFound("grant", grantId));
        Instant now = clock.instant();
        if (!grant.activeAt(now)) {
            throw ProblemException.forbidden(grant.withdrawnAt() != null ? "certificate.grant.withdrawn" : "certificate.grant.expired");
        }
        CertificateView certificate = certificates.sharedView(grant.certificateId());
        Instant accessedAt = accessLog.record(grant.certificateId(), grant.holderIdHash(), grant.id(), actor.subject(),
                actor.orgCode(), grant.reason());
        String text = messages.get("certificate.grant.watermark", grant.grantee(), grant.reason(),
                WATERMARK_TIME.format(accessedAt), WATERMARK_TIME.format(grant.validUntil()));
        return new AnnotatedCopy(certificate, new Watermark(text, grant.reason(), grant.grantee(), accessedAt, grant.validUntil(), grant.id()));
    }

    @Transactional(readOnly = true)
    public PageView<AccessLog.Entry> accessLog(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            throw ProblemException.forbidden("certificate.wallet.no-holder");
        }
        return accessLog.of(actor.holderIdHash(), page, size);
    }

    /** Staff only (a holder is never a grantee of another holder's certificate through this path). */
    /**
     * A grant to an organisation is used by that organisation's staff; a grant to a case by whoever
     * handles the case — case-service answers that for the caller's own token (a case number is
     * printed on receipts, so naming it proves nothing), and a Yiwang service acting for the case
     * (role {@code service}) is trusted.
     */
    private boolean isGrantee(UseGrant grant, Actor actor, String caseNumber) {
        if (!actor.isStaff()) {
            return false;
        }
        return switch (grant.granteeKind()) {
            case ORGANISATION -> grant.grantee().equals(actor.orgCode());
            case CASE -> grant.grantee().equals(caseNumber)
                    && (actor.hasRole(Roles.SERVICE) || cases.letsCallerSee(caseNumber, callerToken()));
        };
    }

    /** The bearer token of the current request, relayed to case-service. */
    private static String callerToken() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                ? token.getToken().getTokenValue() : null;
    }

    public record GrantView(UUID id, UUID certificateId, String granteeKind, String grantee, String reason, Instant validUntil,
                            Instant grantedAt, Instant withdrawnAt, boolean active) {

        static GrantView of(UseGrant grant, Instant now) {
            return new GrantView(grant.id(), grant.certificateId(), grant.granteeKind().name(), grant.grantee(), grant.reason(),
                    grant.validUntil(), grant.grantedAt(), grant.withdrawnAt(), grant.activeAt(now));
        }
    }

    /** The copy an agency gets: the certificate (ID number masked) and the marking it must carry. */
    public record AnnotatedCopy(CertificateView certificate, Watermark watermark) {
    }

    public record Watermark(String text, String purpose, String grantee, Instant accessedAt, Instant validUntil, UUID grantId) {
    }
}
