package cn.yiwang.catalog.item;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static cn.yiwang.catalog.Examples.BAOJI;
import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static cn.yiwang.catalog.Examples.MEI_TAX;
import static cn.yiwang.catalog.Examples.PINGLI;
import static org.assertj.core.api.Assertions.assertThat;

class ItemAccessIT extends CatalogIntegrationTest {

    @Test
    void onlyCatalogAdministratorsMaintainTheBasicDirectory() throws Exception {
        Map<String, Object> entry = Map.of("code", nextBasicCode("20"), "name", "社会保障卡申领", "type", "20",
                "lineDepartment", "人力资源和社会保障局", "legalBasis", "《社会保险法》", "levels", java.util.List.of("4"));
        assertThat(post("/basic-items", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), entry).status()).isEqualTo(403);
        assertThat(post("/basic-items", null, entry).status()).isEqualTo(401);
        assertThat(post("/basic-items", catalogAdmin(), entry).status()).isEqualTo(201);
    }

    @Test
    void onlyAProvincesCatalogAdministratorDefinesOrRevisesBasicItems() throws Exception {
        String code = nextBasicCode("20");
        Map<String, Object> entry = Map.of("code", code, "name", "社会保障卡申领", "type", "20",
                "lineDepartment", "人力资源和社会保障局", "legalBasis", "《社会保险法》", "levels", java.util.List.of("3", "4"));
        String cityAdmin = Tokens.forRoles("catalog-admin").region(BAOJI).subject("catalog-admin-baoji").bearer();
        String countyAdmin = Tokens.forRoles("catalog-admin").region(MEI_COUNTY).subject("catalog-admin-mei").bearer();

        Response byCity = post("/basic-items", cityAdmin, entry);
        assertThat(byCity.status()).as("a city's catalog administrator").isEqualTo(403);
        assertThat(byCity.json().get("detail").asString()).contains("省级").contains(BAOJI);
        assertThat(post("/basic-items", countyAdmin, entry).status()).as("a county's").isEqualTo(403);
        assertThat(get("/basic-items/" + code, cityAdmin).status()).as("nothing was defined").isEqualTo(404);

        Response defined = expect(post("/basic-items", catalogAdmin(), entry), 201);
        Map<String, Object> revision = new java.util.HashMap<>(entry);
        revision.put("name", "社会保障卡申领和补换");
        Response revisedByCity = put("/basic-items/" + code, cityAdmin, revision, defined.etag());
        assertThat(revisedByCity.status()).isEqualTo(403);
        assertThat(expect(get("/basic-items/" + code, cityAdmin), 200).json().get("name").asString())
                .as("unchanged, and still readable by the city").isEqualTo("社会保障卡申领");
        assertThat(expect(put("/basic-items/" + code, catalogAdmin(), revision, defined.etag()), 200).json()
                .get("name").asString()).isEqualTo("社会保障卡申领和补换");
    }

    @Test
    void aDepartmentClaimsOnlyForItsOwnBodyInsideItsRegion() throws Exception {
        String basic = basicItem("食品小作坊登记");
        String othersBody = deptAdmin(MEI_TAX, MEI_COUNTY);
        assertThat(claim(othersBody, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()).status())
                .as("another body's administrator").isEqualTo(403);
        String otherRegion = deptAdmin(MEI_MARKET_REGULATION, PINGLI);
        assertThat(claim(otherRegion, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()).status())
                .as("same body, token for another region").isEqualTo(403);
        String clerk = Tokens.forRoles("window-clerk").region(MEI_COUNTY).org(MEI_MARKET_REGULATION).bearer();
        assertThat(claim(clerk, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()).status())
                .as("not a department administrator").isEqualTo(403);
        assertThat(claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                Examples.completeGuide()).status()).isEqualTo(201);
    }

    @Test
    void onlyTheRegionsApproverReviews() throws Exception {
        String basic = basicItem("食品经营许可（仅销售预包装食品备案）");
        String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
        String id = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201)
                .json().get("id").asString();
        expect(post("/items/" + id + "/submit", editor, null), 200);

        assertThat(post("/items/" + id + "/approve", editor, null).status()).as("the editor approving itself").isEqualTo(403);
        assertThat(post("/items/" + id + "/approve", approver(PINGLI), null).status()).as("another county's approver").isEqualTo(403);
        assertThat(post("/items/" + id + "/approve", approver(BAOJI), null).status())
                .as("the city's approval office covers the county").isEqualTo(200);
    }

    @Test
    void draftsAreHiddenFromThePublicAndFromOtherRegions() throws Exception {
        String basic = basicItem("小餐饮登记");
        String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
        String id = expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201)
                .json().get("id").asString();
        assertThat(get("/items/" + id, null).status()).isEqualTo(401);
        assertThat(get("/items/" + id, approver(PINGLI)).status()).isEqualTo(403);
        assertThat(get("/items/" + id, Tokens.forRoles("citizen").bearer()).status()).isEqualTo(403);
        assertThat(get("/items/" + id, approver(MEI_COUNTY)).status()).isEqualTo(200);
        assertThat(get("/items/" + id, catalogAdmin()).status()).isEqualTo(200);
    }

    @Test
    void aPublishedGuideIsReadWithoutAToken() throws Exception {
        var item = published("摊贩登记", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        Response guide = get("/public/items/" + item.get("code").asString(), null);
        assertThat(guide.status()).isEqualTo(200);
        assertThat(guide.json().get("implementingBody").asString()).isEqualTo("眉县市场监督管理局");
    }

    @Test
    void onlyTheBodyOrTheApproverWithdraws() throws Exception {
        var item = published("网络餐饮服务第三方平台备案", MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide());
        String id = item.get("id").asString();
        assertThat(post("/items/" + id + "/withdraw", deptAdmin(MEI_TAX, MEI_COUNTY), Map.of("reason", "x")).status())
                .isEqualTo(403);
        assertThat(post("/items/" + id + "/withdraw", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY),
                Map.of("reason", "职能划转")).status()).isEqualTo(200);
    }
}
