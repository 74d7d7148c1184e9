package cn.yiwang.hotline.ticket;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which ticket (ARCHITECTURE.md "Identity and access"): callers their own, the centre its
 * region, departments what was dispatched to them, supervisors their region; everyone else 404.
 */
class TicketAccessIT extends HotlineIntegrationTest {

    @Test
    void aCitizenSeesTheirOwnTicketAndNobodyElses() {
        String mine = registerAsCitizen("citizen-hash-a", "楼道灯坏了一个月");

        assertThat(api.get("/api/v1/hotline/tickets/" + mine, citizen("citizen-hash-a")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/hotline/tickets/" + mine, citizen("citizen-hash-b")).status()).isEqualTo(404);
        JsonNode myList = api.get("/api/v1/hotline/tickets", citizen("citizen-hash-a")).json();
        assertThat(ids(myList)).contains(mine);
        assertThat(ids(api.get("/api/v1/hotline/tickets", citizen("citizen-hash-b")).json())).doesNotContain(mine);
    }

    @Test
    void aCitizenSubmitsOnlyThroughSelfServiceChannels() {
        Response byPhone = api.post("/api/v1/hotline/tickets", citizen("citizen-hash-c"), Map.of("channel", "PHONE",
                "type", "HELP", "categoryCode", "utility.water", "regionCode", MEI, "description", "停水"));

        assertThat(byPhone.status()).isEqualTo(403);
    }

    @Test
    void agentsSeeTheirRegionOnlyAndSupervisorsOfTheCitySeeTheCounty() {
        String id = register(complaint("city.road", "井盖缺失"));
        String xianAgent = Tokens.forRoles("hotline-agent").region("610100").bearer();

        assertThat(api.get("/api/v1/hotline/tickets/" + id, xianAgent).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/hotline/tickets", xianAgent).json())).doesNotContain(id);
        assertThat(api.get("/api/v1/hotline/tickets/" + id, supervisor("610300")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/hotline/tickets/" + id, supervisor("610900")).status()).isEqualTo(404);
    }

    @Test
    void anAgentCannotRegisterATicketOutsideTheirRegion() {
        Map<String, Object> body = new java.util.HashMap<>(complaint("city.road", "井盖缺失"));
        body.put("regionCode", "610926");

        assertThat(api.post("/api/v1/hotline/tickets", agent(), body).status()).isEqualTo(403);
    }

    @Test
    void aDepartmentSeesATicketOnlyOnceDispatchedToItAndThenWithTheCallerMasked() {
        String id = register(complaint("city.sanitation", "商铺乱倒垃圾"));
        assertThat(api.get("/api/v1/hotline/tickets/" + id, department(CITY_MANAGEMENT)).status()).isEqualTo(404);

        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        Response seen = api.get("/api/v1/hotline/tickets/" + id, department(CITY_MANAGEMENT));

        assertThat(seen.status()).isEqualTo(200);
        assertThat(text(seen.json().path("caller"), "phone")).matches("139\\*+\\d{4}");
        assertThat(text(seen.json().path("caller"), "name")).isEqualTo("张*");
        assertThat(api.get("/api/v1/hotline/tickets/" + id, department(HOUSING)).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/hotline/tickets?status=DISPATCHED&size=200", department(CITY_MANAGEMENT)).json()))
                .contains(id);
    }

    @Test
    void aReportersIdentityIsHiddenFromTheDepartment() {
        Map<String, Object> report = new java.util.HashMap<>(complaint("market.food", "某餐馆使用过期食材"));
        report.put("type", "REPORT");
        String id = register(report);
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());

        JsonNode caller = api.get("/api/v1/hotline/tickets/" + id, department("11610326MB0700007A")).json().path("caller");

        assertThat(text(caller, "phone")).isNull();
        assertThat(text(caller, "name")).isNull();
    }

    @Test
    void onlyTheCentreDispatchesAndOnlyDepartmentsReply() {
        String id = register(complaint("city.sanitation", "垃圾满溢"));

        assertThat(api.post("/api/v1/hotline/tickets/" + id + "/dispatch", department(CITY_MANAGEMENT), Map.of()).status())
                .isEqualTo(403);
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        api.post("/api/v1/hotline/tickets/" + id + "/accept", department(CITY_MANAGEMENT), Map.of());
        assertThat(api.post("/api/v1/hotline/tickets/" + id + "/reply", agent(), Map.of("reply", "已处理")).status())
                .isEqualTo(403);
    }

    @Test
    void aTicketWithoutATokenIsUnauthorized() {
        assertThat(api.get("/api/v1/hotline/tickets", null).status()).isEqualTo(401);
    }

    private String registerAsCitizen(String idHash, String description) {
        Response created = api.post("/api/v1/hotline/tickets", citizen(idHash), Map.of("channel", "MOBILE",
                "type", "HELP", "categoryCode", "city.streetlight", "regionCode", MEI, "description", description));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }

    private String register(Map<String, Object> body) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(text(item, "id")));
        return ids;
    }
}
