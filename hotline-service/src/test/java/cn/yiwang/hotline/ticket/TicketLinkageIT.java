package cn.yiwang.hotline.ticket;

import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/** Triage, 12345↔110 linkage (国办发〔2022〕12号) and merging of duplicates (国办函〔2025〕66号). */
class TicketLinkageIT extends HotlineIntegrationTest {

    @Test
    void aFireIsFlaggedForImmediateTransferTo119AndTransferredWithTheirReference() {
        Response created = api.post("/api/v1/hotline/tickets", agent(), complaint("city.sanitation", "垃圾站着火了，浓烟很大"));
        String id = text(created.json().path("ticket"), "id");

        assertThat(text(created.json(), "emergencyLine")).isEqualTo("119");
        Response transferred = api.post("/api/v1/hotline/tickets/" + id + "/transfer", agent(),
                Map.of("line", "FIRE_119", "reference", "119-20261123-0001"));
        assertThat(text(transferred.json(), "status")).isEqualTo("TRANSFERRED");
        assertThat(text(transferred.json(), "transferReference")).isEqualTo("119-20261123-0001");
    }

    @Test
    void aMatterForTheCourtsGetsTheLegalRouteExplained() {
        Response created = api.post("/api/v1/hotline/tickets", agent(), complaint("law.dispute", "邻居欠钱不还，我想去法院起诉"));

        assertThat(text(created.json(), "legalRoute")).isEqualTo("LITIGATION");
        assertThat(text(created.json(), "legalRouteText")).contains("人民法院");
        String id = text(created.json().path("ticket"), "id");
        Response answered = api.post("/api/v1/hotline/tickets/" + id + "/answer", agent(),
                Map.of("answer", text(created.json(), "legalRouteText")));
        assertThat(text(answered.json(), "status")).isEqualTo("CLOSED");
    }

    @Test
    void neighbourhoodNoiseGoesTo110WithOneKeyButAPotholeDoesNot() {
        String noise = register(complaint("public-order.noise", "楼下商铺喇叭声音太大"));
        String pothole = register(complaint("city.road", "路面坑槽"));

        Response toPolice = api.post("/api/v1/hotline/tickets/" + noise + "/transfer", agent(),
                Map.of("line", "POLICE_110", "reference", "110-610326-0042"));
        Response refused = api.post("/api/v1/hotline/tickets/" + pothole + "/transfer", agent(),
                Map.of("line", "POLICE_110", "reference", "110-610326-0043"));

        assertThat(text(toPolice.json(), "transferredTo")).isEqualTo("110");
        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aMatterHandedOverBy110KeepsBothReferenceNumbers() {
        Map<String, Object> fromPolice = new java.util.HashMap<>(complaint("public-order.dispute", "邻里因停车发生纠纷，民警已到场劝离"));
        fromPolice.put("channel", "POLICE_110");
        fromPolice.put("externalRef", "110-610326-20261123-0099");

        Response created = api.post("/api/v1/hotline/tickets", agent(), fromPolice);

        assertThat(created.status()).isEqualTo(201);
        assertThat(text(created.json().path("ticket"), "externalRef")).isEqualTo("110-610326-20261123-0099");
        assertThat(text(created.json().path("ticket"), "number")).startsWith("GD");
    }

    @Test
    void a110HandOverOfAMatterOffTheListIsRefused() {
        Map<String, Object> fromPolice = new java.util.HashMap<>(complaint("city.road", "路面坑槽"));
        fromPolice.put("channel", "POLICE_110");
        fromPolice.put("externalRef", "110-1");

        Response refused = api.post("/api/v1/hotline/tickets", agent(), fromPolice);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("categoryCode");
    }

    @Test
    void theSameCallerAgainIsProposedForMergingAndMergedByTheAgent() {
        String first = register(complaint("city.sanitation", "垃圾堆积", "13600009999", "眉县城关镇东街3号", null, null));
        Response second = api.post("/api/v1/hotline/tickets", agent(),
                complaint("city.sanitation", "还是那堆垃圾", "13600009999", "眉县城关镇东街3号门口", null, null));
        String secondId = text(second.json().path("ticket"), "id");

        assertThat(candidates(second.json())).contains(first);
        Response merged = api.post("/api/v1/hotline/tickets/" + secondId + "/merge", agent(), Map.of("primaryTicketId", first));
        assertThat(text(merged.json(), "status")).isEqualTo("MERGED");
        assertThat(text(merged.json(), "mergedInto")).isEqualTo(first);
        assertThat(api.post("/api/v1/hotline/tickets/" + secondId + "/dispatch", dispatcher(), Map.of()).status()).isEqualTo(409);
    }

    @Test
    void ticketsOfTheSameCategoryAFewMetresApartAreProposedForMerging() {
        String first = register(complaint("city.road", "井盖缺失", "13500000001", "眉县平阳街与中街路口", 34.27450, 107.75120));
        Response near = api.post("/api/v1/hotline/tickets", agent(),
                complaint("city.road", "路口井盖没了", "13500000002", "平阳街路口", 34.27460, 107.75130));
        Response far = api.post("/api/v1/hotline/tickets", agent(),
                complaint("city.road", "井盖缺失", "13500000003", "汤峪镇", 34.10000, 107.80000));

        assertThat(candidates(near.json())).contains(first);
        assertThat(candidates(far.json())).doesNotContain(first);
    }

    private static List<String> candidates(JsonNode intake) {
        List<String> ids = new ArrayList<>();
        intake.path("duplicateCandidates").forEach(item -> ids.add(text(item, "id")));
        return ids;
    }

    private String register(Map<String, Object> body) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }
}
