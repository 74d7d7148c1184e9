package cn.yiwang.certificate.authorisation.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * The holder's consent to one use of one certificate. It holds only until {@code validUntil} and
 * can be withdrawn earlier; the reason is what the copy is marked with.
 */
@Table("use_grant")
public record UseGrant(@Id UUID id, UUID certificateId, String holderIdHash, GranteeKind granteeKind, String grantee,
                       String reason, Instant validUntil, Instant grantedAt, Instant withdrawnAt) {

    /** DOMAIN.md §5: the stated reason has at most 200 characters. */
    public static final int MAX_REASON = 200;

    public boolean activeAt(Instant now) {
        return withdrawnAt == null && now.isBefore(validUntil);
    }

    public UseGrant withdraw(Instant at) {
        return new UseGrant(id, certificateId, holderIdHash, granteeKind, grantee, reason, validUntil, grantedAt, at);
    }
}
