package cn.yiwang.common.personaldata;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import javax.crypto.Cipher;
import java.security.GeneralSecurityException;
import java.security.Provider;

/**
 * Field encryption algorithms: AES-256-GCM from the JDK by default; SM4-GCM (GB/T 32907) from
 * BouncyCastle where commercial cryptography (商用密码) compliance asks for SM algorithms.
 */
public enum CipherAlgorithm {
    AES_GCM("AES", "AES", 32),
    SM4_GCM("SM4", "SM4", 16);

    private final String label;
    private final String keyAlgorithm;
    private final int keyBytes;

    CipherAlgorithm(String label, String keyAlgorithm, int keyBytes) {
        this.label = label;
        this.keyAlgorithm = keyAlgorithm;
        this.keyBytes = keyBytes;
    }

    /** The name written into stored values ({@code v1:AES:…}). */
    public String label() {
        return label;
    }

    String keyAlgorithm() {
        return keyAlgorithm;
    }

    /** Required key length: 32 bytes for AES-256, 16 bytes for SM4. */
    public int keyBytes() {
        return keyBytes;
    }

    Cipher newCipher() throws GeneralSecurityException {
        return this == AES_GCM
                ? Cipher.getInstance("AES/GCM/NoPadding")
                : Cipher.getInstance("SM4/GCM/NoPadding", Bouncy.PROVIDER);
    }

    static CipherAlgorithm ofLabel(String label) {
        for (CipherAlgorithm algorithm : values()) {
            if (algorithm.label.equals(label)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown field cipher algorithm " + label);
    }

    /**
     * The provider instance is used directly, never registered with {@code Security.addProvider}:
     * the rest of the JVM keeps the JDK's providers and BouncyCastle loads only when SM is used.
     */
    static final class Bouncy {
        static final Provider PROVIDER = new BouncyCastleProvider();

        private Bouncy() {
        }
    }
}
