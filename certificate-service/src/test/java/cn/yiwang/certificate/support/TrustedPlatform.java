package cn.yiwang.certificate.support;

import cn.yiwang.certificate.signature.SealAlgorithm;
import cn.yiwang.certificate.signature.Signatures;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.security.KeyPair;

/**
 * Another platform (互通互认) whose issuer key is on this service's trust list in the tests, and
 * one whose key is not. Keys are generated per test JVM.
 */
public final class TrustedPlatform {

    public static final String PLATFORM = "甘肃省一体化政务服务平台";
    public static final String ISSUER = "11620000MB0000001R";
    public static final String KEY_ID = "gs-" + ISSUER + "-1";
    public static final KeyPair KEYS = Signatures.generate(SealAlgorithm.SM2_SM3);
    public static final KeyPair UNTRUSTED_KEYS = Signatures.generate(SealAlgorithm.SM2_SM3);

    private TrustedPlatform() {
    }

    static void register(DynamicPropertyRegistry registry) {
        registry.add("yiwang.certificate.signing.trust-list[0].platform", () -> PLATFORM);
        registry.add("yiwang.certificate.signing.trust-list[0].key-id", () -> KEY_ID);
        registry.add("yiwang.certificate.signing.trust-list[0].issuer-code", () -> ISSUER);
        registry.add("yiwang.certificate.signing.trust-list[0].algorithm", () -> "SM2_SM3");
        registry.add("yiwang.certificate.signing.trust-list[0].public-key", () -> Signatures.encodePublicKey(KEYS.getPublic()));
    }
}
