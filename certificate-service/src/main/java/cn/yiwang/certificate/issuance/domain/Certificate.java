package cn.yiwang.certificate.issuance.domain;

import cn.yiwang.certificate.signature.Seal;
import cn.yiwang.certificate.type.domain.Metadata;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One version of a certificate. Type, issuer and serial stay the same across versions; a
 * correction issues a new version and supersedes this one, so what a verifier once saw remains
 * verifiable and explainable.
 *
 * @param holderIdEncrypted the holder's ID number encrypted, or null when only its keyed hash is
 *                          known (a certificate issued from a case event)
 */
@Table("certificate")
public record Certificate(@Id UUID id, String identifier, String typeCode, String issuerCode, String serial, int version,
                          String holderIdType, String holderIdHash, String holderIdEncrypted, String holderName,
                          Metadata metadata, LocalDate validFrom, LocalDate validUntil, Instant issuedAt,
                          String regionCode, CertificateStatus status, String statusReason, Instant statusChangedAt,
                          String supersededBy, @Embedded.Nullable(prefix = "seal_") Seal seal, String caseNumber,
                          boolean imported) {

    private static final Set<CertificateStatus> IN_FORCE = Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED);

    /**
     * The status as of {@code day}: a valid certificate past its last day of validity is expired
     * without anyone having to change it, so no batch job can be late.
     */
    public CertificateStatus statusOn(LocalDate day) {
        if (status == CertificateStatus.VALID && validUntil != null && day.isAfter(validUntil)) {
            return CertificateStatus.EXPIRED;
        }
        return status;
    }

    /** Temporarily out of force (暂扣), e.g. during an investigation; can be reinstated. */
    public Certificate suspend(String reason, Instant at) {
        require(status == CertificateStatus.VALID, "suspended");
        return withStatus(CertificateStatus.SUSPENDED, reason, at, supersededBy);
    }

    public Certificate reinstate(String reason, Instant at) {
        require(status == CertificateStatus.SUSPENDED, "reinstated");
        return withStatus(CertificateStatus.VALID, reason, at, supersededBy);
    }

    /** Withdrawn by the issuer for cause (吊销/撤销); final. */
    public Certificate revoke(String reason, Instant at) {
        require(IN_FORCE.contains(status), "revoked");
        return withStatus(CertificateStatus.REVOKED, reason, at, supersededBy);
    }

    /** Ended on request or because the holder ceased to exist (注销); final. */
    public Certificate cancel(String reason, Instant at) {
        require(IN_FORCE.contains(status), "cancelled");
        return withStatus(CertificateStatus.CANCELLED, reason, at, supersededBy);
    }

    /** Transferred out to another jurisdiction's issuer (迁出); final. */
    public Certificate transferOut(String reason, Instant at) {
        require(IN_FORCE.contains(status), "transferred-out");
        return withStatus(CertificateStatus.TRANSFERRED_OUT, reason, at, supersededBy);
    }

    /** Withdrawn by the issuer (撤回), e.g. issued in error; final. */
    public Certificate withdraw(String reason, Instant at) {
        require(IN_FORCE.contains(status), "withdrawn");
        return withStatus(CertificateStatus.WITHDRAWN, reason, at, supersededBy);
    }

    /** Replaced by {@code next}, the corrected version. */
    public Certificate supersede(String nextIdentifier, String reason, Instant at) {
        require(IN_FORCE.contains(status), "corrected");
        return withStatus(CertificateStatus.SUPERSEDED, reason, at, nextIdentifier);
    }

    /** Whether a correction may still be made: only a certificate in force is corrected. */
    public boolean inForce() {
        return IN_FORCE.contains(status);
    }

    /**
     * The content the issuer's seal covers, canonicalised by the signature feature: everything a
     * verifier relies on. The holder appears by ID type and keyed hash, never by number, so a seal
     * can be checked without decrypting personal data.
     */
    public Map<String, Object> sealedContent() {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("idType", holderIdType);
        holder.put("idHash", holderIdHash);
        holder.put("name", holderName);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("identifier", identifier);
        content.put("typeCode", typeCode);
        content.put("issuerCode", issuerCode);
        content.put("holder", holder);
        content.put("metadata", new LinkedHashMap<>(metadata.values()));
        content.put("validFrom", validFrom.toString());
        content.put("validUntil", validUntil == null ? null : validUntil.toString());
        content.put("issuedAt", DateTimeFormatter.ISO_INSTANT.format(issuedAt));
        return content;
    }

    public Certificate sealedWith(Seal newSeal) {
        return new Certificate(id, identifier, typeCode, issuerCode, serial, version, holderIdType, holderIdHash,
                holderIdEncrypted, holderName, metadata, validFrom, validUntil, issuedAt, regionCode, status, statusReason,
                statusChangedAt, supersededBy, newSeal, caseNumber, imported);
    }

    /** The next version with corrected data, valid for the same period, not yet sealed. */
    public Certificate correctedVersion(UUID newId, String newIdentifier, Metadata newMetadata, String newHolderName, Instant at) {
        return new Certificate(newId, newIdentifier, typeCode, issuerCode, serial, version + 1, holderIdType, holderIdHash,
                holderIdEncrypted, newHolderName, newMetadata, validFrom, validUntil, at, regionCode, CertificateStatus.VALID,
                null, at, null, null, caseNumber, imported);
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new CertificateStatusException(status, action);
        }
    }

    private Certificate withStatus(CertificateStatus newStatus, String reason, Instant at, String newSupersededBy) {
        return new Certificate(id, identifier, typeCode, issuerCode, serial, version, holderIdType, holderIdHash,
                holderIdEncrypted, holderName, metadata, validFrom, validUntil, issuedAt, regionCode, newStatus, reason, at,
                newSupersededBy, seal, caseNumber, imported);
    }
}
