package cn.yiwang.catalog.indicator;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.guide.Guide;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Indicators and the pass rate run in Baqiao (610111), where no other test publishes. */
class IndicatorsIT extends CatalogIntegrationTest {

    private static final String TAX = "11610111MB0000001K";
    private static final String POLICE = "11610111MB0000002N";
    private static boolean loaded;

    @BeforeEach
    void publishThreeItemsOnce() throws Exception {
        if (loaded) {
            return;
        }
        published("个人所得税纳税记录开具", TAX, "610111", "4", Examples.fullyOnlineGuide(), "税务局");
        published("居民身份证换领", POLICE, "610111", "4", Examples.completeGuide(), "公安局");
        Guide base = Examples.completeGuide();
        Guide samePhones = new Guide(base.acceptanceConditions(), base.serviceObjects(), base.handlingForms(),
                base.caseKind(), base.legalLimit(), base.promisedLimit(), base.fees(), base.processSteps(),
                base.materials(), base.result(), base.place(), base.hours(), "029-83511234", "029-83511234",
                base.onlineUrl(), base.onlineDepth(), base.visits(), base.visitReason(), base.crossRegionScope(),
                base.hallEntry(), base.notInHallReason(), base.nearbyDelegation(), base.highFrequency(), base.themes());
        published("户口迁移", POLICE, "610111", "4", samePhones, "公安局");
        loaded = true;
    }

    @Test
    void aRegionsIndicatorsAreSharesOfItsPublishedItemsAgainstTheTargets() throws Exception {
        JsonNode indicators = expect(get("/public/indicators?region=610111", null), 200).json();
        JsonNode overall = indicators.get("overall");
        assertThat(overall.get("items").asLong()).isEqualTo(3);
        assertThat(overall.get("fullyOnlineShare").asDouble()).isCloseTo(0.3333, within(0.0001));
        assertThat(overall.get("atMostOneVisitShare").asDouble()).isEqualTo(1.0);
        assertThat(overall.get("immediateShare").asDouble()).isCloseTo(0.3333, within(0.0001));
        // (1 − 0/10) + (1 − 5/20) + (1 − 5/20) over three items
        assertThat(overall.get("averageTimeReduction").asDouble()).isCloseTo(0.8333, within(0.0001));
        assertThat(overall.at("/met/fullyOnline").asBoolean()).isFalse();
        assertThat(overall.at("/met/atMostOneVisit").asBoolean()).isTrue();
        assertThat(overall.at("/met/timeReduction").asBoolean()).isTrue();
        assertThat(indicators.at("/targets/atMostOneVisit").asDouble()).isEqualTo(0.95);
    }

    @Test
    void indicatorsAreBrokenDownByDepartment() throws Exception {
        JsonNode police = expect(get("/public/indicators?region=610111&department=" +
                java.net.URLEncoder.encode("公安局", java.nio.charset.StandardCharsets.UTF_8), null), 200).json();
        assertThat(police.at("/overall/items").asLong()).isEqualTo(2);
        assertThat(police.at("/overall/fullyOnlineShare").asDouble()).isEqualTo(0.0);
        assertThat(police.at("/overall/averageTimeReduction").asDouble()).isEqualTo(0.75);
        JsonNode all = expect(get("/public/indicators?region=610111", null), 200).json();
        assertThat(all.get("byDepartment")).hasSize(2);
    }

    @Test
    void thePassRateCountsGuidesThatPassEveryRuleIncludingWarnings() throws Exception {
        JsonNode rate = expect(get("/quality/pass-rate?region=610111", approver("610100")), 200).json();
        assertThat(rate.get("checked").asLong()).isEqualTo(3);
        assertThat(rate.get("passed").asLong()).isEqualTo(2);
        assertThat(rate.get("rate").asDouble()).isEqualTo(0.6667);
    }

    @Test
    void thePassRateIsForStaffOfTheRegion() throws Exception {
        assertThat(get("/quality/pass-rate?region=610111", approver("610926")).status()).isEqualTo(403);
        assertThat(get("/quality/pass-rate?region=610111", Tokens.forRoles("citizen").bearer()).status()).isEqualTo(403);
        assertThat(get("/quality/pass-rate?region=610111", null).status()).isEqualTo(401);
    }
}
