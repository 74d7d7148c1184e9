package cn.yiwang.certificate.holder;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HolderIdTypeTest {

    @Test
    void citizenIdNumbersAreCheckedByTheGb11643CheckCharacter() {
        assertThat(HolderIdType.CITIZEN_ID.accepts("11010519491231002X")).isTrue();
        assertThat(HolderIdType.CITIZEN_ID.accepts("11010519491231002x")).isTrue();
        assertThat(HolderIdType.CITIZEN_ID.accepts("110105194912310021")).isFalse();
        assertThat(HolderIdType.CITIZEN_ID.accepts("110105194913310020")).isFalse();
        assertThat(HolderIdType.CITIZEN_ID.accepts("91350100M000100Y43")).isFalse();
    }

    @Test
    void creditCodesAreCheckedByTheGb32100CheckCharacter() {
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100M000100Y43")).isTrue();
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100M000100Y44")).isFalse();
        assertThat(HolderIdType.CREDIT_CODE.accepts("91350100I000100Y43")).isFalse();
    }

    @Test
    void numbersAreMaskedForAnyoneButTheHolder() {
        assertThat(HolderIdType.CITIZEN_ID.mask("610326199001011233")).isEqualTo("6103**********1233");
        assertThat(HolderIdType.CREDIT_CODE.mask("91610326MA6XABCD1R")).isEqualTo("91610326******CD1R");
    }

    @Test
    void theKeyedHashIgnoresCaseAndSurroundingSpaceAndTheCiphertextRoundTrips() {
        HolderIdProtection protection = new HolderIdProtection(Map.of("k1", key(1)), "k1", key(2));

        assertThat(protection.hash(" 11010519491231002x")).isEqualTo(protection.hash("11010519491231002X")).hasSize(64);
        String stored = protection.encrypt("11010519491231002X");
        assertThat(stored).startsWith("k1:").doesNotContain("11010519491231002X");
        assertThat(protection.decrypt(stored)).isEqualTo("11010519491231002X");
    }

    @Test
    void valuesEncryptedWithARetiredKeyStillDecryptAfterARotation() {
        HolderIdProtection before = new HolderIdProtection(Map.of("k1", key(1)), "k1", key(2));
        HolderIdProtection after = new HolderIdProtection(Map.of("k1", key(1), "k2", key(3)), "k2", key(2));

        String old = before.encrypt("610326199001011233");

        assertThat(after.decrypt(old)).isEqualTo("610326199001011233");
        assertThat(after.encrypt("610326199001011233")).startsWith("k2:");
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
