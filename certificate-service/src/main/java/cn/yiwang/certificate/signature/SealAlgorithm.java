package cn.yiwang.certificate.signature;

/**
 * The signature algorithms a seal may use. SM2 over SM3 is the default because commercial
 * cryptography compliance (商用密码, GB/T 38540) requires it to be available; ECDSA P-256 serves
 * partners that cannot verify SM2 yet. Both keep the algorithm in the seal, so it stays pluggable.
 */
public enum SealAlgorithm {

    /** SM2 signature (GB/T 32918.2) over SM3 (GB/T 32905) with the default user ID of GM/T 0009. */
    SM2_SM3("SM3withSM2", "sm2p256v1"),
    /** ECDSA on NIST P-256 over SHA-256. */
    ECDSA_P256_SHA256("SHA256withECDSA", "secp256r1");

    private final String jcaName;
    private final String curve;

    SealAlgorithm(String jcaName, String curve) {
        this.jcaName = jcaName;
        this.curve = curve;
    }

    public String jcaName() {
        return jcaName;
    }

    public String curve() {
        return curve;
    }
}
