package cn.yiwang.certificate.signature;

import java.util.Objects;

/**
 * A seal over some content: which algorithm, which key (so rotated keys still verify), and the
 * signature value in base64 (DER-encoded for both SM2 and ECDSA).
 */
public record Seal(SealAlgorithm algorithm, String keyId, String value) {

    public Seal {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(value, "value");
    }
}
