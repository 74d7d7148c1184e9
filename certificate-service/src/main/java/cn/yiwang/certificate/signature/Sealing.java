package cn.yiwang.certificate.signature;

import cn.yiwang.certificate.signature.domain.IssuerKey;
import cn.yiwang.certificate.signature.domain.IssuerKeyRepository;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals content for an issuer and checks seals. An issuer's first seal creates its key; a
 * rotation retires the active key and creates a new one, and seals name their key, so seals made
 * before a rotation keep verifying.
 */
@Service
public class Sealing {

    private final IssuerKeyRepository keys;
    private final JdbcAggregateTemplate aggregates;
    private final SealProperties properties;
    private volatile KeyWrapping wrapping;
    private final Clock clock;

    public Sealing(IssuerKeyRepository keys, JdbcAggregateTemplate aggregates, SealProperties properties, Clock clock) {
        this.keys = keys;
        this.aggregates = aggregates;
        this.properties = properties;
        this.clock = clock;
    }

    /** Seals {@code canonicalContent} with the issuer's active key, creating one on first use. */
    @Transactional
    public Seal seal(String issuerCode, byte[] canonicalContent) {
        IssuerKey key = keys.findByIssuerCodeAndRetiredAtIsNull(issuerCode)
                .orElseGet(() -> create(issuerCode, properties.defaultAlgorithm()));
        byte[] pkcs8 = wrapping().unwrap(key.wrappedPrivateKey(), key.wrapKeyId(), key.keyId());
        byte[] value = Signatures.sign(key.algorithm(), Signatures.decodePrivateKey(pkcs8), canonicalContent);
        return new Seal(key.algorithm(), key.keyId(), Base64.getEncoder().encodeToString(value));
    }

    /** Retires the issuer's active key (if any) and creates a new one; returns the new key. */
    @Transactional
    public IssuerKeyView rotate(String issuerCode, SealAlgorithm algorithm) {
        keys.findByIssuerCodeAndRetiredAtIsNull(issuerCode)
                .ifPresent(active -> aggregates.update(active.retire(clock.instant())));
        return IssuerKeyView.of(create(issuerCode, algorithm == null ? properties.defaultAlgorithm() : algorithm));
    }

    /** Every key of the issuer, newest first, public parts only. */
    @Transactional(readOnly = true)
    public List<IssuerKeyView> keysOf(String issuerCode) {
        return keys.findByIssuerCodeOrderByCreatedAtDesc(issuerCode).stream().map(IssuerKeyView::of).toList();
    }

    /**
     * Checks a seal over {@code canonicalContent} that claims to come from {@code issuerCode}:
     * the key must be one of this platform's issuer keys or on the trust list, belong to that
     * issuer, have the seal's algorithm, and the signature must match.
     */
    @Transactional(readOnly = true)
    public SealCheck check(String issuerCode, byte[] canonicalContent, Seal seal) {
        Optional<IssuerKey> own = keys.findById(seal.keyId());
        String keyIssuer;
        String platform;
        PublicKey publicKey;
        SealAlgorithm algorithm;
        if (own.isPresent()) {
            keyIssuer = own.get().issuerCode();
            platform = null;
            publicKey = Signatures.decodePublicKey(own.get().publicKey());
            algorithm = own.get().algorithm();
        } else {
            Optional<SealProperties.TrustedKey> trusted = properties.trustList().stream()
                    .filter(key -> key.keyId().equals(seal.keyId())).findFirst();
            if (trusted.isEmpty()) {
                return SealCheck.of(SealCheck.Outcome.UNKNOWN_KEY);
            }
            keyIssuer = trusted.get().issuerCode();
            platform = trusted.get().platform();
            publicKey = Signatures.decodePublicKey(trusted.get().publicKey());
            algorithm = trusted.get().algorithm();
        }
        if (!keyIssuer.equals(issuerCode)) {
            return new SealCheck(SealCheck.Outcome.KEY_OF_ANOTHER_ISSUER, platform);
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(seal.value());
        } catch (IllegalArgumentException e) {
            return new SealCheck(SealCheck.Outcome.SIGNATURE_MISMATCH, platform);
        }
        // The algorithm comes from the key, never from the seal: a seal must not choose a weaker check.
        boolean matches = algorithm == seal.algorithm() && Signatures.verify(algorithm, publicKey, canonicalContent, value);
        return new SealCheck(matches ? SealCheck.Outcome.VALID : SealCheck.Outcome.SIGNATURE_MISMATCH, platform);
    }

    private IssuerKey create(String issuerCode, SealAlgorithm algorithm) {
        KeyPair pair = Signatures.generate(algorithm);
        String keyId = issuerCode + "-" + UUID.randomUUID().toString().substring(0, 8);
        IssuerKey key = new IssuerKey(keyId, issuerCode, algorithm, Signatures.encodePublicKey(pair.getPublic()),
                wrapping().wrap(pair.getPrivate().getEncoded(), keyId), wrapping().currentId(), clock.instant(), null);
        return aggregates.insert(key);
    }

    /**
     * The key-wrapping keys, checked when first needed: without them the service still starts and
     * verifies (public keys need no wrapping), and sealing fails with a message naming the settings.
     */
    private KeyWrapping wrapping() {
        KeyWrapping current = wrapping;
        if (current == null) {
            current = new KeyWrapping(properties.wrapKeys(), properties.currentWrapKeyId());
            wrapping = current;
        }
        return current;
    }

    /** An issuer key as anyone may see it: the public key is public. */
    public record IssuerKeyView(String keyId, String issuerCode, SealAlgorithm algorithm, String publicKey,
                                java.time.Instant createdAt, java.time.Instant retiredAt) {

        static IssuerKeyView of(IssuerKey key) {
            return new IssuerKeyView(key.keyId(), key.issuerCode(), key.algorithm(), key.publicKey(), key.createdAt(), key.retiredAt());
        }
    }
}
