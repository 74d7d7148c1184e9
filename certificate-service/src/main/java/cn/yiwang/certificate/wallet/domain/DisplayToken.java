package cn.yiwang.certificate.wallet.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One showing of a certificate. Only the SHA-256 of the token is kept, so whoever reads the
 * database cannot show someone else's certificate. A token works once and only until it expires:
 * a screenshot passed on or scanned later shows nothing.
 *
 * @param shownFields comma-separated names of the fields the holder chose to reveal
 */
@Table("display_token")
public record DisplayToken(@Id String tokenHash, UUID certificateId, String shownFields, Instant createdAt,
                           Instant expiresAt, Instant usedAt) {

    public enum Refusal { UNKNOWN, USED, EXPIRED }

    public List<String> fields() {
        return shownFields.isEmpty() ? List.of() : Arrays.asList(shownFields.split(","));
    }

    /** Why this token cannot be redeemed at {@code now}, or null if it can. */
    public Refusal refusalAt(Instant now) {
        if (usedAt != null) {
            return Refusal.USED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }
}
