package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.support.PageView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every read of a certificate by someone other than its holder (ARCHITECTURE.md "Personal data";
 * DOMAIN.md §5: every use is logged), for the holder to see who looked and why.
 */
@Component
public class AccessLog {

    /** Purpose code of a read by the issuing body itself (not under a grant). */
    public static final String ISSUER_READ = "issuer-read";
    /** Purpose code of a show-on-phone code redeemed by a verifier. */
    public static final String DISPLAY = "display";
    /** Checked for a case (免证办) by the case-service or the staff handling it. */
    public static final String CASE_CHECK = "case-check";

    private final JdbcTemplate jdbc;
    private final Messages messages;
    private final Clock clock;

    AccessLog(JdbcTemplate jdbc, Messages messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** Joins the caller's transaction, or opens one: a read that is not logged must not be served. */
    @Transactional(propagation = Propagation.REQUIRED)
    public Instant record(UUID certificateId, String holderIdHash, UUID grantId, String accessor, String accessorOrg, String purpose) {
        Instant now = clock.instant();
        jdbc.update("""
                INSERT INTO access_log (id, certificate_id, holder_id_hash, grant_id, accessor, accessor_org, purpose, accessed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), certificateId, holderIdHash, grantId, accessor, accessorOrg, purpose, Timestamp.from(now));
        return now;
    }

    /** The holder's log, newest first. */
    @Transactional(readOnly = true)
    public PageView<Entry> of(String holderIdHash, int page, int size) {
        Long total = jdbc.queryForObject("SELECT count(*) FROM access_log WHERE holder_id_hash = ?", Long.class, holderIdHash);
        List<Entry> entries = jdbc.query("""
                SELECT l.certificate_id, c.identifier, l.grant_id, l.accessor, l.accessor_org, l.purpose, l.accessed_at
                FROM access_log l JOIN certificate c ON c.id = l.certificate_id
                WHERE l.holder_id_hash = ? ORDER BY l.accessed_at DESC LIMIT ? OFFSET ?
                """, (rs, row) -> {
            UUID grant = rs.getObject("grant_id", UUID.class);
            String purpose = rs.getString("purpose");
            return new Entry(rs.getObject("certificate_id", UUID.class), rs.getString("identifier"), grant,
                    rs.getString("accessor"), rs.getString("accessor_org"),
                    grant == null ? messages.get("certificate.access." + purpose) : purpose,
                    rs.getTimestamp("accessed_at").toInstant());
        }, holderIdHash, size, (long) page * size);
        long totalItems = total == null ? 0 : total;
        return new PageView<>(entries, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }

    /** One read: which certificate, under which grant, by whom (the agency's organisation), what for, when. */
    public record Entry(UUID certificateId, String identifier, UUID grantId, String accessor, String accessorOrg,
                        String purpose, Instant accessedAt) {
    }
}
