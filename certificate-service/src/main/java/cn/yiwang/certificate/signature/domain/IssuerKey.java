package cn.yiwang.certificate.signature.domain;

import cn.yiwang.certificate.signature.SealAlgorithm;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;

/**
 * One signing key of one issuer. The private key is stored wrapped (encrypted with a key-wrapping
 * key from the environment, whose id is kept beside it); the public key stays readable so that
 * every seal made with this key can be verified for as long as the row exists, also after the
 * key is retired by a rotation.
 */
@Table("issuer_key")
public record IssuerKey(@Id String keyId, String issuerCode, SealAlgorithm algorithm, String publicKey,
                        String wrappedPrivateKey, String wrapKeyId, Instant createdAt, Instant retiredAt) {

    public boolean isActive() {
        return retiredAt == null;
    }

    public IssuerKey retire(Instant at) {
        return new IssuerKey(keyId, issuerCode, algorithm, publicKey, wrappedPrivateKey, wrapKeyId, createdAt, at);
    }
}
