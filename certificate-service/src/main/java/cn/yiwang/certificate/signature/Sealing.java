package cn.yiwang.certificate.signature;

import cn.yiwang.certificate.signature.domain.IssuerKey;
import cn.yiwang.certificate.signature.domain.IssuerKeyRepository;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    /** How far apart two hosts' clocks may be before a signing time counts as outside a key's use. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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
        byte[] value = ElectronicSeal.create(key.algorithm(), key.keyId(), issuerCode, key.createdAt(), clock.instant(),
                Signatures.decodePrivateKey(pkcs8), Signatures.decodePublicKey(key.publicKey()), canonicalContent);
        return new Seal(key.algorithm(), key.keyId(), Base64.getEncoder().encodeToString(value), SealFormat.SES);
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
     * issuer and have the seal's algorithm. A seal structure ({@link SealFormat#SES}) must also be
     * well formed, carry that very key, have been made while the key was in use, hold the
     * content's hash and be signed; a bare signature ({@link SealFormat#RAW}) must match the content.
     */
    @Transactional(readOnly = true)
    public SealCheck check(String issuerCode, byte[] canonicalContent, Seal seal) {
        Optional<IssuerKey> own = keys.findById(seal.keyId());
        String keyIssuer;
        String platform;
        String encodedKey;
        SealAlgorithm algorithm;
        Instant inUseFrom = null;
        Instant inUseUntil = null;
        if (own.isPresent()) {
            keyIssuer = own.get().issuerCode();
            platform = null;
            encodedKey = own.get().publicKey();
            algorithm = own.get().algorithm();
            inUseFrom = own.get().createdAt();
            inUseUntil = own.get().retiredAt();
        } else {
            Optional<SealProperties.TrustedKey> trusted = properties.trustList().stream()
                    .filter(key -> key.keyId().equals(seal.keyId())).findFirst();
            if (trusted.isEmpty()) {
                return SealCheck.of(SealCheck.Outcome.UNKNOWN_KEY);
            }
            keyIssuer = trusted.get().issuerCode();
            platform = trusted.get().platform();
            encodedKey = trusted.get().publicKey();
            algorithm = trusted.get().algorithm();
        }
        if (!keyIssuer.equals(issuerCode)) {
            return new SealCheck(SealCheck.Outcome.KEY_OF_ANOTHER_ISSUER, platform);
        }
        byte[] value;
        try {
            value = Base64.getDecoder().decode(seal.value());
        } catch (IllegalArgumentException e) {
            return new SealCheck(seal.format() == SealFormat.SES ? SealCheck.Outcome.MALFORMED : SealCheck.Outcome.SIGNATURE_MISMATCH, platform);
        }
        PublicKey publicKey = Signatures.decodePublicKey(encodedKey);
        // The algorithm comes from the key, never from the seal: a seal must not choose a weaker check.
        if (algorithm != seal.algorithm()) {
            return new SealCheck(SealCheck.Outcome.SIGNATURE_MISMATCH, platform);
        }
        if (seal.format() == SealFormat.RAW) {
            boolean matches = Signatures.verify(algorithm, publicKey, canonicalContent, value);
            return new SealCheck(matches ? SealCheck.Outcome.VALID : SealCheck.Outcome.SIGNATURE_MISMATCH, platform);
        }
        return new SealCheck(checkStructure(value, seal.keyId(), issuerCode, algorithm, publicKey, inUseFrom, inUseUntil,
                canonicalContent), platform);
    }

    private SealCheck.Outcome checkStructure(byte[] value, String keyId, String issuerCode, SealAlgorithm algorithm,
                                             PublicKey publicKey, Instant inUseFrom, Instant inUseUntil, byte[] content) {
        ElectronicSeal.Parsed parsed;
        try {
            parsed = ElectronicSeal.parse(value);
        } catch (IllegalArgumentException e) {
            return SealCheck.Outcome.MALFORMED;
        }
        if (parsed.version() != ElectronicSeal.VERSION || !ElectronicSeal.PROPERTY_INFO.equals(parsed.propertyInfo())
                || !algorithm.oid().equals(parsed.algorithmOid())) {
            return SealCheck.Outcome.MALFORMED;
        }
        // The signer the structure names must be the key the seal is filed under (GB/T 38540: check the signer certificate).
        if (!keyId.equals(parsed.sealId()) || !java.util.Arrays.equals(publicKey.getEncoded(), parsed.signerKey())) {
            return SealCheck.Outcome.UNKNOWN_KEY;
        }
        if (!issuerCode.equals(parsed.issuerCode())) {
            return SealCheck.Outcome.KEY_OF_ANOTHER_ISSUER;
        }
        // Validity at signing time: not before the key existed, not after it was retired, not in the future.
        Instant signedAt = parsed.signedAt();
        if ((inUseFrom != null && signedAt.isBefore(inUseFrom.minus(CLOCK_SKEW)))
                || (inUseUntil != null && signedAt.isAfter(inUseUntil))
                || signedAt.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            return SealCheck.Outcome.SIGNED_OUTSIDE_KEY_VALIDITY;
        }
        if (!java.security.MessageDigest.isEqual(ElectronicSeal.digest(algorithm, content), parsed.dataHash())) {
            return SealCheck.Outcome.SIGNATURE_MISMATCH;
        }
        return Signatures.verify(algorithm, publicKey, parsed.toSign(), parsed.signature())
                ? SealCheck.Outcome.VALID : SealCheck.Outcome.SIGNATURE_MISMATCH;
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
