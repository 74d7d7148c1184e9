package cn.yiwang.certificate.wallet;

import cn.yiwang.certificate.issuance.CertificateQueries;
import cn.yiwang.certificate.issuance.CertificateSnapshot;
import cn.yiwang.certificate.support.Messages;
import cn.yiwang.certificate.wallet.domain.DisplayToken;
import cn.yiwang.certificate.wallet.domain.DisplayTokenRepository;
import cn.yiwang.common.problem.ProblemException;
import cn.yiwang.common.problem.Violation;
import cn.yiwang.common.security.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Creates show-on-phone tokens for holders and redeems them, once, for verifiers. */
@Service
@Transactional
public class DisplayTokens {

    /** The field name by which a holder chooses to reveal their name; metadata fields use their own names. */
    public static final String HOLDER_NAME = "holderName";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String REDEEM = """
            UPDATE display_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
            """;

    private final DisplayTokenRepository tokens;
    private final JdbcAggregateTemplate aggregates;
    private final JdbcTemplate jdbc;
    private final CertificateQueries certificates;
    private final Messages messages;
    private final Clock clock;
    private final Duration lifetime;
    private final String qrPrefix;

    public DisplayTokens(DisplayTokenRepository tokens, JdbcAggregateTemplate aggregates, JdbcTemplate jdbc,
                         CertificateQueries certificates, Messages messages, Clock clock,
                         @Value("${yiwang.certificate.display.lifetime:60s}") Duration lifetime,
                         @Value("${yiwang.certificate.display.qr-prefix:YWZZ1:}") String qrPrefix) {
        this.tokens = tokens;
        this.aggregates = aggregates;
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.messages = messages;
        this.clock = clock;
        this.lifetime = lifetime;
        this.qrPrefix = qrPrefix;
    }

    /** 亮证: a token for the holder's own certificate revealing {@code fields}, with its QR code. */
    public Display show(UUID certificateId, List<String> fields, Actor actor) {
        CertificateSnapshot certificate = certificates.ownedBy(certificateId, actor);
        LinkedHashSet<String> chosen = new LinkedHashSet<>(fields == null ? List.of() : fields);
        List<Violation> violations = new ArrayList<>();
        for (String field : chosen) {
            if (!HOLDER_NAME.equals(field) && !certificate.metadata().containsKey(field)) {
                violations.add(messages.violation("fields", "unknown", "certificate.display.unknown-field", field));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DisplayToken stored = aggregates.insert(new DisplayToken(hash(token), certificateId, String.join(",", chosen), now,
                now.plus(lifetime), null));
        String content = qrPrefix + token;
        return new Display(content, stored.expiresAt(), QrCodes.png(content));
    }

    /** Whether {@code qrContent} is one of our show-on-phone codes (rather than a sealed document). */
    public boolean isDisplayCode(String qrContent) {
        return qrContent != null && qrContent.startsWith(qrPrefix);
    }

    /**
     * Uses the token in {@code qrContent}: succeeds once, before expiry. The conditional update is
     * atomic, so two verifiers scanning the same code at the same moment cannot both succeed.
     */
    public Redemption redeem(String qrContent) {
        String tokenHash = hash(qrContent.substring(qrPrefix.length()).strip());
        Instant now = clock.instant();
        int used = jdbc.update(REDEEM, Timestamp.from(now), tokenHash, Timestamp.from(now));
        Optional<DisplayToken> token = tokens.findById(tokenHash);
        if (used == 1) {
            return new Redemption(token.orElseThrow().certificateId(), token.get().fields(), null);
        }
        return new Redemption(null, List.of(), token.map(t -> t.refusalAt(now)).orElse(DisplayToken.Refusal.UNKNOWN));
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A created showing: what the QR code says, until when, and the PNG. */
    public record Display(String qrContent, Instant expiresAt, byte[] png) {
    }

    /** A redeemed token's certificate and chosen fields, or why it was refused. */
    public record Redemption(UUID certificateId, List<String> shownFields, DisplayToken.Refusal refusal) {
    }
}
