package cn.yiwang.common.personaldata;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyedHashTest {

    private final KeyedHash sha = new KeyedHash(FieldCipherTest.key(32, 7), KeyedHash.Algorithm.HMAC_SHA256, KeyedHash.Encoding.HEX);

    @Test
    void theSameNumberWrittenDifferentlyHashesTheSame() {
        assertThat(sha.hash(" 11010519491231002x")).isEqualTo(sha.hash("11010519491231002X")).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void differentNumbersAndDifferentKeysGiveDifferentHashes() {
        assertThat(sha.hash("11010519491231002X")).isNotEqualTo(sha.hash("610326199001011233"));
        KeyedHash otherKey = new KeyedHash(FieldCipherTest.key(32, 8), KeyedHash.Algorithm.HMAC_SHA256, KeyedHash.Encoding.HEX);
        assertThat(otherKey.hash("11010519491231002X")).isNotEqualTo(sha.hash("11010519491231002X"));
    }

    @Test
    void hmacSm3AndBase64UrlAreSelectable() {
        KeyedHash sm3 = new KeyedHash(FieldCipherTest.key(32, 7), KeyedHash.Algorithm.HMAC_SM3, KeyedHash.Encoding.BASE64URL);
        assertThat(sm3.hash("11010519491231002X")).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(sm3.hash("11010519491231002X")).isEqualTo(sm3.hash("11010519491231002x"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new KeyedHash(new byte[16], KeyedHash.Algorithm.HMAC_SHA256, KeyedHash.Encoding.HEX))
                .hasMessageContaining("32 bytes");
    }
}
