package cn.yiwang.common.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Map;

/**
 * Key material and algorithms for personal data. Environments set them through environment
 * variables ({@code YIWANG_PERSONALDATA_ENCRYPTIONKEYS_K1}, {@code YIWANG_PERSONALDATA_CURRENTKEYID},
 * {@code YIWANG_PERSONALDATA_HASHKEY}); there are no default keys.
 *
 * @param enabled         false in a service that stores no personal data: no beans at all
 * @param algorithm       cipher for new values: AES_GCM (default) or SM4_GCM
 * @param encryptionKeys  key id → base64 key (32 bytes for AES_GCM, 16 for SM4_GCM); keep old ids
 *                        configured after a rotation until their values are re-encrypted
 * @param currentKeyId    the id new values are encrypted with
 * @param hashKey         base64 key of the keyed hash, at least 32 bytes, distinct from the cipher keys
 * @param hashAlgorithm   HMAC_SHA256 (default) or HMAC_SM3
 * @param hashEncoding    HEX (default) or BASE64URL
 * @param logGuard        the log guard (read directly from the environment at startup)
 */
@ConfigurationProperties("yiwang.personal-data")
public record PersonalDataProperties(@DefaultValue("true") boolean enabled,
                                     @DefaultValue("AES_GCM") CipherAlgorithm algorithm,
                                     Map<String, String> encryptionKeys,
                                     String currentKeyId,
                                     String hashKey,
                                     @DefaultValue("HMAC_SHA256") KeyedHash.Algorithm hashAlgorithm,
                                     @DefaultValue("HEX") KeyedHash.Encoding hashEncoding,
                                     @DefaultValue LogGuardSettings logGuard) {

    public PersonalDataProperties {
        encryptionKeys = encryptionKeys == null ? Map.of() : Map.copyOf(encryptionKeys);
    }

    /** @param enabled whether the log guard masks ID numbers, credit codes and phones in logs */
    public record LogGuardSettings(@DefaultValue("true") boolean enabled) {
    }

    /** Never print key material, whoever logs this object. */
    @Override
    public String toString() {
        return "PersonalDataProperties[enabled=" + enabled + ", algorithm=" + algorithm + ", keys=" + encryptionKeys.keySet()
                + ", currentKeyId=" + currentKeyId + ", hashAlgorithm=" + hashAlgorithm + "]";
    }
}
