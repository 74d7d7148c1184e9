package cn.yiwang.common.personaldata;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Encrypts single field values for storage: {@code v1:<algorithm>:<key id>:<base64(iv ‖ ciphertext ‖ tag)>}.
 * A fresh random 96-bit IV per value (GCM's recommended size, NIST SP 800-38D) means equal values
 * encrypt differently; lookups go through {@link KeyedHash}. The header is authenticated as
 * associated data, so nobody can relabel a value with another key or algorithm.
 *
 * <p>Keys rotate: new values are encrypted with the current key; values under any configured key
 * still decrypt, and {@link #isCurrent} finds the ones a re-encryption job should rewrite.
 */
public final class FieldCipher {

    static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, byte[]> keys;
    private final String currentKeyId;
    private final CipherAlgorithm algorithm;

    /**
     * @param keys         key id → raw key bytes; ids are lower-case letters, digits, '-' and '_'
     * @param currentKeyId the key new values are encrypted with
     * @param algorithm    the algorithm new values are encrypted with
     */
    public FieldCipher(Map<String, byte[]> keys, String currentKeyId, CipherAlgorithm algorithm) {
        Objects.requireNonNull(algorithm, "algorithm");
        Map<String, byte[]> copy = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (!id.matches("[a-z0-9_-]+")) {
                throw new IllegalArgumentException("key id '" + id + "' must be lower-case letters, digits, '-' or '_'");
            }
            copy.put(id, key.clone());
        });
        byte[] current = copy.get(currentKeyId);
        if (current == null) {
            throw new IllegalArgumentException("the current key id '" + currentKeyId + "' is not among the configured keys " + copy.keySet());
        }
        if (current.length != algorithm.keyBytes()) {
            throw new IllegalArgumentException("key '" + currentKeyId + "' has " + current.length + " bytes; " + algorithm
                    + " needs " + algorithm.keyBytes());
        }
        this.keys = copy;
        this.currentKeyId = currentKeyId;
        this.algorithm = algorithm;
    }

    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        String header = VERSION + ":" + algorithm.label() + ":" + currentKeyId + ":";
        try {
            Cipher cipher = algorithm.newCipher();
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(keys.get(currentKeyId), algorithm.keyAlgorithm()),
                    new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return header + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " encryption is not available in this JVM", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split(":", 4);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            // Never echo the value: it may be plaintext that was stored by mistake.
            throw new IllegalArgumentException("not an encrypted field value (expected " + VERSION + ":<algorithm>:<key id>:<data>)");
        }
        CipherAlgorithm storedWith = CipherAlgorithm.ofLabel(parts[1]);
        byte[] key = keys.get(parts[2]);
        if (key == null) {
            throw new IllegalStateException("the value was encrypted with key '" + parts[2]
                    + "', which is not configured (yiwang.personal-data.encryption-keys)");
        }
        try {
            byte[] data = Base64.getDecoder().decode(parts[3]);
            Cipher cipher = storedWith.newCipher();
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, storedWith.keyAlgorithm()),
                    new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
            cipher.updateAAD((parts[0] + ":" + parts[1] + ":" + parts[2] + ":").getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalStateException("an encrypted value failed authentication with key '" + parts[2]
                    + "': it was altered or the key is not the one it was encrypted with");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("an encrypted value with key '" + parts[2] + "' cannot be decrypted", e);
        }
    }

    /** Whether a stored value already uses the current key and algorithm (no re-encryption needed). */
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(VERSION + ":" + algorithm.label() + ":" + currentKeyId + ":");
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    public CipherAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        return "FieldCipher[" + algorithm + ", current key " + currentKeyId + ", keys " + keys.keySet() + "]";
    }
}
