package cn.yiwang.common.personaldata;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a service calls to store, find and show personal data: encrypt before saving, hash for the
 * lookup column (and to compare with the caller's {@code id_hash} claim), decrypt for the owner and
 * authorised staff, mask for everyone else.
 */
public final class PersonalDataProtector {

    private final FieldCipher cipher;
    private final KeyedHash hash;

    public PersonalDataProtector(FieldCipher cipher, KeyedHash hash) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.hash = Objects.requireNonNull(hash, "hash");
    }

    /**
     * Builds the protector from configuration, or explains precisely which setting is missing or wrong.
     *
     * @throws PersonalDataConfigurationException when the key material is missing or invalid
     */
    public static PersonalDataProtector from(PersonalDataProperties properties) {
        if (properties.encryptionKeys().isEmpty() || blank(properties.currentKeyId()) || blank(properties.hashKey())) {
            throw new PersonalDataConfigurationException("Personal-data keys are not configured. Set "
                    + "yiwang.personal-data.encryption-keys.<id> (base64, " + properties.algorithm().keyBytes() + " bytes for "
                    + properties.algorithm() + "), yiwang.personal-data.current-key-id and yiwang.personal-data.hash-key "
                    + "(base64, at least " + KeyedHash.MINIMUM_KEY_BYTES + " bytes) — in environments "
                    + "YIWANG_PERSONALDATA_ENCRYPTIONKEYS_<ID>, YIWANG_PERSONALDATA_CURRENTKEYID and YIWANG_PERSONALDATA_HASHKEY. "
                    + "A service that stores no personal data sets yiwang.personal-data.enabled=false.");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        properties.encryptionKeys().forEach((id, key) -> keys.put(id, decode("yiwang.personal-data.encryption-keys." + id, key)));
        byte[] hashKey = decode("yiwang.personal-data.hash-key", properties.hashKey());
        if (keys.values().stream().anyMatch(key -> java.util.Arrays.equals(key, hashKey))) {
            throw new PersonalDataConfigurationException(
                    "yiwang.personal-data.hash-key must differ from every encryption key: one leaked key must not expose both");
        }
        try {
            return new PersonalDataProtector(
                    new FieldCipher(keys, properties.currentKeyId(), properties.algorithm()),
                    new KeyedHash(hashKey, properties.hashAlgorithm(), properties.hashEncoding()));
        } catch (IllegalArgumentException e) {
            throw new PersonalDataConfigurationException("Invalid personal-data key configuration: " + e.getMessage());
        }
    }

    public String encrypt(String plaintext) {
        return cipher.encrypt(plaintext);
    }

    public String decrypt(String stored) {
        return cipher.decrypt(stored);
    }

    /** Keyed hash of the normalised value, for the lookup column and the {@code id_hash} claim. */
    public String hash(String value) {
        return hash.hash(value);
    }

    public String mask(PersonalDataKind kind, String value) {
        return kind.mask(value);
    }

    /** The stored value decrypted for someone allowed to see it, masked for anyone else. */
    public String reveal(PersonalDataKind kind, String stored, boolean allowed) {
        String plaintext = cipher.decrypt(stored);
        return allowed ? plaintext : kind.mask(plaintext);
    }

    /** Whether a stored value should be re-encrypted with the current key (after a rotation). */
    public boolean needsReEncryption(String stored) {
        return stored != null && !cipher.isCurrent(stored);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static byte[] decode(String property, String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new PersonalDataConfigurationException(property + " is not valid base64");
        }
    }
}
