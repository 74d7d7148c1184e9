package cn.yiwang.common.personaldata;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    static final byte[] AES_KEY_1 = key(32, 1);
    static final byte[] AES_KEY_2 = key(32, 2);
    static final byte[] SM4_KEY = key(16, 3);
    static final String ID = "610326199001011233";

    @Test
    void anIdNumberIsStoredWithAlgorithmAndKeyIdAndComesBack() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM);
        String stored = cipher.encrypt(ID);
        assertThat(stored).startsWith("v1:AES:k1:").doesNotContain(ID);
        assertThat(cipher.decrypt(stored)).isEqualTo(ID);
    }

    @Test
    void theSameNumberEncryptsDifferentlyEachTime() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM);
        assertThat(cipher.encrypt(ID)).isNotEqualTo(cipher.encrypt(ID));
    }

    @Test
    void sm4GcmIsAvailableForCommercialCryptographyCompliance() {
        FieldCipher cipher = new FieldCipher(Map.of("sm", SM4_KEY), "sm", CipherAlgorithm.SM4_GCM);
        String stored = cipher.encrypt("陕西省宝鸡市眉县首善镇中街12号");
        assertThat(stored).startsWith("v1:SM4:sm:");
        assertThat(cipher.decrypt(stored)).isEqualTo("陕西省宝鸡市眉县首善镇中街12号");
    }

    @Test
    void afterARotationOldValuesStillDecryptAndAreFlaggedForReEncryption() {
        FieldCipher before = new FieldCipher(Map.of("k1", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM);
        String old = before.encrypt(ID);
        FieldCipher after = new FieldCipher(Map.of("k1", AES_KEY_1, "k2", AES_KEY_2, "sm", SM4_KEY), "k2", CipherAlgorithm.AES_GCM);
        assertThat(after.decrypt(old)).isEqualTo(ID);
        assertThat(after.isCurrent(old)).isFalse();
        assertThat(after.encrypt(ID)).startsWith("v1:AES:k2:").satisfies(fresh -> assertThat(after.isCurrent(fresh)).isTrue());
    }

    @Test
    void aValueUnderARetiredKeyFailsNamingTheKeyButNotTheValue() {
        String old = new FieldCipher(Map.of("k1", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM).encrypt(ID);
        FieldCipher withoutK1 = new FieldCipher(Map.of("k2", AES_KEY_2), "k2", CipherAlgorithm.AES_GCM);
        assertThatThrownBy(() -> withoutK1.decrypt(old)).hasMessageContaining("'k1'").hasMessageNotContaining(ID);
    }

    @Test
    void aTamperedOrRelabelledValueIsRefused() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", AES_KEY_1, "k2", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM);
        String stored = cipher.encrypt(ID);
        String header = stored.substring(0, stored.lastIndexOf(':') + 1);
        byte[] data = Base64.getDecoder().decode(stored.substring(header.length()));
        data[20] ^= 0x01; // one bit of the ciphertext
        String tampered = header + Base64.getEncoder().encodeToString(data);
        assertThatThrownBy(() -> cipher.decrypt(tampered)).hasMessageContaining("failed authentication");
        assertThatThrownBy(() -> cipher.decrypt(stored.replace(":k1:", ":k2:")))
                .as("the header is authenticated even where both ids hold the same key").hasMessageContaining("failed authentication");
    }

    @Test
    void plaintextStoredByMistakeIsNotEchoedInTheError() {
        FieldCipher cipher = new FieldCipher(Map.of("k1", AES_KEY_1), "k1", CipherAlgorithm.AES_GCM);
        assertThatThrownBy(() -> cipher.decrypt(ID)).hasMessageNotContaining(ID);
    }

    @Test
    void aKeyOfTheWrongSizeForTheAlgorithmIsRefused() {
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", SM4_KEY), "k1", CipherAlgorithm.AES_GCM))
                .hasMessageContaining("needs 32");
        assertThatThrownBy(() -> new FieldCipher(Map.of("k1", AES_KEY_1), "k9", CipherAlgorithm.AES_GCM))
                .hasMessageContaining("'k9'");
    }

    static byte[] key(int length, int fill) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
