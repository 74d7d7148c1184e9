package cn.yiwang.vectorcontrol.inspection;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Inspections, rectification orders and escalation (Art. 30–31) through the real API. */
@ServiceIntegrationTest
class InspectionIT {

    private static final String MEI = "610326";
    private static final String MARKET_REGULATION_MEI = "11610326MB0000001M";
    private static final String CITY_MANAGEMENT_MEI = "11610326MB0000002Q";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    EscalationScan escalationScan;

    Api api;
    String aiwei;
    String marketInspector;
    String placeId;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        aiwei = Tokens.forRoles("aiwei-officer").region(MEI).bearer();
        marketInspector = Tokens.forRoles("inspector").region(MEI).org(MARKET_REGULATION_MEI).bearer();
        api.post("/department-offices", aiwei, Map.of("orgCode", MARKET_REGULATION_MEI, "name", "眉县市场监督管理局",
                "department", "MARKET_REGULATION", "regionCode", MEI));
        api.post("/department-offices", aiwei, Map.of("orgCode", CITY_MANAGEMENT_MEI, "name", "眉县城市管理执法局",
                "department", "CITY_MANAGEMENT", "regionCode", MEI));
        placeId = api.post("/places", aiwei, Map.of("unitCreditCode", "91610326MA6X00001B", "unitName", "眉县农贸市场管理有限公司",
                "name", "首善农贸市场", "placeType", "FARMERS_MARKET", "address", "眉县首善街道平阳街 1 号", "regionCode", MEI,
                "responsiblePerson", "王建国", "facilities", List.of("RAT_PROOF_BOARDS"))).json().get("id").asString();
    }

    private Api.Response inspectWithFindings(String token, LocalDate on, LocalDate deadline) {
        return api.post("/inspections", token, Map.of("placeId", placeId, "inspectedOn", on.toString(),
                "findings", List.of(Map.of("subject", "RAT", "description", "后厨墙角发现鼠粪，挡鼠板缺失")),
                "rectificationDeadline", deadline.toString()));
    }

    @Test
    void theSupervisingDepartmentOrdersRectificationAndClosesItOnAPassingReinspection() {
        Api.Response inspected = inspectWithFindings(marketInspector, TODAY, TODAY.plusDays(7));
        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(201);
        assertThat(inspected.json().get("status").asString()).isEqualTo("RECTIFICATION_ORDERED");
        String id = inspected.json().get("id").asString();

        Api.Response reinspected = api.post("/inspections/" + id + "/reinspections", marketInspector, Map.of("passed", true));

        assertThat(reinspected.json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void anotherDepartmentCannotInspectThePlace() {
        Api.Response refused = inspectWithFindings(Tokens.forRoles("inspector").region(MEI).org(CITY_MANAGEMENT_MEI).bearer(),
                TODAY, TODAY.plusDays(7));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anInspectorOutsideTheRegionCannotInspectThePlace() {
        Api.Response refused = inspectWithFindings(Tokens.forRoles("inspector").region("610900").org(MARKET_REGULATION_MEI).bearer(),
                TODAY, TODAY.plusDays(7));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void anOrderLeftOpenPastItsDeadlineIsEscalatedToTheRegionsOffice() {
        String id = inspectWithFindings(marketInspector, TODAY.minusDays(20), TODAY.minusDays(5)).json().get("id").asString();

        escalationScan.escalateOverdue();

        Api.Response overdue = api.get("/rectification-orders/overdue", aiwei);
        assertThat(overdue.status()).as(overdue.toString()).isEqualTo(200);
        assertThat(overdue.json().valueStream().filter(order -> order.get("id").asString().equals(id)).toList())
                .singleElement().satisfies(order -> {
                    assertThat(order.get("overdue").asBoolean()).isTrue();
                    assertThat(order.has("escalatedAt")).isTrue();
                });
        assertThat(api.get("/rectification-orders/overdue", marketInspector).status()).isEqualTo(403);
    }

    @Test
    void aRectificationOrderOfThreeWorkingDaysOverNationalDayEndsOnTheMakeUpSaturday() {
        // Inspected 30 September 2026: 1–7 October are off, 8, 9 and Saturday 10 October are worked.
        Api.Response inspected = api.post("/inspections", marketInspector, Map.of("placeId", placeId,
                "inspectedOn", "2026-09-30", "findings", List.of(Map.of("subject", "RAT", "description", "后厨发现鼠迹")),
                "rectificationWorkingDays", 3));

        assertThat(inspected.status()).as(inspected.toString()).isEqualTo(201);
        assertThat(inspected.json().get("rectificationDeadline").asString()).isEqualTo("2026-10-10");

        Api.Response both = api.post("/inspections", marketInspector, Map.of("placeId", placeId,
                "inspectedOn", "2026-09-30", "findings", List.of(Map.of("subject", "RAT", "description", "后厨发现鼠迹")),
                "rectificationWorkingDays", 3, "rectificationDeadline", "2026-10-20"));
        assertThat(both.status()).isEqualTo(422);
        assertThat(api.post("/inspections", marketInspector, Map.of("placeId", placeId, "inspectedOn", "2026-09-30",
                "findings", List.of(Map.of("subject", "RAT", "description", "x")), "rectificationWorkingDays", 0)).status())
                .isEqualTo(422);
    }

    @Test
    void aBreedingSiteFoundBeforeTheMidAutumnHolidayIsDueFiveWorkingDaysLaterNotFiveCalendarDays() {
        String cdc = Tokens.forRoles("cdc-monitor").region(MEI).bearer();
        // Found Thursday 24 September 2026: 25–27 off (Mid-Autumn), then 28, 29, 30 September, 8 and 9 October.
        Api.Response found = api.post("/breeding-sites", cdc, Map.of("regionCode", MEI, "siteType", "DISCARDED_TYRES",
                "location", "渭河滩废品点", "foundOn", "2026-09-24", "deadlineWorkingDays", 5));

        assertThat(found.status()).as(found.toString()).isEqualTo(201);
        assertThat(found.json().get("deadline").asString()).isEqualTo("2026-10-09");
        assertThat(api.post("/breeding-sites", cdc, Map.of("regionCode", MEI, "siteType", "DISCARDED_TYRES",
                "location", "渭河滩废品点", "foundOn", "2026-09-24")).status()).as("no deadline at all").isEqualTo(422);
    }
}
