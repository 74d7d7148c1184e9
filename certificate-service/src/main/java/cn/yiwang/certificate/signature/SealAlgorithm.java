package cn.yiwang.certificate.signature;

/**
 * The signature algorithms a seal may use. SM2 over SM3 is the default because commercial
 * cryptography compliance (商用密码, GB/T 38540) requires it to be available; ECDSA P-256 serves
 * partners that cannot verify SM2 yet. Both keep the algorithm in the seal, so it stays pluggable.
 */
public enum SealAlgorithm {

    /** SM2 signature (GB/T 32918.2) over SM3 (GB/T 32905) with the default user ID of GM/T 0009. */
    SM2_SM3("SM3withSM2", "sm2p256v1", "1.2.156.10197.1.501", "SM3"),
    /** ECDSA on NIST P-256 over SHA-256. */
    ECDSA_P256_SHA256("SHA256withECDSA", "secp256r1", "1.2.840.10045.4.3.2", "SHA-256");

    private final String jcaName;
    private final String curve;
    private final String oid;
    private final String digest;

    SealAlgorithm(String jcaName, String curve, String oid, String digest) {
        this.jcaName = jcaName;
        this.curve = curve;
        this.oid = oid;
        this.digest = digest;
    }

    /** The signature algorithm's object identifier (GM/T 0006 for SM2 with SM3, RFC 5758 for ECDSA with SHA-256). */
    public String oid() {
        return oid;
    }

    /** The digest of the data hash in a seal structure: SM3 with SM2, SHA-256 with ECDSA. */
    public String digest() {
        return digest;
    }

    public static java.util.Optional<SealAlgorithm> ofOid(String oid) {
        for (SealAlgorithm algorithm : values()) {
            if (algorithm.oid.equals(oid)) {
                return java.util.Optional.of(algorithm);
            }
        }
        return java.util.Optional.empty();
    }

    public String jcaName() {
        return jcaName;
    }

    public String curve() {
        return curve;
    }
}
