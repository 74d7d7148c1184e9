package cn.yiwang.hotline.kpi;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * KPIs of Pingli County (610926), which no other test uses: three tickets to one department — one
 * replied on time and resolved to the caller's satisfaction, one replied late with the caller
 * unreachable, one never acted on.
 */
class KpiIT extends HotlineIntegrationTest {

    private static final String PINGLI = "610926";
    private static final String PINGLI_WATER = "11610926MB0000001P";

    @Test
    void ratesByDepartmentAndRegionFollowWhatHappenedToTheTickets() {
        String onTime = register("停水两天");
        String late = register("水压太低");
        String ignored = register("水管漏水");
        for (String id : new String[] {onTime, late, ignored}) {
            assertThat(api.post(path(id, "dispatch"), pingliAgent(), Map.of("leadOrgCode", PINGLI_WATER)).status()).isEqualTo(200);
        }
        api.post(path(onTime, "accept"), pingliWater(), Map.of());
        api.post(path(onTime, "reply"), pingliWater(), Map.of("reply", "已恢复供水"));
        api.post(path(onTime, "return-visit"), pingliAgent(), Map.of("satisfaction", "SATISFIED", "resolved", true));
        api.post(path(late, "accept"), pingliWater(), Map.of());
        clock.advance(Duration.ofHours(30));
        api.post(path(late, "reply"), pingliWater(), Map.of("reply", "已调整水压"));
        api.post(path(late, "return-visit"), pingliAgent(), Map.of("satisfaction", "UNREACHABLE"));

        JsonNode department = api.get("/api/v1/hotline/kpis?groupBy=DEPARTMENT&region=" + PINGLI, supervisor("610900"))
                .json().path("rows").get(0);
        assertThat(text(department, "key")).isEqualTo(PINGLI_WATER);
        assertThat(department.path("dispatched").asLong()).isEqualTo(3);
        assertThat(department.path("responseRate").asDouble()).isEqualTo(66.7);
        assertThat(department.path("onTimeRate").asDouble()).isEqualTo(50.0);
        assertThat(department.path("satisfactionRate").asDouble()).isEqualTo(100.0);
        assertThat(department.path("resolutionRate").asDouble()).isEqualTo(100.0);
        assertThat(department.path("returnVisitRate").asDouble()).isEqualTo(100.0);

        JsonNode region = api.get("/api/v1/hotline/kpis?groupBy=REGION&region=" + PINGLI + "&from=2026-11-23&to=2026-11-24",
                pingliAgent()).json().path("rows").get(0);
        assertThat(text(region, "key")).isEqualTo(PINGLI);
        assertThat(region.path("tickets").asLong()).isEqualTo(3);
        JsonNode empty = api.get("/api/v1/hotline/kpis?groupBy=REGION&region=" + PINGLI + "&from=2026-10-01&to=2026-10-31",
                pingliAgent()).json().path("rows");
        assertThat(empty.size()).as("no tickets in October").isZero();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnFiguresAndNoOneSeesAnotherRegion() {
        Response own = api.get("/api/v1/hotline/kpis?region=" + PINGLI, pingliWater());
        assertThat(own.status()).isEqualTo(200);
        own.json().path("rows").forEach(row -> assertThat(text(row, "key")).isEqualTo(PINGLI_WATER));

        assertThat(api.get("/api/v1/hotline/kpis?region=" + PINGLI, agent()).status()).isEqualTo(403);
        assertThat(api.get("/api/v1/hotline/kpis", citizen("someone")).status()).isEqualTo(403);
    }

    private String register(String description) {
        Map<String, Object> body = new HashMap<>(complaint("utility.water", description));
        body.put("regionCode", PINGLI);
        Response created = api.post("/api/v1/hotline/tickets", pingliAgent(), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }

    private static String pingliAgent() {
        return Tokens.forRoles("hotline-agent").region(PINGLI).subject("agent-pingli").bearer();
    }

    private static String pingliWater() {
        return Tokens.forRoles("dept-admin").region(PINGLI).org(PINGLI_WATER).subject("water-pingli").bearer();
    }

    private static String path(String id, String step) {
        return "/api/v1/hotline/tickets/" + id + "/" + step;
    }
}
