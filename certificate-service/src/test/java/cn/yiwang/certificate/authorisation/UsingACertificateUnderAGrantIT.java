package cn.yiwang.certificate.authorisation;

import com.github.tomakehurst.wiremock.client.WireMock;
import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/** 用证授权: an agency reads a certificate only with the holder's consent, and the holder sees every read. */
class UsingACertificateUnderAGrantIT extends CertificateIntegrationTestBase {

    @Test
    void anAgencyReadsAMarkedCopyOnlyUnderAGrantAndTheHolderSeesTheRead() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四")).field("id");
        assertThat(api.get("/" + id, agency(XIAN_BANK)).status()).isEqualTo(404);

        Response grant = api.post("/wallet/" + id + "/grants", citizen(LI_SI), Map.of("granteeKind", "ORGANISATION",
                "grantee", XIAN_BANK, "reason", "办理个人住房贷款学历核验", "validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(grant.status()).isEqualTo(201);

        Response copy = api.get("/grants/" + grant.field("id") + "/copy", agency(XIAN_BANK));

        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.field("certificate.metadata.degree")).isEqualTo("硕士");
        assertThat(copy.field("certificate.holder.idNumber")).isEqualTo("6103**********0027");
        assertThat(copy.field("watermark.purpose")).isEqualTo("办理个人住房贷款学历核验");
        assertThat(copy.field("watermark.text")).startsWith("仅供" + XIAN_BANK + "用于“办理个人住房贷款学历核验”").contains("他用无效");

        Response log = api.get("/wallet/access-log", citizen(LI_SI));
        assertThat(log.json("items").findValuesAsString("accessorOrg")).contains(XIAN_BANK);
        assertThat(log.json("items").findValuesAsString("purpose")).contains("办理个人住房贷款学历核验");
    }

    @Test
    void anotherAgencyCannotUseTheGrantAndAWithdrawnOrExpiredGrantIsRefused() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四")).field("id");
        String grantId = api.post("/wallet/" + id + "/grants", citizen(LI_SI), Map.of("granteeKind", "ORGANISATION",
                "grantee", XIAN_BANK, "reason", "开户", "validUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString())).field("id");

        assertThat(api.get("/grants/" + grantId + "/copy", agency(MEI_CIVIL_AFFAIRS)).status()).isEqualTo(404);
        assertThat(api.get("/grants/" + grantId + "/copy", citizen(ZHANG_SAN)).status()).isEqualTo(404);

        jdbc.update("UPDATE use_grant SET valid_until = now() - interval '1 second' WHERE id = ?::uuid", grantId);
        Response expired = api.get("/grants/" + grantId + "/copy", agency(XIAN_BANK));
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.text()).contains("该授权已过期");

        String second = api.post("/wallet/" + id + "/grants", citizen(LI_SI), Map.of("granteeKind", "ORGANISATION",
                "grantee", XIAN_BANK, "reason", "开户", "validUntil", Instant.now().plus(1, ChronoUnit.HOURS).toString())).field("id");
        assertThat(api.delete("/grants/" + second, citizen(LI_SI)).field("active")).isEqualTo("false");
        assertThat(api.get("/grants/" + second + "/copy", agency(XIAN_BANK)).status()).isEqualTo(403);
    }

    @Test
    void aGrantToACaseIsReadByWhoeverHandlesThatCase() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五")).field("id");
        String grantId = api.post("/wallet/" + id + "/grants", citizen(WANG_WU), Map.of("granteeKind", "CASE",
                "grantee", "610326-2026-000042", "reason", "人才引进补贴申请", "validUntil", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .field("id");
        String clerk = Tokens.forRoles("window-clerk").region("610326").org(MEI_CIVIL_AFFAIRS).bearer();
        String otherClerk = Tokens.forRoles("window-clerk").region("610326").org(MEI_EDUCATION_BUREAU).bearer();
        // case-service decides who handles the case: it shows the case to this clerk (by her own token) only.
        CASE_SERVICE.stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/v1/cases/by-number/610326-2026-000042"))
                .withHeader("Authorization", WireMock.equalTo(clerk)).willReturn(WireMock.okJson("{\"number\": \"610326-2026-000042\"}")));

        assertThat(api.get("/grants/" + grantId + "/copy?case=610326-2026-000042", clerk).status()).isEqualTo(200);
        assertThat(api.get("/grants/" + grantId + "/copy?case=610326-2026-000043", clerk).status()).isEqualTo(404);
        assertThat(api.get("/grants/" + grantId + "/copy?case=610326-2026-000042", otherClerk).status())
                .as("staff who do not handle the case, though they name its number").isEqualTo(404);
    }

    @Test
    void aReasonLongerThanTwoHundredCharactersOrAnEndInThePastIsRefused() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五")).field("id");

        Response refused = api.post("/wallet/" + id + "/grants", citizen(WANG_WU), Map.of("granteeKind", "ORGANISATION",
                "grantee", XIAN_BANK, "reason", "核".repeat(201), "validUntil", Instant.now().minusSeconds(60).toString()));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json("errors").findValuesAsString("field")).containsExactlyInAnyOrder("reason", "validUntil");
        assertThat(api.post("/wallet/" + id + "/grants", citizen(LI_SI), Map.of("granteeKind", "ORGANISATION",
                "grantee", XIAN_BANK, "reason", "开户", "validUntil", Instant.now().plusSeconds(600).toString())).status()).isEqualTo(404);
    }

    @Test
    void whenTheIssuingBodyReadsACertificateTheHolderSeesItInTheLog() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五")).field("id");

        api.get("/" + id, issuer(MEI_EDUCATION_BUREAU));

        Response log = api.get("/wallet/access-log", citizen(WANG_WU), "en");
        assertThat(log.json("items").findValuesAsString("purpose")).contains("Read by the issuing body");
    }
}
