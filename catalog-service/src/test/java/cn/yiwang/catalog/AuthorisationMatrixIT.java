package cn.yiwang.catalog;

import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.yiwang.catalog.Examples.MEI_COUNTY;
import static cn.yiwang.catalog.Examples.MEI_MARKET_REGULATION;
import static cn.yiwang.catalog.Examples.PINGLI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
class AuthorisationMatrixIT extends CatalogIntegrationTest {

    @Autowired
    JdbcTemplate matrixDatabase;

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .tests();
    }

    @Test
    void aDraftOfOneRegionIsNeitherReadNorEditedNorSubmittedByADepartmentOfAnotherRegionOrBody() throws Exception {
        String basic = basicItem("权限矩阵许可");
        Response claimed = claim(deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY), basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4",
                Examples.completeGuide());
        assertThat(claimed.status()).as(claimed.body()).isEqualTo(201);
        String id = claimed.json().get("id").asString();
        String etag = get("/items/" + id, deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY)).etag();

        String sameBodyElsewhere = deptAdmin(MEI_MARKET_REGULATION, PINGLI);
        String otherBodySameRegion = deptAdmin(Examples.MEI_TAX, MEI_COUNTY);
        String citizen = Tokens.forRoles("citizen").idHash("authz-citizen").bearer();
        for (String outsider : List.of(sameBodyElsewhere, otherBodySameRegion, citizen)) {
            assertThat(get("/items/" + id, outsider).status()).isIn(403, 404);
            assertThat(put("/items/" + id, outsider, Map.of("guide", Examples.completeGuide()), etag).status())
                    .isIn(403, 404);
            assertThat(post("/items/" + id + "/submit", outsider, null).status()).isIn(403, 404);
            assertThat(post("/items/" + id + "/withdraw", outsider, Map.of("reason", "越权撤回")).status()).isIn(403, 404);
        }

        Response draft = get("/items/" + id, deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY));
        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.json().get("status").asString()).as("the outsiders changed nothing").isEqualTo("DRAFT");
        assertThat(draft.etag()).isEqualTo(etag);
    }

    @Test
    void onlyAnApproverOfTheItemsRegionApprovesRejectsOrPublishesIt() throws Exception {
        String basic = basicItem("权限矩阵审核");
        String editor = deptAdmin(MEI_MARKET_REGULATION, MEI_COUNTY);
        String id = claim(editor, basic, MEI_MARKET_REGULATION, MEI_COUNTY, "4", Examples.completeGuide())
                .json().get("id").asString();
        expect(post("/items/" + id + "/submit", editor, null), 200);

        String approverElsewhere = approver(PINGLI);
        String partnerElsewhere = Tokens.forRoles("partner-system").region(PINGLI).org("11610926MB0000009X").bearer();
        for (String outsider : List.of(approverElsewhere, partnerElsewhere, editor)) {
            assertThat(post("/items/" + id + "/approve", outsider, Map.of("text", "同意")).status()).isIn(403, 404);
            assertThat(post("/items/" + id + "/reject", outsider, Map.of("reason", "越权退回")).status()).isIn(403, 404);
        }
        assertThat(post("/items/" + id + "/publish", approverElsewhere, null).status()).isIn(403, 404);
        assertThat(get("/items/" + id, approverElsewhere).status()).isIn(403, 404);

        assertThat(get("/items/" + id, approver(MEI_COUNTY)).json().get("status").asString())
                .as("the outsiders changed nothing").isEqualTo("SUBMITTED");
        expect(post("/items/" + id + "/approve", approver(MEI_COUNTY), Map.of("text", "同意")), 200);
    }

    /**
     * The basic directory (基本目录) is set by the province (or the nation): a province-level
     * catalog-admin of another province may neither revise Shaanxi's basic items (code's 制定地区 61)
     * nor define new ones under Shaanxi's code, and nothing changes.
     */
    @Test
    void aCatalogAdminOfAnotherProvinceNeitherRevisesNorDefinesShaanxisBasicItems() throws Exception {
        String code = basicItem("权限矩阵基本事项");
        String etag = get("/basic-items/" + code, catalogAdmin()).etag();
        String beijingAdmin = Tokens.forRoles("catalog-admin").region("110000").subject("catalog-admin-beijing").bearer();

        Response revised = put("/basic-items/" + code, beijingAdmin, Map.of("code", code, "name", "被外省改名的事项",
                "type", "01", "lineDepartment", "市场监督管理局", "legalBasis", "《中华人民共和国行政许可法》",
                "levels", List.of("3", "4")), etag);

        assertThat(revised.status()).as(revised.body()).isEqualTo(403);
        assertThat(get("/basic-items/" + code, catalogAdmin()).json().get("name").asString()).isEqualTo("权限矩阵基本事项");
        Response defined = post("/basic-items", beijingAdmin, Map.of("code", "6101" + code.substring(4, 9) + "999",
                "name", "外省制定的陕西事项", "type", "01", "lineDepartment", "市场监督管理局",
                "legalBasis", "《中华人民共和国行政许可法》", "levels", List.of("3", "4")));
        assertThat(defined.status()).as(defined.body()).isEqualTo(403);
    }
}
