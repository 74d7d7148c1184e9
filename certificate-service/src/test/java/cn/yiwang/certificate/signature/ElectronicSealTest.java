package cn.yiwang.certificate.signature;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ElectronicSealTest {

    private static final String ISSUER = "11610326MB1234567A";
    private static final Instant KEY_CREATED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-20T08:30:00.123Z");
    private static final byte[] CONTENT = CanonicalContent.of(Map.of("identifier", "1.2.156…", "holderName", "张三"));

    @ParameterizedTest
    @EnumSource(SealAlgorithm.class)
    void aSealStructureNamesItsKeyIssuerTimeAndTheContentsHashAndIsSignedOverAll(SealAlgorithm algorithm) {
        KeyPair key = Signatures.generate(algorithm);

        ElectronicSeal.Parsed seal = ElectronicSeal.parse(ElectronicSeal.create(algorithm, "key-1", ISSUER, KEY_CREATED, SIGNED,
                key.getPrivate(), key.getPublic(), CONTENT));

        assertThat(seal.version()).isEqualTo(1);
        assertThat(seal.sealId()).isEqualTo("key-1");
        assertThat(seal.issuerCode()).isEqualTo(ISSUER);
        assertThat(seal.validStart()).isEqualTo(KEY_CREATED);
        assertThat(seal.signedAt()).isEqualTo(SIGNED.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(seal.algorithmOid()).isEqualTo(algorithm.oid());
        assertThat(seal.signerKey()).isEqualTo(key.getPublic().getEncoded());
        assertThat(seal.dataHash()).isEqualTo(ElectronicSeal.digest(algorithm, CONTENT)).hasSize(32);
        assertThat(Signatures.verify(algorithm, key.getPublic(), seal.toSign(), seal.signature())).isTrue();
    }

    @Test
    void anSm2SealCarriesTheSm2WithSm3ObjectIdentifierAndAnSm3Hash() throws Exception {
        KeyPair key = Signatures.generate(SealAlgorithm.SM2_SM3);

        ElectronicSeal.Parsed seal = ElectronicSeal.parse(ElectronicSeal.create(SealAlgorithm.SM2_SM3, "key-1", ISSUER, KEY_CREATED,
                SIGNED, key.getPrivate(), key.getPublic(), CONTENT));

        assertThat(seal.algorithmOid()).isEqualTo("1.2.156.10197.1.501");
        // GB/T 32905 test vector: SM3("abc").
        assertThat(java.util.HexFormat.of().formatHex(ElectronicSeal.digest(SealAlgorithm.SM2_SM3, "abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void aStructureWithAChangedSignedFieldNoLongerMatchesItsSignature() throws Exception {
        KeyPair key = Signatures.generate(SealAlgorithm.SM2_SM3);
        byte[] encoded = ElectronicSeal.create(SealAlgorithm.SM2_SM3, "key-1", ISSUER, KEY_CREATED, SIGNED,
                key.getPrivate(), key.getPublic(), CONTENT);

        // Rewrite the issuer code inside the signed block, keep everything else.
        ASN1Sequence whole = ASN1Sequence.getInstance(encoded);
        ASN1Sequence toSign = ASN1Sequence.getInstance(whole.getObjectAt(0));
        ASN1Sequence sealInfo = ASN1Sequence.getInstance(toSign.getObjectAt(1));
        ASN1EncodableVector forgedInfo = new ASN1EncodableVector();
        forgedInfo.add(sealInfo.getObjectAt(0));
        forgedInfo.add(new DERUTF8String("11610326MB76543217"));
        forgedInfo.add(sealInfo.getObjectAt(2));
        ASN1EncodableVector forgedToSign = new ASN1EncodableVector();
        for (int i = 0; i < toSign.size(); i++) {
            forgedToSign.add(i == 1 ? new DERSequence(forgedInfo) : toSign.getObjectAt(i));
        }
        ASN1EncodableVector forged = new ASN1EncodableVector();
        forged.add(new DERSequence(forgedToSign));
        for (int i = 1; i < whole.size(); i++) {
            forged.add(whole.getObjectAt(i));
        }

        ElectronicSeal.Parsed parsed = ElectronicSeal.parse(new DERSequence(forged).getEncoded(ASN1Encoding.DER));

        assertThat(parsed.issuerCode()).isEqualTo("11610326MB76543217");
        assertThat(Signatures.verify(SealAlgorithm.SM2_SM3, key.getPublic(), parsed.toSign(), parsed.signature())).isFalse();
    }

    @Test
    void truncatedExtendedOrGarbledStructuresAreNotSeals() {
        KeyPair key = Signatures.generate(SealAlgorithm.ECDSA_P256_SHA256);
        byte[] encoded = ElectronicSeal.create(SealAlgorithm.ECDSA_P256_SHA256, "key-1", ISSUER, KEY_CREATED, SIGNED,
                key.getPrivate(), key.getPublic(), CONTENT);

        assertThatThrownBy(() -> ElectronicSeal.parse(java.util.Arrays.copyOf(encoded, encoded.length - 3)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElectronicSeal.parse(java.util.Arrays.copyOf(encoded, encoded.length + 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ElectronicSeal.parse("not a seal".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        // A bare signature (the older format) is a DER sequence too, but not of this shape.
        assertThatThrownBy(() -> ElectronicSeal.parse(Signatures.sign(SealAlgorithm.ECDSA_P256_SHA256, key.getPrivate(), CONTENT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
