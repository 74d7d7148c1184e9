package cn.yiwang.certificate.verification;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 免证办: case-service (with its service token) asks whether a certificate the applicant names can replace a paper material
 * (the contract in case-service's README), and the holder sees the check in their access log.
 */
class CheckingCertificatesForCasesIT extends CertificateIntegrationTestBase {

    private static final String CASE_SERVICE = Tokens.forRoles("service").bearer();

    @Test
    void theApplicantsOwnValidCertificateOfTheRequiredTypeIsUsableAndTheCheckIsLogged() {
        String identifier = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("identifier");

        Response answer = api.post("/verifications", CASE_SERVICE, question(identifier, DEGREE, ZHANG_SAN));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.field("usable")).isEqualTo("true");
        assertThat(answer.text()).doesNotContain("西北农林科技大学").doesNotContain("张三");
        assertThat(api.get("/wallet/access-log", citizen(ZHANG_SAN)).json("items").findValuesAsString("purpose"))
                .contains("办件免证核验");
    }

    @Test
    void anotherPersonsACertificateOfAnotherTypeARevokedOneOrAnUnknownOneIsNotUsableAndSaysWhy() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));
        String identifier = issued.field("identifier");

        Response someoneElse = api.post("/verifications", CASE_SERVICE, question(identifier, DEGREE, WANG_WU));
        Response wrongType = api.post("/verifications", CASE_SERVICE, question(identifier, BUSINESS_LICENCE, LI_SI));
        api.post("/" + issued.field("id") + "/revocation", issuer(MEI_EDUCATION_BUREAU), Map.of("reason", "学位被撤销"));
        Response revoked = api.post("/verifications", CASE_SERVICE, question(identifier, DEGREE, LI_SI));
        Response unknown = api.post("/verifications", CASE_SERVICE,
                question("1.2.156.3005.2.11100000000013338W011.11110000000021135M.20230329701.003.Y", DEGREE, LI_SI));

        assertThat(someoneElse.field("usable")).isEqualTo("false");
        assertThat(someoneElse.field("code")).isEqualTo("not-the-holders");
        assertThat(wrongType.field("code")).isEqualTo("type-mismatch");
        assertThat(revoked.field("code")).isEqualTo("status");
        assertThat(revoked.field("reason")).contains("吊销");
        assertThat(unknown.field("usable")).isEqualTo("false");
        assertThat(unknown.field("code")).isEqualTo("not-found");
    }

    @Test
    void onlyTheCaseServiceMayAskNotAgenciesOrHoldersAndAnIncompleteQuestionIsRefused() {
        String identifier = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五")).field("identifier");

        assertThat(api.post("/verifications", null, question(identifier, DEGREE, WANG_WU)).status()).isEqualTo(401);
        assertThat(api.post("/verifications", citizen(WANG_WU), question(identifier, DEGREE, WANG_WU)).status()).isEqualTo(403);
        assertThat(api.post("/verifications", agency(XIAN_BANK), question(identifier, DEGREE, WANG_WU)).status()).isEqualTo(403);
        assertThat(api.post("/verifications", CASE_SERVICE, question(identifier, DEGREE, WANG_WU)).field("usable")).isEqualTo("true");
        Response incomplete = api.post("/verifications", CASE_SERVICE, Map.of("identifier", identifier, "certificateType", DEGREE));
        assertThat(incomplete.status()).isBetween(400, 422);
        assertThat(incomplete.json("errors").findValuesAsString("field")).containsExactly("holderIdHash");
    }

    private Map<String, String> question(String identifier, String type, String holderIdNumber) {
        return Map.of("identifier", identifier, "certificateType", type, "holderIdHash", protection.hash(holderIdNumber));
    }
}
