package cn.yiwang.certificate.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Map;

/**
 * {@code yiwang.certificate.signing.*}.
 *
 * @param defaultAlgorithm  the algorithm of an issuer's first key and of rotations that name none
 * @param wrapKeys          key-wrapping keys by id (base64, 32 bytes) — from the environment only
 * @param currentWrapKeyId  the wrapping key for new issuer keys
 * @param trustList         other platforms' issuer public keys whose seals verification accepts
 */
@ConfigurationProperties("yiwang.certificate.signing")
public record SealProperties(@DefaultValue("SM2_SM3") SealAlgorithm defaultAlgorithm, Map<String, String> wrapKeys,
                             String currentWrapKeyId, List<TrustedKey> trustList) {

    public SealProperties {
        wrapKeys = wrapKeys == null ? Map.of() : Map.copyOf(wrapKeys);
        trustList = trustList == null ? List.of() : List.copyOf(trustList);
    }

    /**
     * A foreign issuer's verification key.
     *
     * @param platform   who vouches for it (for the verification answer)
     * @param keyId      the key id foreign seals name
     * @param issuerCode the issuer's unified social credit code
     * @param algorithm  its seal algorithm
     * @param publicKey  X.509 SubjectPublicKeyInfo, base64
     */
    public record TrustedKey(String platform, String keyId, String issuerCode, SealAlgorithm algorithm, String publicKey) {
    }

    @Override
    public String toString() {
        return "SealProperties[defaultAlgorithm=" + defaultAlgorithm + ", wrapKeys=" + wrapKeys.keySet()
                + ", trustList=" + trustList.size() + "]";
    }
}
