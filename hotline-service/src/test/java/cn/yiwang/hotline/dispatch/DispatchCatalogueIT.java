package cn.yiwang.hotline.dispatch;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The seeded dispatch catalogue: the most specific category, then the most specific region wins. */
class DispatchCatalogueIT extends HotlineIntegrationTest {

    private static final String BAOJI_SUPERVISOR = Tokens.forRoles("supervisor").region("610300").bearer();

    @Test
    void everySeededDepartmentCarriesAValidUnifiedSocialCreditCode() {
        java.util.List<String> codes = jdbc.queryForList(
                "SELECT lead_org_code FROM dispatch_rule UNION SELECT unnest(string_to_array(assisting_org_codes, ',')) "
                        + "FROM dispatch_rule WHERE assisting_org_codes IS NOT NULL", String.class);
        assertThat(codes).isNotEmpty()
                .allSatisfy(code -> assertThat(cn.yiwang.common.identifier.UnifiedCreditCode.isValid(code.trim()))
                        .as("GB 32100 check character of " + code).isTrue());
    }

    @Test
    void aCountyRuleWinsOverTheCityRuleThatCoversIt() {
        JsonNode county = propose("city.sanitation", "610326");
        JsonNode otherCounty = propose("city.sanitation", "610303");

        assertThat(text(county, "leadOrgName")).isEqualTo("眉县城市管理执法局");
        assertThat(text(otherCounty, "leadOrgName")).isEqualTo("宝鸡市城市管理执法局");
        assertThat(text(otherCounty, "ruleRegion")).isEqualTo("610300");
    }

    @Test
    void aSubcategoryWithoutItsOwnRuleFollowsItsParentWithTheAssistingDepartments() {
        JsonNode mosquitoes = propose("env.vector.mosquitoes", "610326");
        JsonNode road = propose("city.road", "610326");

        assertThat(text(mosquitoes, "leadOrgCode")).isEqualTo(AIWEI);
        assertThat(text(mosquitoes, "ruleCategory")).isEqualTo("env.vector");
        assertThat(mosquitoes.path("assistingOrgCodes").get(0).asString()).isEqualTo("11610326MB0500005Y");
        assertThat(text(road, "leadOrgCode")).as("the more specific category rule").isEqualTo(HOUSING);
    }

    @Test
    void withoutARuleThereIsNoProposalAndOtherRegionsAreNotAskable() {
        assertThat(api.get("/api/v1/hotline/dispatch-catalogue/proposal?category=gov.service&region=610303",
                BAOJI_SUPERVISOR).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/hotline/dispatch-catalogue/proposal?category=city.road&region=610326",
                Tokens.forRoles("hotline-agent").region("610100").bearer()).status()).isEqualTo(403);
    }

    private JsonNode propose(String category, String region) {
        var response = api.get("/api/v1/hotline/dispatch-catalogue/proposal?category=" + category + "&region=" + region,
                BAOJI_SUPERVISOR);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
