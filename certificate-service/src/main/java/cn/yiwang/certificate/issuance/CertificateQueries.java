package cn.yiwang.certificate.issuance;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.certificate.holder.HolderIdType;
import cn.yiwang.certificate.issuance.domain.Certificate;
import cn.yiwang.certificate.issuance.domain.CertificateRepository;
import cn.yiwang.certificate.issuance.domain.CertificateStatus;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.support.PageView;
import cn.yiwang.certificate.type.CertificateTypes;
import cn.yiwang.certificate.type.domain.CertificateType;
import cn.yiwang.common.identifier.RegionCode;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.security.Actor;
import cn.yiwang.common.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads certificates for the API and for other features. Access: the holder sees their own, the
 * issuing body (dept-admin whose org is the issuer and whose region covers the certificate's, per
 * ARCHITECTURE.md "Data scope") what it issued; to anyone else a certificate does not exist (404,
 * so ids cannot be probed).
 */
@Service
@Transactional(readOnly = true)
public class CertificateQueries {

    private final CertificateRepository certificates;
    private final CertificateTypes types;
    private final PersonalDataProtector protection;
    private final AccessLog accessLog;
    private final Messages messages;
    private final Clock clock;

    public CertificateQueries(CertificateRepository certificates, CertificateTypes types, PersonalDataProtector protection,
                              AccessLog accessLog, Messages messages, Clock clock) {
        this.accessLog = accessLog;
        this.messages = messages;
        this.certificates = certificates;
        this.types = types;
        this.protection = protection;
        this.clock = clock;
    }

    /** A read by the issuing body is written to the holder's access log; the holder's own reads are not. */
    @Transactional
    public CertificateView view(UUID id, Actor actor) {
        Certificate certificate = visible(id, actor);
        boolean holder = actor.owns(certificate.holderIdHash());
        if (!holder) {
            accessLog.record(certificate.id(), certificate.holderIdHash(), null, actor.subject(), actor.orgCode(), AccessLog.ISSUER_READ);
        }
        return toView(certificate, holder);
    }

    /** The holder's wallet: their certificates, current versions only, newest first. */
    public PageView<CertificateView> wallet(Actor actor, int page, int size) {
        if (actor.holderIdHash() == null) {
            throw ProblemException.forbidden("certificate.wallet.no-holder");
        }
        return PageView.of(certificates.findByHolderIdHashAndSupersededByIsNull(actor.holderIdHash(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "issuedAt"))), certificate -> toView(certificate, true));
    }

    /** What the caller's organisation issued within the caller's region, newest first. */
    public PageView<CertificateView> issuedBy(Actor actor, int page, int size) {
        String prefix = issuerRegionPrefix(actor);
        return PageView.of(certificates.findByIssuerCodeAndRegionCodeStartingWithOrIssuerCodeAndRegionCodeIsNull(actor.orgCode(),
                prefix, actor.orgCode(), PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "issuedAt"))),
                certificate -> toView(certificate, false));
    }

    /**
     * The significant prefix of an issuing body's region, for listing what lies in its subtree;
     * 403 unless the caller is one (dept-admin with an organisation and a valid region claim).
     */
    public static String issuerRegionPrefix(Actor actor) {
        if (!actor.hasRole(Roles.DEPT_ADMIN) || actor.orgCode() == null) {
            throw ProblemException.forbidden("certificate.issuer.required");
        }
        if (actor.regionCode() == null || !RegionCode.isValid(actor.regionCode())) {
            throw ProblemException.forbidden("certificate.issuer.region-required");
        }
        return RegionCode.of(actor.regionCode()).prefix();
    }

    /**
     * Whether a record of {@code issuerCode} in {@code regionCode} is the caller's to manage: their
     * organisation issued it and it lies in their region's subtree. Records without a region (from
     * before regions were required) belong to the organisation wherever its staff sit.
     */
    public static boolean manages(Actor actor, String issuerCode, String regionCode) {
        return actor.hasRole(Roles.DEPT_ADMIN) && actor.orgCode() != null && actor.orgCode().equals(issuerCode)
                && (regionCode == null || actor.coversRegion(regionCode));
    }

    /** For other features, without access checks: they apply their own (grants, tokens, public verification). */
    public Optional<CertificateSnapshot> snapshot(UUID id) {
        return certificates.findById(id).map(this::toSnapshot);
    }

    public Optional<CertificateSnapshot> snapshotByIdentifier(String identifier) {
        return certificates.findByIdentifier(identifier).map(this::toSnapshot);
    }

    /** The holder's own certificate, or 404. */
    public CertificateSnapshot ownedBy(UUID id, Actor actor) {
        return certificates.findById(id).filter(certificate -> actor.owns(certificate.holderIdHash()))
                .map(this::toSnapshot).orElseThrow(() -> notFound(id));
    }

    /** The holder's own certificate as the holder sees it, for features that answer with it. */
    public CertificateView ownView(UUID id, Actor actor) {
        Certificate certificate = certificates.findById(id).filter(c -> actor.owns(c.holderIdHash())).orElseThrow(() -> notFound(id));
        return toView(certificate, true);
    }

    /** The certificate as a granted agency sees it: ID number masked. */
    public CertificateView sharedView(UUID id) {
        return certificates.findById(id).map(certificate -> toView(certificate, false)).orElseThrow(() -> notFound(id));
    }

    static boolean isIssuer(Certificate certificate, Actor actor) {
        return manages(actor, certificate.issuerCode(), certificate.regionCode());
    }

    Certificate visible(UUID id, Actor actor) {
        return certificates.findById(id)
                .filter(certificate -> actor.owns(certificate.holderIdHash()) || isIssuer(certificate, actor))
                .orElseThrow(() -> notFound(id));
    }

    ProblemException notFound(Object id) {
        return messages.notFound("certificate", id);
    }

    CertificateView toView(Certificate certificate, boolean revealHolderId) {
        Optional<CertificateType> type = types.find(certificate.typeCode());
        LocalDate today = LocalDate.now(clock);
        CertificateStatus status = certificate.statusOn(today);
        String number = null;
        if (certificate.holderIdEncrypted() != null) {
            String plain = protection.decrypt(certificate.holderIdEncrypted());
            number = revealHolderId ? plain : HolderIdType.ofCode(certificate.holderIdType()).mask(plain);
        }
        return new CertificateView(certificate.id(), certificate.identifier(), certificate.typeCode(),
                type.map(CertificateType::nameZh).orElse(null), type.map(CertificateType::nameEn).orElse(null),
                certificate.issuerCode(), certificate.version(),
                new CertificateView.Holder(certificate.holderIdType(), number, certificate.holderName()),
                new LinkedHashMap<>(certificate.metadata().values()), certificate.validFrom(), certificate.validUntil(),
                certificate.issuedAt(), status.name(), status.code(), certificate.statusReason(), certificate.statusChangedAt(),
                certificate.supersededBy(),
                certificate.seal() == null ? null : new CertificateView.SealInfo(certificate.seal().algorithm().name(),
                        certificate.seal().keyId(), certificate.seal().format().name()),
                certificate.caseNumber());
    }

    CertificateSnapshot toSnapshot(Certificate certificate) {
        Optional<CertificateType> type = types.find(certificate.typeCode());
        CertificateStatus status = certificate.statusOn(LocalDate.now(clock));
        return new CertificateSnapshot(certificate.id(), certificate.identifier(), certificate.typeCode(),
                type.map(CertificateType::nameZh).orElse(null), type.map(CertificateType::nameEn).orElse(null),
                certificate.issuerCode(), certificate.version(), certificate.holderIdType(), certificate.holderIdHash(),
                certificate.holderName(), new LinkedHashMap<>(certificate.metadata().values()), certificate.validFrom(),
                certificate.validUntil(), certificate.issuedAt(), certificate.regionCode(), status.name(), status.code(),
                certificate.statusReason(), certificate.statusChangedAt(), certificate.supersededBy(), certificate.seal(),
                certificate.sealedContent());
    }
}
