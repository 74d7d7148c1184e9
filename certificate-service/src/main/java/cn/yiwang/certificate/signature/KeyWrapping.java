package cn.yiwang.certificate.signature;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Wraps issuer private keys with AES-256-GCM under a key-wrapping key from the environment. The
 * issuer key id is bound as associated data, so a wrapped key copied onto another row does not
 * unwrap. Several wrapping keys may be configured: new keys are wrapped with the current one, old
 * rows still unwrap with theirs.
 */
final class KeyWrapping {

    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys = new HashMap<>();
    private final String currentId;

    KeyWrapping(Map<String, String> base64Keys, String currentId) {
        if (base64Keys == null || base64Keys.isEmpty() || currentId == null || !base64Keys.containsKey(currentId)) {
            throw new IllegalStateException("Issuer key wrapping is not configured: set yiwang.certificate.signing.wrap-keys.<id> "
                    + "(base64, 32 bytes) and yiwang.certificate.signing.current-wrap-key-id from the environment "
                    + "(YIWANG_CERTIFICATE_SIGNING_WRAPKEYS_<ID>, YIWANG_CERTIFICATE_SIGNING_CURRENTWRAPKEYID)");
        }
        base64Keys.forEach((id, key) -> {
            byte[] bytes = Base64.getDecoder().decode(key.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("yiwang.certificate.signing.wrap-keys." + id + " must be 32 bytes");
            }
            keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
        this.currentId = currentId;
    }

    String currentId() {
        return currentId;
    }

    String wrap(byte[] privateKey, String issuerKeyId) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(128, iv));
            cipher.updateAAD(issuerKeyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(privateKey);
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap an issuer key", e);
        }
    }

    byte[] unwrap(String wrapped, String wrapKeyId, String issuerKeyId) {
        SecretKeySpec key = keys.get(wrapKeyId);
        if (key == null) {
            throw new IllegalStateException("the wrapping key " + wrapKeyId + " of issuer key " + issuerKeyId + " is not configured");
        }
        byte[] bytes = Base64.getDecoder().decode(wrapped);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, IV_BYTES));
            cipher.updateAAD(issuerKeyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("issuer key " + issuerKeyId + " does not unwrap", e);
        }
    }
}
