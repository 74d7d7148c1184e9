package cn.yiwang.certificate.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Personal-data and key-wrapping keys for the tests, generated per test JVM: the service refuses
 * to start without them, and no key material is ever committed.
 */
public final class TestKeys {

    private static final String PERSONAL_DATA_KEY = randomKey();
    private static final String HASH_KEY = randomKey();
    private static final String WRAP_KEY = randomKey();

    private TestKeys() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registerPersonalData(registry);
        registry.add("yiwang.certificate.signing.wrap-keys.w1", () -> WRAP_KEY);
        registry.add("yiwang.certificate.signing.current-wrap-key-id", () -> "w1");
    }

    /** Only what the local launcher provides today: the platform's personal-data keys. */
    public static void registerPersonalData(DynamicPropertyRegistry registry) {
        registry.add("yiwang.personal-data.encryption-keys.test1", () -> PERSONAL_DATA_KEY);
        registry.add("yiwang.personal-data.current-key-id", () -> "test1");
        registry.add("yiwang.personal-data.hash-key", () -> HASH_KEY);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
