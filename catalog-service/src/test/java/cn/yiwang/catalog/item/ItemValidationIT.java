package cn.yiwang.catalog.item;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import cn.yiwang.catalog.guide.TimeLimit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static org.assertj.core.api.Assertions.assertThat;

class ItemValidationIT extends CatalogIntegrationTest {

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString() + ":" + error.get("code").asString()));
        return fields;
    }

    @Test
    void aBasicCodeThatIsNotTwelveDigitsOfTheRightTypeIsNamed() throws Exception {
        Response shortCode = post("/basic-items", catalogAdmin(), Map.of("code", "6101001", "name", "x", "type", "01",
                "lineDepartment", "x", "legalBasis", "x", "levels", List.of("4")));
        assertThat(shortCode.status()).isEqualTo(422);
        assertThat(fields(shortCode.json())).containsExactly("code:invalid-format");
        assertThat(shortCode.body()).as("the national layout, spelt out").contains("基本编码应为 12 位（制定地区 2 + 事项类型 2 + 主项 5 + 子项 3）");

        Response wrongType = post("/basic-items", catalogAdmin(), Map.of("code", "610700100000", "name", "x",
                "type", "01", "lineDepartment", "x", "legalBasis", "x", "levels", List.of("4", "9")));
        assertThat(fields(wrongType.json())).containsExactly("code:type-segment-mismatch", "levels[1]:unknown-code");
    }

    @Test
    void badCodesInAClaimAreAllNamedAtOnce() throws Exception {
        String basic = basicItem("烟草专卖零售许可");
        Response response = claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), basic, "11610326MB0000001N", "610399",
                "9", Examples.completeGuide());
        assertThat(response.status()).isEqualTo(422);
        assertThat(fields(response.json())).containsExactlyInAnyOrder("regionCode:unknown-region",
                "bodyCreditCode:invalid-check-character", "level:unknown-code");
        assertThat(response.body()).contains("未知的行政区划 610399");
    }

    @Test
    void limitsInWrongUnitsOrAPromiseBeyondTheLawAreNamedInEnglishOnRequest() throws Exception {
        String basic = basicItem("出版物零售单位设立");
        var guide = Examples.withLimits(Examples.completeGuide(), new TimeLimit(1, "MONTH"), TimeLimit.workingDays(5));
        Response wrongUnit = claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), basic, MEI_MARKET_REGULATION,
                MEI_COUNTY, "4", guide);
        assertThat(fields(wrongUnit.json())).containsExactly("guide.legalLimit.unit:unknown-unit");

        var beyond = Examples.withLimits(Examples.completeGuide(), TimeLimit.workingDays(20), TimeLimit.workingDays(30));
        Response english = send("POST", "/items", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), Map.of("basicCode", basic,
                "regionCode", MEI_COUNTY, "implementingBody", "眉县市场监督管理局", "bodyCreditCode", MEI_MARKET_REGULATION,
                "level", "4", "department", "市场监督管理局", "guide", beyond), Map.of("Accept-Language", "en"));
        assertThat(english.status()).isEqualTo(422);
        assertThat(fields(english.json())).containsExactly("guide.promisedLimit.value:exceeds-legal-limit");
        assertThat(english.json().at("/errors/0/message").asString()).isEqualTo("The promised limit 30 exceeds the legal limit 20.");
    }

    @Test
    void claimingTheSameItemTwiceIsAConflict() throws Exception {
        String basic = basicItem("放射诊疗许可");
        String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
        expect(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201);
        assertThat(claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()).status())
                .isEqualTo(409);
    }

    @Test
    void anUnknownCodeTypeInTheGuideIsAMalformedRequest() throws Exception {
        String basic = basicItem("医疗机构执业登记");
        Map<String, Object> guide = new java.util.HashMap<>(json.convertValue(Examples.completeGuide(), Map.class));
        guide.put("caseKind", "7");
        assertThat(claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                guide).status()).isEqualTo(400);
    }

    @Test
    void aMalformedPublicCodeIsNotFound() throws Exception {
        assertThat(get("/public/items/not-a-code", null).status()).isEqualTo(404);
    }
}
