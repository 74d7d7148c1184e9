package cn.yiwang.catalog.basic;

import cn.yiwang.catalog.CatalogIntegrationTest;
import cn.yiwang.catalog.Examples;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static org.assertj.core.api.Assertions.assertThat;

/** A province that numbers its basic items its own way: type 2 + department 3 letters or digits + item 5. */
@TestPropertySource(properties = {
        "yiwang.catalog.basic-code.segments[0].name=type",
        "yiwang.catalog.basic-code.segments[0].label=事项类型",
        "yiwang.catalog.basic-code.segments[0].length=2",
        "yiwang.catalog.basic-code.segments[0].check=item-type",
        "yiwang.catalog.basic-code.segments[1].name=department",
        "yiwang.catalog.basic-code.segments[1].label=部门",
        "yiwang.catalog.basic-code.segments[1].length=3",
        "yiwang.catalog.basic-code.segments[1].check=alphanumeric",
        "yiwang.catalog.basic-code.segments[2].name=item",
        "yiwang.catalog.basic-code.segments[2].label=事项序号",
        "yiwang.catalog.basic-code.segments[2].length=5",
        "yiwang.catalog.basic-code.segments[2].check=digits"})
class CustomBasicCodeLayoutIT extends CatalogIntegrationTest {

    private Response define(String code, String type) throws Exception {
        return post("/basic-items", catalogAdmin(), Map.of("code", code, "name", "个体工商户登记", "type", type,
                "lineDepartment", "市场监督管理局", "legalBasis", "《促进个体工商户发展条例》", "levels", List.of("3", "4")));
    }

    @Test
    void aNationalCodeIsRefusedWithTheConfiguredLayoutSpeltOut() throws Exception {
        Response national = define("610100100001", "01");
        assertThat(national.status()).isEqualTo(422);
        assertThat(national.json().at("/errors/0/code").asString()).isEqualTo("invalid-format");
        assertThat(national.body()).contains("基本编码应为 10 位（事项类型 2 + 部门 3 + 事项序号 5）");

        Response english = send("POST", "/basic-items", catalogAdmin(), Map.of("code", "610100100001", "name", "x",
                "type", "01", "lineDepartment", "x", "legalBasis", "x", "levels", List.of("4")),
                Map.of("Accept-Language", "en"));
        assertThat(english.body()).contains("A basic code has 10 characters (type 2 + department 3 + item 5)");

        Response wrongType = define("20SCJ00001", "01");
        assertThat(wrongType.json().at("/errors/0/code").asString()).isEqualTo("type-segment-mismatch");
        assertThat(wrongType.body()).contains("基本编码第 1–2 位应与事项类型代码一致");
    }

    @Test
    void anItemWithACodeOfTheConfiguredLayoutIsClaimedPublishedAndFoundByItsCode() throws Exception {
        expect(define("01SCJ00001", "01"), 201);
        Response claimed = expect(claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), "01SCJ00001",
                MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide()), 201);
        String code = claimed.json().get("code").asString();
        assertThat(code).isEqualTo(MEI_MARKET_REGULATION + "4" + "01SCJ00001").hasSize(29);
        String id = claimed.json().get("id").asString();
        expect(post("/items/" + id + "/submit", deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), null), 200);
        expect(post("/items/" + id + "/approve", approver(MEI_COUNTY), Map.of("text", "同意")), 200);
        expect(post("/items/" + id + "/publish", approver(MEI_COUNTY), null), 200);

        JsonNode guide = expect(get("/public/items/" + code, null), 200).json();
        assertThat(guide.get("code").asString()).as("no padding from a fixed-width column").isEqualTo(code);
        assertThat(guide.get("basicCode").asString()).isEqualTo("01SCJ00001");
        assertThat(get("/public/items/" + MEI_MARKET_REGULATION + "4610100100000", null).status())
                .as("a national-layout code is not a code here").isEqualTo(404);
    }
}
