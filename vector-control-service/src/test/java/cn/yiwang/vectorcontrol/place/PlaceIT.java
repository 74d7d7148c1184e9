package cn.yiwang.vectorcontrol.place;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Places, supervising departments (Art. 5) and breeding sites (Art. 16) through the real API. */
@ServiceIntegrationTest
class PlaceIT {

    private static final String MEI = "610326";
    private static final String MARKET_UNIT = "91610326MA6X00001B";
    private static final String MARKET_REGULATION_MEI = "11610326MB0000001M";
    private static final String CITY_MANAGEMENT_MEI = "11610326MB0000002Q";

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String aiwei;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        aiwei = Tokens.forRoles("aiwei-officer").region(MEI).subject("aiwei-mei").bearer();
        api.post("/department-offices", aiwei, Map.of("orgCode", MARKET_REGULATION_MEI, "name", "眉县市场监督管理局",
                "department", "MARKET_REGULATION", "regionCode", MEI));
        api.post("/department-offices", aiwei, Map.of("orgCode", CITY_MANAGEMENT_MEI, "name", "眉县城市管理执法局",
                "department", "CITY_MANAGEMENT", "regionCode", MEI));
    }

    private Map<String, Object> market(String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCreditCode", creditCode);
        body.put("unitName", "眉县农贸市场管理有限公司");
        body.put("name", "首善农贸市场");
        body.put("placeType", "FARMERS_MARKET");
        body.put("address", "眉县首善街道平阳街 1 号");
        body.put("regionCode", MEI);
        body.put("responsiblePerson", "王建国");
        body.put("responsiblePhone", "13812345678");
        body.put("facilities", List.of("RAT_PROOF_BOARDS", "FLY_KILLER_LAMPS"));
        return body;
    }

    private String inspector(String orgCode) {
        return Tokens.forRoles("inspector").region(MEI).org(orgCode).bearer();
    }

    @Test
    void aRegisteredMarketIsSupervisedByMarketRegulationWhoseInspectorSeesItWithTheContactMasked() {
        Api.Response registered = api.post("/places", aiwei, market(MARKET_UNIT));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("supervisingDepartment").asString()).isEqualTo("MARKET_REGULATION");
        String id = registered.json().get("id").asString();

        Api.Response seen = api.get("/places/" + id, inspector(MARKET_REGULATION_MEI));

        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().get("responsiblePhone").asString()).isNotEqualTo("13812345678").contains("*");
        assertThat(api.get("/places/" + id, aiwei).json().get("responsiblePhone").asString()).isEqualTo("13812345678");
    }

    @Test
    void theResponsiblePersonsPhoneIsStoredEncrypted() {
        String id = api.post("/places", aiwei, market(MARKET_UNIT)).json().get("id").asString();

        String stored = jdbc.queryForObject("select responsible_phone from place where id = ?::uuid", String.class, id);

        assertThat(stored).isNotBlank().doesNotContain("13812345678");
    }

    @Test
    void anInspectorOfAnotherDomainCannotSeeThePlace() {
        String id = api.post("/places", aiwei, market(MARKET_UNIT)).json().get("id").asString();

        assertThat(api.get("/places/" + id, inspector(CITY_MANAGEMENT_MEI)).status()).isEqualTo(403);
    }

    @Test
    void anInspectorsListHoldsOnlyTheirDomainsPlaces() {
        api.post("/places", aiwei, market(MARKET_UNIT));
        Map<String, Object> toilet = market("11610326MB0000001M");
        toilet.put("placeType", "PUBLIC_TOILET");
        toilet.put("name", "平阳街公厕");
        api.post("/places", aiwei, toilet);

        Api.Response listed = api.get("/places?size=50", inspector(CITY_MANAGEMENT_MEI));

        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        assertThat(listed.json().get("items").valueStream().map(place -> place.get("placeType").asString()).distinct().toList())
                .containsExactly("PUBLIC_TOILET");
    }

    @Test
    void theOfficeMovesAPlaceToAnotherDepartmentOnlyWithAReason() {
        String id = api.post("/places", aiwei, market(MARKET_UNIT)).json().get("id").asString();

        Api.Response withoutReason = api.put("/places/" + id + "/supervising-department", aiwei,
                Map.of("department", "RAILWAY"));
        Api.Response withReason = api.put("/places/" + id + "/supervising-department", aiwei,
                Map.of("department", "RAILWAY", "reason", "市场位于火车站站区内"));

        assertThat(withoutReason.status()).isEqualTo(422);
        assertThat(withReason.status()).as(withReason.toString()).isEqualTo(200);
        assertThat(withReason.json().get("supervisingDepartment").asString()).isEqualTo("RAILWAY");
        assertThat(withReason.json().get("departmentOverridden").asBoolean()).isTrue();
    }

    @Test
    void aWrongCreditCodeIsRefusedNamingTheField() {
        Api.Response refused = api.post("/places", aiwei, market("91610326MA6X00001C"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("unitCreditCode");
    }

    @Test
    void aKeyPlaceWithoutResponsiblePersonAndFacilitiesIsRefused() {
        Map<String, Object> bare = market(MARKET_UNIT);
        bare.remove("responsiblePerson");
        bare.put("facilities", List.of());

        Api.Response refused = api.post("/places", aiwei, bare);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("responsiblePerson").contains("facilities").contains("重点场所必须明确责任人");
    }

    @Test
    void anotherCountysOfficeCannotRegisterPlacesHere() {
        Api.Response refused = api.post("/places", Tokens.forRoles("aiwei-officer").region("610900").bearer(),
                market(MARKET_UNIT));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void aBreedingSiteStaysOpenUntilARecheckClearsIt() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String cdc = Tokens.forRoles("cdc-monitor").region(MEI).bearer();
        Api.Response found = api.post("/breeding-sites", cdc, Map.of("regionCode", MEI, "siteType", "DISCARDED_TYRES",
                "location", "渭河滩废品点", "foundOn", today.minusDays(10).toString(), "deadline", today.minusDays(3).toString()));
        assertThat(found.status()).as(found.toString()).isEqualTo(201);
        String id = found.json().get("id").asString();
        assertThat(found.json().get("overdue").asBoolean()).isTrue();

        api.post("/breeding-sites/" + id + "/remediation", inspector(CITY_MANAGEMENT_MEI), Map.of("note", "轮胎已清运"));
        assertThat(openSiteIds()).contains(id);

        Api.Response cleared = api.post("/breeding-sites/" + id + "/rechecks", aiwei, Map.of("cleared", true));
        assertThat(cleared.json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(openSiteIds()).doesNotContain(id);
    }

    @Test
    void aCompanyCannotRecordBreedingSites() {
        Api.Response refused = api.post("/breeding-sites", Tokens.forRoles("pest-control-company").region(MEI).bearer(),
                Map.of("regionCode", MEI, "siteType", "STAGNANT_WATER", "location", "x", "foundOn", "2026-05-01",
                        "deadline", "2026-05-08"));

        assertThat(refused.status()).isEqualTo(403);
    }

    private List<String> openSiteIds() {
        return api.get("/breeding-sites?size=100", aiwei).json().get("items").valueStream()
                .map(site -> site.get("id").asString()).toList();
    }
}
