package cn.yiwang.certificate;

import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.certificate.support.Api.Response;
import cn.yiwang.certificate.support.CertificateIntegrationTestBase;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.yiwang.certificate.support.Examples.LI_SI;
import static cn.yiwang.certificate.support.Examples.MEI_CIVIL_AFFAIRS;
import static cn.yiwang.certificate.support.Examples.MEI_EDUCATION_BUREAU;
import static cn.yiwang.certificate.support.Examples.XIAN_BANK;
import static cn.yiwang.certificate.support.Examples.ZHANG_SAN;
import static cn.yiwang.certificate.support.Examples.degreeFor;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
class AuthorisationMatrixIT extends CertificateIntegrationTestBase {

    @Autowired
    JdbcTemplate matrixDatabase;

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .probingEmptyBodies()
                .tests();
    }

    @Test
    void anotherCitizenCanNeitherSeeNorShowNorGrantNorObjectToSomeoneElsesCertificate() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");
        String owner = citizen(ZHANG_SAN);
        String stranger = citizen(LI_SI);

        assertThat(api.get("/" + id, stranger).status()).isIn(403, 404);
        assertThat(api.get("/wallet/" + id + "/sealed-document", stranger).status()).isIn(403, 404);
        assertThat(api.post("/wallet/" + id + "/displays", stranger, Map.of("fields", List.of())).status()).isIn(403, 404);
        assertThat(api.get("/wallet/" + id + "/grants", stranger).status()).isIn(403, 404);
        assertThat(api.post("/wallet/" + id + "/grants", stranger, grantTo(XIAN_BANK)).status()).isIn(403, 404);
        assertThat(api.post("/wallet/" + id + "/objections", stranger, objection()).status()).isIn(403, 404);
        assertThat(api.get("/wallet?size=100", stranger).json("items").findValuesAsString("id")).doesNotContain(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM display_token WHERE certificate_id = ?::uuid", Integer.class, id))
                .as("a refused display leaves no token").isZero();

        assertThat(api.get("/" + id, owner).status()).isEqualTo(200);
        assertThat(api.post("/wallet/" + id + "/displays", owner, Map.of("fields", List.of())).status()).isEqualTo(201);
        assertThat(api.post("/wallet/" + id + "/objections", owner, objection()).status()).isEqualTo(201);
        Response grant = api.post("/wallet/" + id + "/grants", owner, grantTo(XIAN_BANK));
        assertThat(grant.status()).isEqualTo(201);
        String grantId = grant.field("id");

        assertThat(api.delete("/grants/" + grantId, stranger).status()).isIn(403, 404);
        assertThat(api.get("/grants/" + grantId + "/copy", stranger).status()).isIn(403, 404);
        assertThat(api.get("/grants/" + grantId + "/copy", agency(MEI_CIVIL_AFFAIRS)).status())
                .as("an organisation the holder did not name").isIn(403, 404);
        assertThat(api.get("/wallet/" + id + "/grants", owner).body().findValuesAsString("active"))
                .as("the stranger's withdrawal changed nothing").containsExactly("true");
        assertThat(api.get("/grants/" + grantId + "/copy", agency(XIAN_BANK)).status()).isEqualTo(200);
    }

    @Test
    void anIssuerOrPartnerOfAnotherRegionNeitherSeesNorChangesTheCertificate() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");
        String sameBodyElsewhere = Tokens.forRoles("dept-admin").region("610926").org(MEI_EDUCATION_BUREAU).bearer();
        String otherBodySameRegion = issuer(MEI_CIVIL_AFFAIRS);
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("11610926MB0000001X")
                .client("partner-pingli").bearer();

        for (String outsider : List.of(sameBodyElsewhere, otherBodySameRegion, partnerElsewhere)) {
            assertThat(api.get("/" + id, outsider).status()).isIn(403, 404);
            assertThat(api.post("/" + id + "/suspension", outsider, Map.of("reason", "越权暂停")).status()).isIn(403, 404);
        }
        assertThat(api.get("/" + id, issuer(MEI_EDUCATION_BUREAU)).field("status")).isEqualTo("VALID");
    }

    /**
     * A grant to a case is used only by whoever handles the case: naming the case number (printed on
     * receipts) is not enough — ops, a company or a partner elsewhere get 404 (case-service, asked with
     * their own token, does not show them the case; here it is not even reachable, and doubt refuses).
     */
    @Test
    void aGrantToACaseIsNotReadByStaffWhoMerelyNameTheCaseNumber() {
        String id = api.post("", issuer(MEI_EDUCATION_BUREAU), degreeFor(ZHANG_SAN, "张三")).field("id");
        String caseNumber = "610326-2026-004711";
        String grantId = api.post("/wallet/" + id + "/grants", citizen(ZHANG_SAN), Map.of("granteeKind", "CASE",
                "grantee", caseNumber, "reason", "食品经营许可申请", "validUntil",
                Instant.now().plus(7, ChronoUnit.DAYS).toString())).field("id");
        String opsOnly = Tokens.forRoles("ops").region("610326").org("11610326MB1234567X").bearer();
        String companyElsewhere = Tokens.forRoles("pest-control-company").region("610926").org("91610926MA6X00001B").bearer();
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("11610926MB0000001X")
                .client("partner-pingli").bearer();

        for (String outsider : List.of(opsOnly, companyElsewhere, partnerElsewhere)) {
            Response copy = api.get("/grants/" + grantId + "/copy?case=" + caseNumber, outsider);
            assertThat(copy.status()).as(copy.text()).isEqualTo(404);
        }
    }

    private static Map<String, Object> grantTo(String organisation) {
        return Map.of("granteeKind", "ORGANISATION", "grantee", organisation, "reason", "办理个人住房贷款学历核验",
                "validUntil", Instant.now().plus(1, ChronoUnit.DAYS).toString());
    }

    private static Map<String, Object> objection() {
        return Map.of("field", "discipline", "description", "我的学科门类是农学，不是工学");
    }
}
