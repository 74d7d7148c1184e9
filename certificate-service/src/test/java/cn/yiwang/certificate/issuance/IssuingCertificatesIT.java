package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.issuance.messaging.CertificateEventsV1;
import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.certificate.support.TopicReader;
import cn.yiwang.certificate.identifier.CertificateIdentifier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 制证 and the life of a certificate, through the API as issuing bodies and holders use it. */
class IssuingCertificatesIT extends CertificateIntegrationTestBase {

    @Test
    void anIssuerIssuesASealedCertificateWithAValidIdentifierAndTheHolderSeesItUnmasked() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));

        assertThat(issued.status()).isEqualTo(201);
        String identifier = issued.field("identifier");
        assertThat(CertificateIdentifier.isValid(identifier)).isTrue();
        assertThat(identifier).startsWith("1.2.156.3005.2." + DEGREE + "." + MEI_EDUCATION_BUREAU + ".").contains(".001.");
        assertThat(issued.field("seal.algorithm")).isEqualTo("SM2_SM3");
        assertThat(issued.field("status")).isEqualTo("VALID");
        assertThat(issued.field("statusCode")).isEqualTo("01");
        // The issuer sees the holder's number masked (DOMAIN.md §6) ...
        assertThat(issued.field("holder.idNumber")).isEqualTo("6103**********1233");

        // ... the holder sees it in full.
        Response own = api.get("/" + issued.field("id"), citizen(ZHANG_SAN));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.field("holder.idNumber")).isEqualTo(ZHANG_SAN);
        assertThat(own.field("metadata.degree")).isEqualTo("硕士");
    }

    @Test
    void theHoldersIdNumberIsStoredEncryptedWithItsKeyedHashBeside() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));

        Map<String, Object> row = jdbc.queryForMap("SELECT holder_id_encrypted, holder_id_hash FROM certificate WHERE id = ?::uuid",
                issued.field("id"));
        assertThat((String) row.get("holder_id_encrypted")).doesNotContain(LI_SI).doesNotContain("19850612");
        assertThat(row.get("holder_id_hash")).isEqualTo(protection.hash(LI_SI));
    }

    @Test
    void metadataThatBreaksTheTypesSchemaIsRefusedNamingEachField() {
        Map<String, Object> request = new java.util.HashMap<>(degreeFor(ZHANG_SAN, "张三"));
        request.put("metadata", Map.of("name", "张三", "degree", "院士", "institution", "西北农林科技大学",
                "awardedOn", "2016-02-30", "hobby", "象棋"));

        Response refused = api.post("", issuer(MEI_EDUCATION_BUREAU), request);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("metadata.degree", "metadata.discipline", "metadata.awardedOn", "metadata.hobby");
        assertThat(refused.text()).contains("只能取以下值之一：学士 / 硕士 / 博士");
    }

    @Test
    void aCitizenIdWithAWrongCheckCharacterIsRefusedInTheCallersLanguage() {
        Response refused = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor("610326199001011234", "张三"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors").findValuesAsString("field")).containsExactly("holder.idNumber");
        assertThat(refused.text()).contains("GB 11643");
    }

    @Test
    void aCitizenCannotSeeAnotherCitizensCertificateAndAnotherIssuerCannotEither() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");

        assertThat(api.get("/" + id, citizen(LI_SI)).status()).isEqualTo(404);
        assertThat(api.get("/" + id, issuer(MEI_CIVIL_AFFAIRS)).status()).isEqualTo(404);
        assertThat(api.get("/" + id, agency(XIAN_BANK)).status()).isEqualTo(404);
        assertThat(api.get("/" + id, null).status()).isEqualTo(401);
    }

    @Test
    void onlyTheIssuingBodyChangesAStatusAndIllegalTransitionsAreConflicts() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");
        Map<String, String> reason = Map.of("reason", "学位授予单位核查中");

        assertThat(api.post("/" + id + "/revocation", citizen(ZHANG_SAN), reason).status()).isEqualTo(403);
        assertThat(api.post("/" + id + "/revocation", issuer(MEI_CIVIL_AFFAIRS), reason).status()).isEqualTo(404);

        Response suspended = api.post("/" + id + "/suspension", issuer(MEI_EDUCATION_BUREAU), reason);
        assertThat(suspended.field("status")).isEqualTo("SUSPENDED");
        assertThat(suspended.field("statusCode")).isEqualTo("02");
        assertThat(suspended.field("statusReason")).isEqualTo("学位授予单位核查中");

        Response reinstated = api.post("/" + id + "/reinstatement", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "核查无误"));
        assertThat(reinstated.field("status")).isEqualTo("VALID");

        Response revoked = api.post("/" + id + "/revocation", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "学位被撤销"));
        assertThat(revoked.field("status")).isEqualTo("REVOKED");
        assertThat(revoked.field("statusCode")).isEqualTo("03");

        Response again = api.post("/" + id + "/reinstatement", issuer(MEI_EDUCATION_BUREAU), reason);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("吊销");
        assertThat(api.post("/" + id + "/suspension", issuer(MEI_EDUCATION_BUREAU), Map.of()).status()).isEqualTo(422);
    }

    @Test
    void aCorrectionIssuesTheNextVersionAndSupersedesTheOldOne() {
        Response original = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));

        Response corrected = api.post("/" + original.field("id") + "/corrections", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("discipline", "农学"), "reason", "学科门类录入错误"));

        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.field("version")).isEqualTo("2");
        assertThat(corrected.field("identifier")).contains(".002.").isNotEqualTo(original.field("identifier"));
        assertThat(CertificateIdentifier.isValid(corrected.field("identifier"))).isTrue();
        assertThat(corrected.field("metadata.discipline")).isEqualTo("农学");
        assertThat(corrected.field("metadata.institution")).isEqualTo("西北农林科技大学");

        Response old = api.get("/" + original.field("id"), citizen(WANG_WU));
        assertThat(old.field("status")).isEqualTo("SUPERSEDED");
        assertThat(old.field("supersededBy")).isEqualTo(corrected.field("identifier"));
        assertThat(api.post("/" + original.field("id") + "/corrections", issuer(MEI_EDUCATION_BUREAU),
                Map.of("metadata", Map.of("discipline", "理学"), "reason", "再次更正")).status()).isEqualTo(409);
    }

    @Test
    void issuingRevokingAndCorrectingArePublishedWithCloudEventsHeaders() {
        try (TopicReader topic = new TopicReader(CertificateEventsV1.TOPIC)) {
            Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
            String identifier = issued.field("identifier");

            ConsumerRecord<String, String> record = topic.await("yiwang.certificate.issued.v1", identifier);
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/yiwang/certificate-service");
            assertThat(TopicReader.header(record, "yiwang_region")).isEqualTo("610326");
            CertificateIdentifier parsed = CertificateIdentifier.parse(identifier);
            assertThat(record.key()).isEqualTo(parsed.typeCode() + "." + parsed.issuerCode() + "." + parsed.serial());
            assertThat(record.value()).contains(protection.hash(ZHANG_SAN)).doesNotContain(ZHANG_SAN);

            Response corrected = api.post("/" + issued.field("id") + "/corrections", issuer(MEI_EDUCATION_BUREAU),
                    Map.of("metadata", Map.of("discipline", "农学"), "reason", "学科门类录入错误"));
            ConsumerRecord<String, String> correction = topic.await("yiwang.certificate.corrected.v1", corrected.field("identifier"));
            assertThat(correction.key()).isEqualTo(record.key());

            api.post("/" + corrected.field("id") + "/suspension", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "核查"));
            topic.await("yiwang.certificate.suspended.v1", corrected.field("identifier"));
            api.post("/" + corrected.field("id") + "/revocation", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "撤销学位"));
            assertThat(topic.await("yiwang.certificate.revoked.v1", corrected.field("identifier")).value()).contains("撤销学位");
        }
    }

    @Test
    void anIssuerListsWhatItIssuedPageByPage() {
        api.post("", issuer(MEI_CIVIL_AFFAIRS), Map.of("typeCode", "111000000000000065001",
                "holder", Map.of("idType", "111", "idNumber", LI_SI, "name", "李四"),
                "metadata", Map.of("holderName", "李四", "spouseName", "赵六", "registeredOn", "2020-05-20",
                        "registrationAuthority", "眉县民政局")));

        Response page = api.get("/issued?size=1", issuer(MEI_CIVIL_AFFAIRS));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json("items").size()).isEqualTo(1);
        assertThat(page.field("size")).isEqualTo("1");
        assertThat(page.json("items").get(0).get("issuerCode").asString()).isEqualTo(MEI_CIVIL_AFFAIRS);
    }

    @Test
    void anEnterpriseHoldsItsBusinessLicenceByCreditCodeAndACitizenIdIsRefusedForIt() {
        Map<String, Object> licence = Map.of("typeCode", BUSINESS_LICENCE,
                "holder", Map.of("idType", "001", "idNumber", XIAN_BANK, "name", "眉县示范农业有限公司"),
                "metadata", Map.of("name", "眉县示范农业有限公司", "entityType", "有限责任公司", "legalRepresentative", "张三",
                        "establishedOn", "2018-03-01", "address", "陕西省宝鸡市眉县首善镇", "businessScope", "猕猴桃种植与销售"));

        Response issued = api.post("", issuer(MEI_CIVIL_AFFAIRS), licence);
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.field("holder.idNumber")).isEqualTo("91610326******CD1R");
        assertThat(api.get("/wallet", enterprise(XIAN_BANK)).json("items").findValuesAsString("identifier"))
                .contains(issued.field("identifier"));

        Map<String, Object> wrongHolder = new java.util.HashMap<>(licence);
        wrongHolder.put("holder", Map.of("idType", "111", "idNumber", ZHANG_SAN, "name", "张三"));
        Response refused = api.post("", issuer(MEI_CIVIL_AFFAIRS), wrongHolder);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors").findValuesAsString("code")).containsExactly("mismatch");
    }

    @Test
    void theDirectoryListsTheSeededTypesWithTheirFieldsAndValidityRules() {
        Response page = api.get("/types?size=50", citizen(ZHANG_SAN));

        // V3's 11 common types and V8's 4 of the demo catalogue (11100000000013338W0xx).
        assertThat(page.field("totalItems")).isEqualTo("15");
        assertThat(page.json("items").findValuesAsString("nameZh")).contains("营业执照", "出生医学证明", "居民户口簿", "居民身份证",
                "社会保障卡", "学位证书", "专业技术资格证书", "机动车驾驶证", "结婚证", "不动产权证书", "生产经营许可证");
        Response licence = api.get("/types/" + BUSINESS_LICENCE, citizen(ZHANG_SAN));
        assertThat(licence.field("holderIdType")).isEqualTo("001");
        assertThat(licence.json("fields").findValuesAsString("name")).contains("legalRepresentative", "businessScope");
        assertThat(api.get("/types/" + ID_CARD, citizen(ZHANG_SAN)).field("validity")).isEqualTo("ISSUER_SETS");
        Response foodLicence = api.get("/types/11100000000013338W032", citizen(ZHANG_SAN));
        assertThat(foodLicence.field("nameZh")).isEqualTo("食品经营许可证");
        assertThat(foodLicence.field("holderKind")).isEqualTo("ORGANISATION");
        assertThat(foodLicence.field("holderIdType")).isEqualTo("001");
        assertThat(foodLicence.field("validity")).isEqualTo("FIXED_YEARS");
        assertThat(foodLicence.field("validityYears")).isEqualTo("5");
        assertThat(foodLicence.json("fields").findValuesAsString("name")).contains("operatorName", "businessPremises", "mainBusiness");
        assertThat(api.get("/types/99999999999999999X001", citizen(ZHANG_SAN), "en").text()).contains("certificate type");
    }

    @Test
    void aCancellationIsAnnouncedAsTheEndOfTheCertificateWithItsOwnStatusCode() {
        try (TopicReader topic = new TopicReader(CertificateEventsV1.TOPIC)) {
            Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));

            Response cancelled = api.post("/" + issued.field("id") + "/cancellation", issuer(MEI_EDUCATION_BUREAU),
                    Map.of("reason", "持证人申请注销"));

            assertThat(cancelled.field("statusCode")).isEqualTo("04");
            ConsumerRecord<String, String> event = topic.await("yiwang.certificate.revoked.v1", issued.field("identifier"));
            assertThat(event.value()).contains("\"status\":\"CANCELLED\"").contains("\"statusCode\":\"04\"");
        }
    }

    @Test
    void aTransferOutAndAWithdrawalEndTheCertificateWithCodes06And07AndAreAnnounced() {
        try (TopicReader topic = new TopicReader(CertificateEventsV1.TOPIC)) {
            Response moved = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
            Response mistaken = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));

            Response transferred = api.post("/" + moved.field("id") + "/transfer-out", issuer(MEI_EDUCATION_BUREAU),
                    Map.of("reason", "持证人户籍迁往西安市，由迁入地换发"));
            Response withdrawn = api.post("/" + mistaken.field("id") + "/withdrawal", issuer(MEI_EDUCATION_BUREAU),
                    Map.of("reason", "制证信息录入错误，予以撤回"));

            assertThat(transferred.field("status")).isEqualTo("TRANSFERRED_OUT");
            assertThat(transferred.field("statusCode")).isEqualTo("06");
            assertThat(withdrawn.field("status")).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.field("statusCode")).isEqualTo("07");
            assertThat(topic.await("yiwang.certificate.revoked.v1", moved.field("identifier")).value())
                    .contains("\"status\":\"TRANSFERRED_OUT\"").contains("\"statusCode\":\"06\"");
            assertThat(topic.await("yiwang.certificate.revoked.v1", mistaken.field("identifier")).value())
                    .contains("\"status\":\"WITHDRAWN\"").contains("\"statusCode\":\"07\"");
        }
        // Both are final, verification says why in the verifier's language, and only the issuer may do either.
        Response other = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));
        assertThat(api.post("/" + other.field("id") + "/withdrawal", citizen(WANG_WU), Map.of("reason", "不想要了")).status()).isEqualTo(403);
        api.post("/" + other.field("id") + "/withdrawal", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "重复制证"));
        Response again = api.post("/" + other.field("id") + "/transfer-out", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "迁出"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text()).contains("撤回");
        Response verified = api.get("/verify/" + other.field("identifier"), null, "en");
        assertThat(verified.field("genuine")).isEqualTo("false");
        assertThat(verified.json("reasons").findValuesAsString("message")).containsExactly("The certificate is withdrawn, not valid.");
    }
}
