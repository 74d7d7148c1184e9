package cn.yiwang.certificate.objection.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A holder's objection to data on one certificate version and the issuer's decision. Decided
 * once: a correction or a rejection with its reason, which the holder sees.
 *
 * @param regionCode the certificate's region: the issuer's staff decide within their region's subtree
 * @param field the disputed field, or null for the certificate as a whole
 * @param dueAt when the issuer must have decided (configurable review time)
 */
@Table("objection")
public record Objection(@Id UUID id, UUID certificateId, String issuerCode, String regionCode, String holderIdHash, String field,
                        String description, ObjectionStatus status, Instant raisedAt, Instant dueAt, Instant decidedAt,
                        String decisionReason, String correctedIdentifier) {

    public static final int MAX_DESCRIPTION = 1000;

    public boolean overdueAt(Instant now) {
        return status == ObjectionStatus.OPEN && now.isAfter(dueAt);
    }

    public Objection corrected(String newIdentifier, String reason, Instant at) {
        requireOpen();
        return new Objection(id, certificateId, issuerCode, regionCode, holderIdHash, field, description, ObjectionStatus.CORRECTED,
                raisedAt, dueAt, at, reason, newIdentifier);
    }

    public Objection rejected(String reason, Instant at) {
        requireOpen();
        return new Objection(id, certificateId, issuerCode, regionCode, holderIdHash, field, description, ObjectionStatus.REJECTED,
                raisedAt, dueAt, at, reason, null);
    }

    private void requireOpen() {
        if (status != ObjectionStatus.OPEN) {
            throw new IllegalStateException("objection already decided: " + status);
        }
    }
}
