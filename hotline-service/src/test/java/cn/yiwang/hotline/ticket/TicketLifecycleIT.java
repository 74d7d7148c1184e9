package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static cn.yiwang.hotline.support.MutableClock.beijing;
import static org.assertj.core.api.Assertions.assertThat;

/** The 12345 flow through the REST API with real tokens, database and outbox. */
class TicketLifecycleIT extends HotlineIntegrationTest {

    @Test
    void anAgentRegistersAComplaintAndTheCatalogueProposesTheLeadDepartment() {
        Response created = api.post("/api/v1/hotline/tickets", agent(), complaint("city.sanitation", "市场门口垃圾堆积三天无人清运"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(text(body.path("ticket"), "status")).isEqualTo("REGISTERED");
        assertThat(text(body.path("ticket"), "channel")).isEqualTo("PHONE");
        assertThat(text(body.path("ticket"), "number")).startsWith("GD20261123");
        assertThat(text(body.path("ticket"), "categoryName")).isEqualTo("市容环境卫生");
        assertThat(text(body.path("dispatchProposal"), "leadOrgName")).isEqualTo("眉县城市管理执法局");
        assertThat(body.path("emergencyLine").isMissingNode() || body.path("emergencyLine").isNull()).isTrue();
        assertThat(text(body.path("ticket").path("caller"), "phone")).as("the centre sees the caller's number")
                .startsWith("139");
    }

    @Test
    void theCallersPhoneAndAddressAreStoredEncryptedWithAKeyedHash() {
        Response created = api.post("/api/v1/hotline/tickets", agent(),
                complaint("city.road", "路面塌陷", "13700001111", "眉县平阳街", null, null));
        String id = text(created.json().path("ticket"), "id");

        Map<String, Object> row = jdbc.queryForMap(
                "select caller_phone_cipher, caller_phone_hash, caller_address_cipher from ticket where id = ?", id);

        assertThat(row.get("caller_phone_cipher").toString()).doesNotContain("13700001111");
        assertThat(row.get("caller_phone_hash").toString()).isNotBlank().doesNotContain("13700001111");
        assertThat(row.get("caller_address_cipher").toString()).doesNotContain("首善镇");
    }

    @Test
    void aConsultationIsAnsweredOnTheSpotButAComplaintIsNot() {
        String consultation = register(Map.of("type", "CONSULTATION", "categoryCode", "gov.service", "regionCode", MEI,
                "description", "办理居住证需要什么材料？"));
        String complaint = register(complaint("city.sanitation", "垃圾没人管"));

        Response answered = api.post(path(consultation, "answer"), agent(), Map.of("answer", "携带身份证和居住证明到派出所办理。"));
        Response refused = api.post(path(complaint, "answer"), agent(), Map.of("answer", "已记录"));

        assertThat(answered.status()).isEqualTo(200);
        assertThat(text(answered.json(), "status")).isEqualTo("CLOSED");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("只有咨询类工单");
    }

    @Test
    void aTicketIsReturnedReassignedRepliedVisitedBackAndClosed() {
        String id = register(complaint("city.sanitation", "小区门口垃圾站蚊蝇多、异味重"));

        Response dispatched = api.post(path(id, "dispatch"), dispatcher(), Map.of());
        assertThat(dispatched.status()).isEqualTo(200);
        assertThat(text(dispatched.json(), "leadOrgCode")).isEqualTo(CITY_MANAGEMENT);
        assertThat(text(dispatched.json(), "dueAt")).as("5 working days from Monday 2026-11-23")
                .isEqualTo(beijing("2026-12-01T00:00").toString());

        Response returned = api.post(path(id, "return"), department(CITY_MANAGEMENT), Map.of("reason", "小区内垃圾站归住建部门管理"));
        assertThat(text(returned.json(), "status")).isEqualTo("RETURNED");
        assertThat(api.post(path(id, "accept"), department(CITY_MANAGEMENT), Map.of()).status())
                .as("a returned ticket cannot be accepted").isEqualTo(409);

        clock.setBeijing("2026-11-24T10:00");
        Response reassigned = api.post(path(id, "reassign"), dispatcher(), Map.of("leadOrgCode", HOUSING));
        assertThat(text(reassigned.json(), "leadOrgName")).isEqualTo("眉县住房和城乡建设局");
        assertThat(text(reassigned.json(), "dueAt")).isEqualTo(beijing("2026-12-02T00:00").toString());
        assertThat(api.get("/api/v1/hotline/tickets/" + id, department(CITY_MANAGEMENT)).status())
                .as("the department that returned it no longer sees it").isEqualTo(404);

        assertThat(api.post(path(id, "accept"), department(HOUSING), Map.of()).status()).isEqualTo(200);
        assertThat(api.post(path(id, "accept"), department(HOUSING), Map.of()).status()).as("accepting twice").isEqualTo(409);
        Response replied = api.post(path(id, "reply"), department(HOUSING), Map.of("reply", "已清理垃圾站并消杀"));
        assertThat(text(replied.json(), "status")).isEqualTo("REPLIED");
        assertThat(replied.json().path("repliedOnTime").asBoolean()).isTrue();

        Response visited = api.post(path(id, "return-visit"), agent(), Map.of("satisfaction", "SATISFIED", "resolved", true));
        assertThat(text(visited.json(), "status")).isEqualTo("CLOSED");
        List<String> actions = new ArrayList<>();
        visited.json().path("steps").forEach(step -> actions.add(text(step, "action")));
        assertThat(actions).containsExactly("REGISTERED", "DISPATCHED", "RETURNED", "REASSIGNED", "ACCEPTED", "REPLIED",
                "VISITED", "CLOSED");
    }

    @Test
    void aDissatisfiedCallerGetsTheTicketReopenedOnce() {
        String id = repliedTicket();

        Response reopened = api.post(path(id, "return-visit"), agent(), Map.of("satisfaction", "DISSATISFIED", "note", "仍有垃圾"));
        assertThat(text(reopened.json(), "status")).isEqualTo("IN_HANDLING");
        assertThat(reopened.json().path("reopenCount").asInt()).isEqualTo(1);

        api.post(path(id, "reply"), department(CITY_MANAGEMENT), Map.of("reply", "已再次清运"));
        Response closed = api.post(path(id, "return-visit"), agent(), Map.of("satisfaction", "DISSATISFIED"));
        assertThat(text(closed.json(), "status")).isEqualTo("CLOSED");
        assertThat(text(closed.json(), "satisfaction")).isEqualTo("DISSATISFIED");
    }

    @Test
    void afterAnOwnershipRulingTheDepartmentCannotReturnAgain() {
        String id = register(complaint("city.sanitation", "河道垃圾"));
        api.post(path(id, "dispatch"), dispatcher(), Map.of());
        api.post(path(id, "return"), department(CITY_MANAGEMENT), Map.of("reason", "河道归水利"));

        Response ruled = api.post(path(id, "ownership"), dispatcher(), Map.of("leadOrgCode", CITY_MANAGEMENT,
                "assistingOrgCodes", List.of(HOUSING), "reason", "河道保洁属城管职责，住建配合"));
        Response again = api.post(path(id, "return"), department(CITY_MANAGEMENT), Map.of("reason", "仍不服"));

        assertThat(ruled.json().path("ownershipDecided").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("已由热线中心裁定");
        assertThat(api.get("/api/v1/hotline/tickets/" + id, department(HOUSING)).status())
                .as("the assisting department sees the ticket").isEqualTo(200);
    }

    @Test
    void aLimitAcrossNationalDayIsSupervisedWhenOverdueAndEscalatedWhenItStaysOverdue() {
        clock.setBeijing("2026-09-30T10:00");
        String id = register(complaint("city.streetlight", "路灯不亮"));
        Response dispatched = api.post(path(id, "dispatch"), dispatcher(), Map.of());
        // 2026: 10-01…10-07 off, Saturday 10-10 worked — five working days end on 10-13.
        assertThat(text(dispatched.json(), "dueAt")).isEqualTo(beijing("2026-10-14T00:00").toString());

        clock.setBeijing("2026-10-13T23:00");
        api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of());
        assertThat(api.get("/api/v1/hotline/tickets/" + id, agent()).json().path("supervisionLevel").asInt()).isZero();

        clock.setBeijing("2026-10-14T08:00");
        api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of());
        assertThat(api.get("/api/v1/hotline/tickets/" + id, agent()).json().path("supervisionLevel").asInt()).isEqualTo(1);

        // Escalation waits one working day after the supervision: the 15th, so the 16th escalates.
        clock.setBeijing("2026-10-15T23:00");
        api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of());
        assertThat(api.get("/api/v1/hotline/tickets/" + id, agent()).json().path("supervisionLevel").asInt()).isEqualTo(1);

        clock.setBeijing("2026-10-16T08:00");
        api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of());
        JsonNode escalated = api.get("/api/v1/hotline/tickets/" + id, agent()).json();
        assertThat(escalated.path("supervisionLevel").asInt()).isEqualTo(2);
        assertThat(escalated.path("overdue").asBoolean()).isTrue();
        assertThat(text(escalated.path("escalation"), "step")).isEqualTo("REGION_SUPERVISOR");
        assertThat(text(escalated.path("escalation"), "regionCode")).isEqualTo(MEI);
    }

    @Test
    void anApprovedExtensionMovesTheDeadline() {
        String id = register(complaint("city.sanitation", "垃圾桶破损"));
        api.post(path(id, "dispatch"), dispatcher(), Map.of());

        Response requested = api.post(path(id, "extension"), department(CITY_MANAGEMENT), Map.of("additional", 3, "reason", "需采购新垃圾桶"));
        Response approved = api.post(path(id, "extension/decision"), supervisor(MEI), Map.of("approve", true));

        assertThat(requested.json().path("extensionRequested").asInt()).isEqualTo(3);
        assertThat(text(approved.json(), "dueAt")).isEqualTo(beijing("2026-12-04T00:00").toString());
        assertThat(approved.json().path("limit").path("amount").asInt()).isEqualTo(8);
    }

    @Test
    void anUnknownCategoryIsRefusedNamingTheField() {
        Response refused = api.post("/api/v1/hotline/tickets", agent(), complaint("no.such", "随便"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("categoryCode");
    }

    private String repliedTicket() {
        String id = register(complaint("city.sanitation", "垃圾未清运"));
        api.post(path(id, "dispatch"), dispatcher(), Map.of());
        api.post(path(id, "accept"), department(CITY_MANAGEMENT), Map.of());
        api.post(path(id, "reply"), department(CITY_MANAGEMENT), Map.of("reply", "已清运"));
        return id;
    }

    private String register(Map<String, Object> body) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }

    private static String path(String id, String step) {
        return "/api/v1/hotline/tickets/" + id + "/" + step;
    }
}
