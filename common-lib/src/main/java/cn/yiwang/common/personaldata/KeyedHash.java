package cn.yiwang.common.personaldata;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A keyed hash (HMAC) of a normalised value, stored beside the encrypted value for exact lookup
 * and carried as the {@code id_hash} token claim. Keyed, because ID numbers are few enough to
 * enumerate: a plain hash would be reversed by hashing every possible number.
 */
public final class KeyedHash {

    public enum Algorithm {
        HMAC_SHA256, HMAC_SM3
    }

    public enum Encoding {
        /** 64 lower-case hex digits for HMAC-SHA256. */
        HEX,
        /** 43 URL-safe base64 characters without padding. */
        BASE64URL
    }

    /** Keys shorter than the hash output weaken the HMAC (RFC 2104 §3). */
    public static final int MINIMUM_KEY_BYTES = 32;

    private final byte[] key;
    private final Algorithm algorithm;
    private final Encoding encoding;

    public KeyedHash(byte[] key, Algorithm algorithm, Encoding encoding) {
        if (key == null || key.length < MINIMUM_KEY_BYTES) {
            throw new IllegalArgumentException("the hash key needs at least " + MINIMUM_KEY_BYTES + " bytes");
        }
        this.key = key.clone();
        this.algorithm = algorithm;
        this.encoding = encoding;
    }

    /** Hash of the normalised value; null for null. */
    public String hash(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = algorithm == Algorithm.HMAC_SHA256
                    ? Mac.getInstance("HmacSHA256")
                    : Mac.getInstance("HMACSM3", CipherAlgorithm.Bouncy.PROVIDER);
            mac.init(new SecretKeySpec(key, mac.getAlgorithm()));
            byte[] digest = mac.doFinal(normalise(value).getBytes(StandardCharsets.UTF_8));
            return encoding == Encoding.HEX ? HexFormat.of().formatHex(digest)
                    : Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    /**
     * Trimmed and upper case, so "11010519491231002x " and "11010519491231002X" find the same
     * record. Callers normalise further where a kind needs it (e.g. digits only for phones).
     */
    public static String normalise(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "KeyedHash[" + algorithm + ", " + encoding + "]";
    }
}
