package cn.yiwang.certificate.issuance;

import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.yiwang.certificate.support.Examples.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issuing body acts within its region's subtree (ARCHITECTURE.md "Data scope"): the same
 * organisation's staff elsewhere do not see or manage its certificates there; staff of the level
 * above do.
 */
class IssuerRegionScopeIT extends CertificateIntegrationTestBase {

    /** The same organisation's administrator, but in Pingli County (Ankang), outside Mei County. */
    private static String sameOrganisationInPingli(String orgCode) {
        return Tokens.forRoles("dept-admin").region("610926").org(orgCode).bearer();
    }

    /** The same organisation's administrator at Baoji city level, above Mei County. */
    private static String sameOrganisationInBaoji(String orgCode) {
        return Tokens.forRoles("dept-admin").region("610300").org(orgCode).bearer();
    }

    @Test
    void anIssuerOutsideTheCertificatesRegionNeitherSeesNorChangesIt() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三"));
        String id = issued.field("id");
        String outside = sameOrganisationInPingli(MEI_EDUCATION_BUREAU);
        Map<String, String> reason = Map.of("reason", "核查中");

        assertThat(api.get("/" + id, outside).status()).isEqualTo(404);
        assertThat(api.post("/" + id + "/suspension", outside, reason).status()).isEqualTo(404);
        assertThat(api.post("/" + id + "/revocation", outside, reason).status()).isEqualTo(404);
        assertThat(api.post("/" + id + "/corrections", outside, Map.of("metadata", Map.of("degree", "博士"), "reason", "更正")).status())
                .isEqualTo(404);
        assertThat(api.get("/issued?size=100", outside).json("items").findValuesAsString("id")).doesNotContain(id);
        // Nothing changed.
        assertThat(api.get("/" + id, issuer(MEI_EDUCATION_BUREAU)).field("status")).isEqualTo("VALID");
    }

    @Test
    void anIssuerAtTheLevelAboveManagesCertificatesOfItsSubtree() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(LI_SI, "李四"));
        String city = sameOrganisationInBaoji(MEI_EDUCATION_BUREAU);

        Response suspended = api.post("/" + issued.field("id") + "/suspension", city, Map.of("reason", "市局核查"));

        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.field("status")).isEqualTo("SUSPENDED");
        assertThat(api.get("/issued?size=100", city).json("items").findValuesAsString("id")).contains(issued.field("id"));
    }

    @Test
    void anIssuerAccountWithoutARegionCannotIssueOrImport() {
        String noRegion = Tokens.forRoles("dept-admin").org(MEI_EDUCATION_BUREAU).bearer();

        Response refused = api.post("", noRegion, degreeFor(WANG_WU, "王五"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("region_code");
        assertThat(api.postRaw("/imports", noRegion, "application/x-ndjson", "{}").status()).isEqualTo(403);
        assertThat(api.get("/issued", noRegion).status()).isEqualTo(403);
    }

    @Test
    void anIssuerDecidesOnlyObjectionsToCertificatesInItsRegion() {
        Response issued = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(WANG_WU, "王五"));
        String objection = api.post("/wallet/" + issued.field("id") + "/objections", citizen(WANG_WU),
                Map.of("field", "discipline", "description", "学科门类应为理学")).field("id");
        String outside = sameOrganisationInPingli(MEI_EDUCATION_BUREAU);

        assertThat(api.get("/objections?size=100", outside).json("items").findValuesAsString("id")).doesNotContain(objection);
        assertThat(api.post("/objections/" + objection + "/rejection", outside, Map.of("reason", "无依据")).status()).isEqualTo(404);
        assertThat(api.get("/objections?size=100", issuer(MEI_EDUCATION_BUREAU)).json("items").findValuesAsString("id"))
                .contains(objection);
    }
}
