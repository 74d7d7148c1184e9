package cn.yiwang.certificate.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void aSealVerifiesWithItsKeyAndFailsForTamperedContentOrAnotherKey(SealAlgorithm algorithm) {
        KeyPair issuer = Signatures.generate(algorithm);
        KeyPair other = Signatures.generate(algorithm);
        byte[] content = CanonicalContent.of(Map.of("identifier", "1.2.156…", "holderName", "张三"));
        byte[] tampered = CanonicalContent.of(Map.of("identifier", "1.2.156…", "holderName", "李四"));

        byte[] seal = Signatures.sign(algorithm, issuer.getPrivate(), content);

        assertThat(Signatures.verify(algorithm, issuer.getPublic(), content, seal)).isTrue();
        assertThat(Signatures.verify(algorithm, issuer.getPublic(), tampered, seal)).isFalse();
        assertThat(Signatures.verify(algorithm, other.getPublic(), content, seal)).isFalse();
    }

    @Test
    void anSm2KeyIsOnTheSm2CurveAndRoundTripsThroughItsPublishedForm() {
        KeyPair pair = Signatures.generate(SealAlgorithm.SM2_SM3);
        byte[] content = "证照".getBytes(StandardCharsets.UTF_8);
        byte[] seal = Signatures.sign(SealAlgorithm.SM2_SM3, pair.getPrivate(), content);

        var published = Signatures.decodePublicKey(Signatures.encodePublicKey(pair.getPublic()));

        assertThat(Signatures.verify(SealAlgorithm.SM2_SM3, published, content, seal)).isTrue();
        // An SM2 seal is not an ECDSA seal: the algorithm is part of what is checked.
        assertThat(Signatures.verify(SealAlgorithm.ECDSA_P256_SHA256, published, content, seal)).isFalse();
    }

    @Test
    void theCanonicalFormSortsMembersAndHasNoWhitespaceSoTheSameContentGivesTheSameBytes() {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("b", "2");
        first.put("a", Map.of("y", "\"quoted\"", "x", "line\nbreak"));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("a", Map.of("x", "line\nbreak", "y", "\"quoted\""));
        second.put("b", "2");

        assertThat(new String(CanonicalContent.of(first), StandardCharsets.UTF_8))
                .isEqualTo("{\"a\":{\"x\":\"line\\nbreak\",\"y\":\"\\\"quoted\\\"\"},\"b\":\"2\"}");
        assertThat(CanonicalContent.of(first)).isEqualTo(CanonicalContent.of(second));
    }
}
