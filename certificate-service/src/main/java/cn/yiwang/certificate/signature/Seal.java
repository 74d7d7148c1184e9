package cn.yiwang.certificate.signature;

import org.springframework.data.annotation.PersistenceCreator;

import java.util.Objects;

/**
 * A seal over some content: which algorithm, which key (so rotated keys still verify), the value in
 * base64 and the format of that value: an {@link ElectronicSeal} structure ({@link SealFormat#SES},
 * what this platform makes) or a bare DER signature ({@link SealFormat#RAW}, older seals).
 */
public record Seal(SealAlgorithm algorithm, String keyId, String value, SealFormat format) {

    @PersistenceCreator
    public Seal(SealAlgorithm algorithm, String keyId, String value, SealFormat format) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.keyId = Objects.requireNonNull(keyId, "keyId");
        this.value = Objects.requireNonNull(value, "value");
        this.format = format == null ? SealFormat.RAW : format;
    }

    /** A bare signature, the format before the seal structure. */
    public Seal(SealAlgorithm algorithm, String keyId, String value) {
        this(algorithm, keyId, value, SealFormat.RAW);
    }
}
