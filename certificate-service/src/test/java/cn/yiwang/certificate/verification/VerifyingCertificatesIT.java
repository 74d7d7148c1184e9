package cn.yiwang.certificate.verification;

import cn.yiwang.certificate.signature.CanonicalContent;
import cn.yiwang.certificate.signature.Seal;
import cn.yiwang.certificate.signature.SealAlgorithm;
import cn.yiwang.certificate.signature.SealFormat;
import cn.yiwang.certificate.signature.SealedDocument;
import cn.yiwang.certificate.signature.ElectronicSeal;
import cn.yiwang.certificate.issuance.CertificateQueries;
import org.springframework.beans.factory.annotation.Autowired;
import java.security.KeyPair;
import cn.yiwang.certificate.signature.Signatures;
import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.certificate.support.TrustedPlatform;
import org.junit.jupiter.api.Test;

import java.security.PrivateKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 核验 as anyone can do it, without a token. */
class VerifyingCertificatesIT extends CertificateIntegrationTestBase {

    @Autowired
    CertificateQueries queries;

    @Test
    void aValidCertificateIsGenuineAndTheAnswerRevealsOnlyTheMinimum() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));

        Response verified = api.get("/verify/" + issued.field("identifier"), null);

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.field("genuine")).isEqualTo("true");
        assertThat(verified.json("reasons").size()).isZero();
        assertThat(verified.field("certificate.typeNameZh")).isEqualTo("学位证书");
        assertThat(verified.field("certificate.holderName")).isEqualTo("张*");
        assertThat(verified.text()).doesNotContain(ZHANG_SAN).doesNotContain("西北农林科技大学")
                .doesNotContain(protection.hash(ZHANG_SAN));
    }

    @Test
    void contentAlteredInTheDatabaseNoLongerMatchesItsSeal() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
        jdbc.update("UPDATE certificate SET metadata = replace(metadata, '硕士', '博士') WHERE id = ?::uuid", issued.field("id"));

        Response verified = api.get("/verify/" + issued.field("identifier"), null);

        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.json("reasons").findValuesAsString("code")).containsExactly("signature-mismatch");
    }

    @Test
    void aRevokedCertificateIsNotGenuineAndSaysWhy() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));
        api.post("/" + issued.field("id") + "/revocation", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "学位被撤销"));

        Response verified = api.get("/verify/" + issued.field("identifier"), null, "en");

        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.json("reasons").findValuesAsString("code")).containsExactly("status");
        assertThat(verified.json("reasons").findValuesAsString("message")).containsExactly("The certificate is revoked, not valid.");
        assertThat(verified.field("certificate.statusCode")).isEqualTo("03");
    }

    @Test
    void aCertificatePastItsValidityReadsAsExpired() {
        Map<String, Object> request = new LinkedHashMap<>(degreeFor(WANG_WU, "王五"));
        request.put("typeCode", "11100000000000004Y001");
        request.put("metadata", Map.of("name", "王五", "cardNumber", "610104197811203"));
        request.put("validFrom", "2010-01-01");
        Response issued = api.post("", issuer(MEI_CIVIL_AFFAIRS), request);
        assertThat(issued.field("validUntil")).isEqualTo("2019-12-31");

        Response verified = api.get("/verify/" + issued.field("identifier"), null);

        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.field("certificate.status")).isEqualTo("EXPIRED");
        assertThat(verified.field("certificate.statusCode")).isEqualTo("05");
    }

    @Test
    void aMistypedIdentifierIsCaughtByItsCheckCharacter() {
        Response verified = api.get("/verify/1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329701.003.Z", null);

        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.json("reasons").findValuesAsString("code")).containsExactly("identifier-invalid");
        assertThat(verified.text()).contains("校验位不符");
    }

    @Test
    void certificatesSealedBeforeAKeyRotationStillVerifyAndNewOnesUseTheNewKey() {
        Response before = api.post("", issuer(BAOJI_MARKET_REGULATION), degreeFor(ZHANG_SAN, "张三"));

        Response rotated = api.post("/issuer-keys/rotation", issuer(BAOJI_MARKET_REGULATION), Map.of("algorithm", "ECDSA_P256_SHA256"));
        Response after = api.post("", issuer(BAOJI_MARKET_REGULATION), degreeFor(ZHANG_SAN, "张三"));

        assertThat(rotated.status()).isEqualTo(201);
        assertThat(after.field("seal.keyId")).isEqualTo(rotated.field("keyId")).isNotEqualTo(before.field("seal.keyId"));
        assertThat(after.field("seal.algorithm")).isEqualTo("ECDSA_P256_SHA256");
        assertThat(api.get("/verify/" + before.field("identifier"), null).field("genuine")).isEqualTo("true");
        assertThat(api.get("/verify/" + after.field("identifier"), null).field("genuine")).isEqualTo("true");
        // The private keys are stored wrapped, never as they are.
        assertThat(jdbc.queryForList("SELECT wrapped_private_key FROM issuer_key", String.class))
                .allSatisfy(wrapped -> assertThat(wrapped).doesNotStartWith("MI"));
    }

    @Test
    void aSealedDocumentFromATrustedPlatformIsGenuineAndOneSignedWithAnotherKeyIsNot() {
        Map<String, Object> content = foreignContent("1.2.156.3005.2.111000000000000052001." + TrustedPlatform.ISSUER + ".20250000007.001.");

        Response trusted = api.post("/verify", null, Map.of("qrContent", sealed(content, TrustedPlatform.KEYS.getPrivate())));
        Response forged = api.post("/verify", null, Map.of("qrContent", sealed(content, TrustedPlatform.UNTRUSTED_KEYS.getPrivate())));

        assertThat(trusted.field("genuine")).isEqualTo("true");
        assertThat(trusted.field("trustedPlatform")).isEqualTo(TrustedPlatform.PLATFORM);
        assertThat(trusted.json("notes").findValuesAsString("code")).containsExactly("status-not-checked");
        assertThat(forged.field("genuine")).isEqualTo("false");
        assertThat(forged.json("reasons").findValuesAsString("code")).containsExactly("signature-mismatch");
    }

    @Test
    void aSealedDocumentNamingAKeyNobodyTrustsIsNotGenuine() {
        Map<String, Object> content = foreignContent("1.2.156.3005.2.111000000000000052001." + TrustedPlatform.ISSUER + ".20250000008.001.");
        byte[] value = Signatures.sign(SealAlgorithm.SM2_SM3, TrustedPlatform.UNTRUSTED_KEYS.getPrivate(), CanonicalContent.of(content));
        String document = SealedDocument.encode(content, new Seal(SealAlgorithm.SM2_SM3, "someone-else-1",
                Base64.getEncoder().encodeToString(value)));

        Response verified = api.post("/verify", null, Map.of("qrContent", document));

        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.json("reasons").findValuesAsString("code")).containsExactly("issuer-not-trusted");
    }

    @Test
    void theHoldersOwnSealedDocumentVerifiesByQrContent() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));
        String document = api.get("/wallet/" + issued.field("id") + "/sealed-document", citizen(WANG_WU)).field("document");

        Response verified = api.post("/verify", null, Map.of("qrContent", document));

        assertThat(verified.field("genuine")).isEqualTo("true");
        assertThat(verified.field("certificate.status")).isEqualTo("VALID");
        assertThat(verified.field("trustedPlatform")).isNull();
    }

    @Test
    void aNewCertificatesSealIsAnElectronicSealStructureOverTheContentsHash() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
        String value = jdbc.queryForObject("SELECT seal_value FROM certificate WHERE id = ?::uuid", String.class, issued.field("id"));

        ElectronicSeal.Parsed seal = ElectronicSeal.parse(Base64.getDecoder().decode(value));

        assertThat(issued.field("seal.format")).isEqualTo("SES");
        assertThat(seal.sealId()).isEqualTo(issued.field("seal.keyId"));
        assertThat(seal.issuerCode()).isEqualTo(MEI_EDUCATION_BUREAU);
        assertThat(seal.algorithmOid()).isEqualTo("1.2.156.10197.1.501");
        assertThat(seal.dataHash()).isEqualTo(ElectronicSeal.digest(SealAlgorithm.SM2_SM3,
                CanonicalContent.of(queries.snapshot(java.util.UUID.fromString(issued.field("id"))).orElseThrow().sealedContent())));
    }

    @Test
    void aSealStructureThatWasTamperedWithIsNotGenuine() {
        Response garbled = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
        Response resigned = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));
        String id = garbled.field("id");
        byte[] value = Base64.getDecoder().decode(jdbc.queryForObject("SELECT seal_value FROM certificate WHERE id = ?::uuid", String.class, id));
        // One byte more at the end: the structure is no longer what was signed.
        jdbc.update("UPDATE certificate SET seal_value = ? WHERE id = ?::uuid",
                Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(value, value.length + 1)), id);
        // The last byte of the signature changed: a well-formed structure whose signature fails.
        byte[] other = Base64.getDecoder().decode(jdbc.queryForObject("SELECT seal_value FROM certificate WHERE id = ?::uuid",
                String.class, resigned.field("id")));
        other[other.length - 1] ^= 0x01;
        jdbc.update("UPDATE certificate SET seal_value = ? WHERE id = ?::uuid", Base64.getEncoder().encodeToString(other), resigned.field("id"));

        Response malformed = api.get("/verify/" + garbled.field("identifier"), null);
        Response mismatched = api.get("/verify/" + resigned.field("identifier"), null);

        assertThat(malformed.field("genuine")).isEqualTo("false");
        assertThat(malformed.json("reasons").findValuesAsString("code")).containsExactly("seal-malformed");
        assertThat(mismatched.field("genuine")).isEqualTo("false");
        assertThat(mismatched.json("reasons").findValuesAsString("code")).containsExactly("signature-mismatch");
    }

    @Test
    void aCertificateSealedWithABareSignatureBeforeSealStructuresStillVerifies() {
        Response issued = api.post("", issuer(MEI_CIVIL_AFFAIRS), degreeFor(WANG_WU, "王五"));
        java.util.UUID id = java.util.UUID.fromString(issued.field("id"));
        // An older key of the issuer, retired since, and a bare signature as the first release made them.
        KeyPair old = Signatures.generate(SealAlgorithm.SM2_SM3);
        String keyId = MEI_CIVIL_AFFAIRS + "-old" + id.toString().substring(0, 4);
        jdbc.update("""
                INSERT INTO issuer_key (key_id, issuer_code, algorithm, public_key, wrapped_private_key, wrap_key_id, created_at, retired_at)
                VALUES (?, ?, 'SM2_SM3', ?, 'not used for verification', 'k0', now() - interval '2 years', now() - interval '1 year')
                """, keyId, MEI_CIVIL_AFFAIRS, Signatures.encodePublicKey(old.getPublic()));
        byte[] bare = Signatures.sign(SealAlgorithm.SM2_SM3, old.getPrivate(),
                CanonicalContent.of(queries.snapshot(id).orElseThrow().sealedContent()));
        jdbc.update("UPDATE certificate SET seal_format = 'RAW', seal_key_id = ?, seal_value = ? WHERE id = ?",
                keyId, Base64.getEncoder().encodeToString(bare), id);

        Response verified = api.get("/verify/" + issued.field("identifier"), null);
        jdbc.update("UPDATE certificate SET metadata = replace(metadata, '硕士', '博士') WHERE id = ?", id);
        Response altered = api.get("/verify/" + issued.field("identifier"), null);

        assertThat(verified.field("genuine")).isEqualTo("true");
        assertThat(altered.json("reasons").findValuesAsString("code")).containsExactly("signature-mismatch");
    }

    @Test
    void aTrustedPlatformsSealStructureVerifiesButNotOneDatedInTheFuture() {
        Map<String, Object> content = foreignContent("1.2.156.3005.2.111000000000000052001." + TrustedPlatform.ISSUER + ".20250000009.001.");
        byte[] canonical = CanonicalContent.of(content);
        KeyPair keys = TrustedPlatform.KEYS;
        byte[] now = ElectronicSeal.create(SealAlgorithm.SM2_SM3, TrustedPlatform.KEY_ID, TrustedPlatform.ISSUER,
                java.time.Instant.parse("2025-01-01T00:00:00Z"), java.time.Instant.now(), keys.getPrivate(), keys.getPublic(), canonical);
        byte[] future = ElectronicSeal.create(SealAlgorithm.SM2_SM3, TrustedPlatform.KEY_ID, TrustedPlatform.ISSUER,
                java.time.Instant.parse("2025-01-01T00:00:00Z"), java.time.Instant.now().plus(java.time.Duration.ofDays(2)),
                keys.getPrivate(), keys.getPublic(), canonical);

        Response genuine = api.post("/verify", null, Map.of("qrContent", SealedDocument.encode(content,
                new Seal(SealAlgorithm.SM2_SM3, TrustedPlatform.KEY_ID, Base64.getEncoder().encodeToString(now), SealFormat.SES))));
        Response predated = api.post("/verify", null, Map.of("qrContent", SealedDocument.encode(content,
                new Seal(SealAlgorithm.SM2_SM3, TrustedPlatform.KEY_ID, Base64.getEncoder().encodeToString(future), SealFormat.SES))));

        assertThat(genuine.field("genuine")).isEqualTo("true");
        assertThat(genuine.field("trustedPlatform")).isEqualTo(TrustedPlatform.PLATFORM);
        assertThat(predated.field("genuine")).isEqualTo("false");
        assertThat(predated.json("reasons").findValuesAsString("code")).containsExactly("seal-time-invalid");
    }

    private static Map<String, Object> foreignContent(String identifierWithoutCheck) {
        String body = identifierWithoutCheck.substring("1.2.156.3005.2.".length()).replace(".", "");
        String identifier = identifierWithoutCheck + cn.yiwang.certificate.identifier.Mod37Check.checkCharacter(body);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("identifier", identifier);
        content.put("typeCode", "111000000000000052001");
        content.put("issuerCode", TrustedPlatform.ISSUER);
        content.put("holder", Map.of("idType", "111", "idHash", "0".repeat(64), "name", "赵六"));
        content.put("metadata", Map.of("degree", "学士"));
        content.put("validFrom", "2025-07-01");
        content.put("validUntil", null);
        content.put("issuedAt", "2025-07-01T02:00:00Z");
        return content;
    }

    private static String sealed(Map<String, Object> content, PrivateKey key) {
        byte[] value = Signatures.sign(SealAlgorithm.SM2_SM3, key, CanonicalContent.of(content));
        return SealedDocument.encode(content, new Seal(SealAlgorithm.SM2_SM3, TrustedPlatform.KEY_ID,
                Base64.getEncoder().encodeToString(value)));
    }
}
