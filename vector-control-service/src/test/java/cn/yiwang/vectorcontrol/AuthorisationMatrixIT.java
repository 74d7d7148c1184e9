package cn.yiwang.vectorcontrol;

import cn.yiwang.common.identifier.UnifiedCreditCode;
import cn.yiwang.common.test.AuthorisationMatrix;
import cn.yiwang.common.test.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import cn.yiwang.common.test.ServiceIntegrationTest;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #11: who may call what. The matrix ({@code authorisation-matrix.md}) says, for every
 * operation of the OpenAPI document and every role, allow or deny; the scenarios below check
 * ownership and region with real records.
 */
@ServiceIntegrationTest
class AuthorisationMatrixIT {

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    JdbcTemplate matrixDatabase;

    private static final String MEI = "610326";
    private static final String MARKET_REGULATION_MEI = "11610326MB0000001M";
    private static final AtomicInteger UNITS = new AtomicInteger((int) (System.nanoTime() % 90_000));
    private Api api;
    private final String aiwei = Tokens.forRoles("aiwei-officer").region(MEI).subject("aiwei-mei").bearer();

    @BeforeEach
    void offices() {
        api = new Api(port, basePath);
        api.post("/department-offices", aiwei, Map.of("orgCode", MARKET_REGULATION_MEI, "name", "眉县市场监督管理局",
                "department", "MARKET_REGULATION", "regionCode", MEI));
    }

    @TestFactory
    Stream<DynamicNode> everyRoleGetsWhatTheMatrixSays() throws Exception {
        return AuthorisationMatrix.ofService(port, matrixDatabase)
                .probingEmptyBodies()
                .tests();
    }

    @Test
    void aKeyPlaceAndItsInspectionAreNeitherSeenNorActedOnFromAnotherRegionOrDepartment() {
        String placeId = market();
        String inspector = Tokens.forRoles("inspector").region(MEI).org(MARKET_REGULATION_MEI).bearer();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api.Response inspected = api.post("/inspections", inspector, Map.of("placeId", placeId,
                "inspectedOn", today.toString(),
                "findings", List.of(Map.of("subject", "RAT", "description", "后厨墙角发现鼠粪")),
                "rectificationDeadline", today.plusDays(7).toString()));
        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(201);
        String inspectionId = inspected.json().get("id").asString();

        String aiweiElsewhere = Tokens.forRoles("aiwei-officer").region("610926").bearer();
        String inspectorElsewhere = Tokens.forRoles("inspector").region("610926").org(MARKET_REGULATION_MEI).bearer();
        String otherDepartment = Tokens.forRoles("inspector").region(MEI).org("11610326MB0000002Q").bearer();
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("11610926MB0000009X").bearer();
        for (String outsider : List.of(aiweiElsewhere, inspectorElsewhere, otherDepartment, partnerElsewhere)) {
            assertThat(api.get("/places/" + placeId, outsider).status()).isIn(403, 404);
            assertThat(api.put("/places/" + placeId + "/supervising-department", outsider,
                    Map.of("department", "CITY_MANAGEMENT", "reason", "越权变更")).status()).isIn(403, 404);
            assertThat(api.get("/inspections/" + inspectionId, outsider).status()).isIn(403, 404);
            assertThat(api.post("/inspections/" + inspectionId + "/reinspections", outsider, Map.of("passed", true)).status())
                    .isIn(403, 404);
            assertThat(api.post("/inspections", outsider, Map.of("placeId", placeId, "inspectedOn", today.toString(),
                    "findings", List.of())).status()).isIn(403, 404);
        }

        assertThat(api.get("/places/" + placeId, aiwei).json().get("supervisingDepartment").asString())
                .as("the outsiders changed nothing").isEqualTo("MARKET_REGULATION");
        assertThat(api.get("/inspections/" + inspectionId, inspector).json().get("status").asString())
                .isEqualTo("RECTIFICATION_ORDERED");
    }

    @Test
    void aPestControlCompanyNeitherSeesNorUsesAnotherCompanysContracts() {
        String first = company("91610326MA6X0A001");
        String second = company("91610326MA6X0A002");
        register(first, "眉县权限矩阵消杀一部");
        register(second, "眉县权限矩阵消杀二部");
        Api.Response contract = api.post("/service-organisations/mine/contracts", first, Map.of(
                "unitCreditCode", "91610326MA6X00001B", "unitName", "眉县农贸市场管理有限公司",
                "startsOn", "2026-01-01", "endsOn", "2026-12-31", "pests", List.of("RAT"), "price", 12000));
        assertThat(contract.status()).as(contract.toString()).isEqualTo(201);
        String contractId = contract.json().get("id").asString();

        assertThat(api.get("/service-organisations/mine/contracts", second).body()).doesNotContain(contractId);
        Api.Response recordOnTheirs = api.post("/service-organisations/mine/service-records", second, Map.of(
                "contractId", contractId, "unitCreditCode", "91610326MA6X00001B", "unitName", "眉县农贸市场管理有限公司",
                "serviceDate", "2026-05-06", "pests", List.of("RAT"), "products", List.of(), "servicePrice", 300));
        assertThat(recordOnTheirs.status()).as("a service record under another company's contract: " + recordOnTheirs)
                .isIn(403, 404, 422);
        String partnerElsewhere = Tokens.forRoles("partner-system").region("610926").org("11610926MB0000009X").bearer();
        assertThat(api.get("/service-organisations/mine/contracts", partnerElsewhere).status()).isIn(403, 404);
        assertThat(api.get("/service-organisations/mine/contracts", first).body()).contains(contractId);
    }

    /** A company token; the 17 given characters get their GB 32100 check character. */
    private String company(String first17) {
        return Tokens.forRoles("pest-control-company").region(MEI).org(first17 + UnifiedCreditCode.checkCharacter(first17))
                .subject("company-" + first17).bearer();
    }

    private void register(String token, String name) {
        Api.Response registered = api.post("/service-organisations", token, Map.of("name", name, "regionCode", MEI,
                "address", "眉县首善街道", "contactPhone", "0917-5540000",
                "conditions", List.of("QUALIFICATION", "PROCEDURES", "PREMISES_AND_STORES", "PRICING")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    /** A farmers' market of a unit of its own, registered by Mei County's 爱卫办. */
    private String market() {
        String first17 = "91610326MA6Y" + String.format("%05d", UNITS.incrementAndGet());
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("unitCreditCode", first17 + UnifiedCreditCode.checkCharacter(first17));
        body.put("unitName", "眉县权限矩阵市场有限公司");
        body.put("name", "权限矩阵农贸市场");
        body.put("placeType", "FARMERS_MARKET");
        body.put("address", "眉县首善街道平阳街 9 号");
        body.put("regionCode", MEI);
        body.put("responsiblePerson", "王建国");
        body.put("facilities", List.of("RAT_PROOF_BOARDS"));
        Api.Response registered = api.post("/places", aiwei, body);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return registered.json().get("id").asString();
    }
}
