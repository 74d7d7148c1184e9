package cn.yiwang.certificate.holder;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Holder ID numbers at rest (ARCHITECTURE.md "Personal data"): AES-256-GCM with a key id in
 * front of each value so keys can rotate, and an HMAC-SHA256 keyed hash of the normalised number,
 * hex, which is what the identity provider puts in the {@code id_hash} token claim.
 *
 * <p>A stop-gap until common-lib's {@code cn.yiwang.common.personaldata.PersonalDataProtector} is on
 * main: it reads the same {@code yiwang.personal-data.*} settings and hashes the same way, so the
 * switch changes no stored hash.
 */
public final class HolderIdProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
    private final String currentKeyId;
    private final SecretKeySpec hashKey;

    public HolderIdProtection(Map<String, String> base64Keys, String currentKeyId, String base64HashKey) {
        if (base64Keys == null || base64Keys.isEmpty() || currentKeyId == null || base64HashKey == null) {
            throw new IllegalStateException("Personal-data keys are not configured: set yiwang.personal-data.encryption-keys.<id>, "
                    + "yiwang.personal-data.current-key-id and yiwang.personal-data.hash-key (base64) from the environment");
        }
        base64Keys.forEach((id, key) -> {
            byte[] bytes = Base64.getDecoder().decode(key.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("yiwang.personal-data.encryption-keys." + id + " must be 32 bytes (AES-256)");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        if (!keys.containsKey(currentKeyId)) {
            throw new IllegalStateException("yiwang.personal-data.current-key-id names no configured key: " + currentKeyId);
        }
        this.currentKeyId = currentKeyId;
        byte[] hash = Base64.getDecoder().decode(base64HashKey.strip());
        if (hash.length < 32) {
            throw new IllegalStateException("yiwang.personal-data.hash-key needs at least 32 bytes");
        }
        this.hashKey = new SecretKeySpec(hash, "HmacSHA256");
    }

    /** {@code <key id>:<base64(iv ‖ ciphertext ‖ tag)>}. */
    public String encrypt(String plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return currentKeyId + ":" + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    public String decrypt(String stored) {
        int colon = stored.indexOf(':');
        String keyId = stored.substring(0, colon);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("no personal-data key with id " + keyId + " is configured");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored holder ID could not be decrypted", e);
        }
    }

    /** Keyed hash of the trimmed, upper-case number: 64 lower-case hex digits. */
    public String hash(String number) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(hashKey);
            return HexFormat.of().formatHex(mac.doFinal(number.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "HolderIdProtection[keys=" + keys.keySet() + ", current=" + currentKeyId + "]";
    }
}
