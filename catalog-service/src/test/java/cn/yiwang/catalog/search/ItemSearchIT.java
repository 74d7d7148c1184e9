package cn.yiwang.catalog.search;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.codes.CrossRegionScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search runs in Ankang (610900) and Pingli County (610926), where no other test publishes. */
class ItemSearchIT extends CatalogIntegrationTest {

    private static final String ANKANG_BODY = "11610900MB0000001Y";
    private static final String PINGLI_BODY = Examples.PINGLI_CIVIL_AFFAIRS;
    private static final String PINGLI_OTHER_BODY = "11610926MB0000002P";

    private static boolean loaded;
    private static String allowance;
    private static String licence;
    private static String cityCrossCounty;
    private static String cityOnly;

    @BeforeEach
    void publishTheSearchExamplesOnce() throws Exception {
        if (loaded) {
            return;
        }
        allowance = published("最低生活保障金给付", PINGLI_BODY, "610926", "4", Examples.completeGuide(), "民政局")
                .get("code").asString();
        licence = published("个体工商户营业执照办理", PINGLI_OTHER_BODY, "610926", "4", Examples.fullyOnlineGuide(), "市场监督管理局")
                .get("code").asString();
        cityCrossCounty = published("道路运输从业人员资格证补办", ANKANG_BODY, "610900", "3",
                Examples.withScope(Examples.completeGuide(), CrossRegionScope.CROSS_COUNTY), "交通运输局").get("code").asString();
        cityOnly = published("城市建筑垃圾处置核准", ANKANG_BODY, "610900", "3", Examples.completeGuide(), "住房和城乡建设局")
                .get("code").asString();
        loaded = true;
    }

    private List<String> codes(String query) throws Exception {
        JsonNode page = expect(get("/public/items?" + query, null), 200).json();
        List<String> codes = new ArrayList<>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void aCountySeesItsOwnItemsAndItsCitysCrossCountyItemsButNotTheCitysLocalOnes() throws Exception {
        assertThat(codes("region=610926")).containsExactlyInAnyOrder(allowance, licence, cityCrossCounty);
    }

    @Test
    void aCitySeesEveryItemOfItsSubtree() throws Exception {
        JsonNode page = expect(get("/public/items?region=610900", null), 200).json();
        assertThat(page.get("total").asLong()).isEqualTo(4);
        assertThat(codes("region=610900")).contains(allowance, licence, cityCrossCounty, cityOnly);
    }

    @Test
    void aChineseSubstringOfTheNameFindsTheItem() throws Exception {
        assertThat(codes("region=610900&keyword=" + encode("生活保障"))).containsExactly(allowance);
    }

    @Test
    void oneCharacterOrTheWholeNameFindsTheItemAndWildcardsAreLiteral() throws Exception {
        assertThat(codes("region=610900&keyword=" + encode("垃"))).containsExactly(cityOnly);
        assertThat(codes("region=610900&keyword=" + encode("城市建筑垃圾处置核准"))).containsExactly(cityOnly);
        assertThat(codes("region=610900&keyword=" + encode("垃圾%核准"))).isEmpty();
        assertThat(codes("region=610900&keyword=" + encode("\"垃圾\\"))).isEmpty();
        assertThat(codes("region=610900&keyword=" + encode("保障生活"))).as("pairs in another order").isEmpty();
    }

    @Test
    void aThemeFindsTheItemsOfThatLifeEvent() throws Exception {
        assertThat(codes("region=610900&theme=" + encode("企业开办"))).containsExactlyInAnyOrder(allowance,
                cityCrossCounty, cityOnly);
        assertThat(codes("region=610900&theme=" + encode("企业"))).as("a whole theme, not a part of one").isEmpty();
    }

    @Test
    void pinyinInitialsFindTheItem() throws Exception {
        assertThat(codes("region=610900&keyword=zdsh")).containsExactly(allowance);
        assertThat(codes("region=610900&keyword=GTGSH")).containsExactly(licence);
    }

    @Test
    void flagsNarrowTheResults() throws Exception {
        assertThat(codes("region=610900&online=true")).containsExactly(licence);
        assertThat(codes("region=610900&crossRegion=true")).containsExactlyInAnyOrder(licence, cityCrossCounty);
        assertThat(codes("region=610900&atMostOneVisit=true")).hasSize(4);
        assertThat(codes("region=610900&highFrequency=true")).containsExactlyInAnyOrder(allowance, cityCrossCounty, cityOnly);
    }

    @Test
    void departmentAndTypeFilter() throws Exception {
        assertThat(codes("region=610900&department=" + encode("民政局"))).containsExactly(allowance);
        assertThat(codes("region=610900&type=01&department=" + encode("交通运输局"))).containsExactly(cityCrossCounty);
        assertThat(codes("region=610900&type=20")).isEmpty();
    }

    @Test
    void resultsArePagedAndSortedWithTheTotalCount() throws Exception {
        JsonNode second = expect(get("/public/items?region=610900&size=3&page=1&sort=code,desc", null), 200).json();
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("totalExact").asBoolean()).isTrue();
        assertThat(second.get("items")).hasSize(1);
        List<String> all = codes("region=610900&size=100&sort=code,desc");
        assertThat(second.at("/items/0/code").asString()).isEqualTo(all.get(3));
        assertThat(all).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void pageSizeAboveTheLimitAndUnknownSortsAreRefused() throws Exception {
        Response tooBig = get("/public/items?size=101", null);
        assertThat(tooBig.status()).isEqualTo(422);
        assertThat(tooBig.json().at("/errors/0/field").asString()).isEqualTo("size");
        assertThat(get("/public/items?sort=guide", null).status()).isEqualTo(422);
        assertThat(get("/public/items?region=61x", null).status()).isEqualTo(422);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
