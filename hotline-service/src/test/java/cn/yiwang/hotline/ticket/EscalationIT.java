package cn.yiwang.hotline.ticket;

import cn.yiwang.common.test.Tokens;
import cn.yiwang.hotline.support.HotlineApi;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 督办 → 升级督办 along the configured chain (department → county supervisors → city supervisors),
 * one working day per rung on the official calendar, each rung announced on {@code hotline.ticket.v1}; a
 * supervisor running the sweep by hand reaches only their own region's tickets.
 */
class EscalationIT extends HotlineIntegrationTest {

    private static final String SWEEP = "/api/v1/hotline/supervision/sweep";
    /** Pingli County (平利县, Ankang): another county than Mei. */
    private static final String PINGLI = "610926";

    @Test
    void anOverdueTicketGoesFromTheDepartmentToTheCountyAndThenTheCityAcrossTheMidAutumnHoliday() throws Exception {
        // Thursday 17 September 2026: five working days are 18, 20 (make-up Sunday), 21, 22, 23.
        clock.setBeijing("2026-09-17T10:00");
        String id = text(api.post("/api/v1/hotline/tickets", agent(), complaint("city.streetlight", "整条街路灯不亮"))
                .json().path("ticket"), "id");
        Response dispatched = api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        assertThat(text(dispatched.json(), "dueAt")).isEqualTo(beijing("2026-09-24T00:00"));

        sweepAt("2026-09-24T08:00");
        JsonNode first = api.get("/api/v1/hotline/tickets/" + id, agent()).json();
        assertThat(text(first.path("escalation"), "step")).isEqualTo("DEPARTMENT");
        assertThat(text(first.path("escalation"), "orgCode")).isEqualTo(CITY_MANAGEMENT);

        // 25–27 September (Mid-Autumn) are off: the working day after the 24th is the 28th.
        sweepAt("2026-09-27T08:00");
        assertThat(api.get("/api/v1/hotline/tickets/" + id, agent()).json().path("supervisionLevel").asInt()).isEqualTo(1);
        sweepAt("2026-09-29T08:00");
        JsonNode county = api.get("/api/v1/hotline/tickets/" + id, agent()).json();
        assertThat(text(county.path("escalation"), "step")).isEqualTo("REGION_SUPERVISOR");
        assertThat(text(county.path("escalation"), "regionCode")).isEqualTo(MEI);

        sweepAt("2026-09-30T08:00");
        assertThat(api.get("/api/v1/hotline/tickets/" + id, agent()).json().path("supervisionLevel").asInt()).isEqualTo(2);
        sweepAt("2026-10-01T08:00");
        JsonNode city = api.get("/api/v1/hotline/tickets/" + id, supervisor("610300")).json();
        assertThat(text(city.path("escalation"), "step")).isEqualTo("HIGHER_REGION");
        assertThat(text(city.path("escalation"), "regionCode")).as("Baoji's supervisors").isEqualTo("610300");
        assertThat(city.path("supervisionLevel").asInt()).isEqualTo(3);

        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            List<JsonNode> supervised = await().atMost(Duration.ofSeconds(60)).until(() -> reader.withKey(id).stream()
                    .filter(record -> "yiwang.ticket.supervised.v1".equals(TopicReader.header(record, "ce_type")))
                    .map(ConsumerRecord::value).map(value -> HotlineApi.json().readTree(value))
                    .sorted(java.util.Comparator.comparingInt(event -> event.path("level").asInt())).toList(),
                    found -> found.size() == 3);
            assertThat(supervised).extracting(event -> text(event, "escalationStep"))
                    .containsExactly("DEPARTMENT", "REGION_SUPERVISOR", "HIGHER_REGION");
            assertThat(text(supervised.get(0), "notifyOrgCode")).isEqualTo(CITY_MANAGEMENT);
            assertThat(supervised).extracting(event -> text(event, "notifyRegionCode"))
                    .containsExactly(MEI, MEI, "610300");
        }
    }

    @Test
    void aSupervisorsSweepSupervisesTheOverdueTicketsOfTheirOwnRegionOnly() {
        clock.setBeijing("2026-10-12T10:00");
        String mei = fileAndDispatch(agent(), dispatcher(), MEI, "眉县路灯不亮");
        String pingliAgent = Tokens.forRoles("hotline-agent").region(PINGLI).org("12610926MB0000001X").bearer();
        String pingliDispatcher = Tokens.forRoles("hotline-dispatcher").region(PINGLI).org("12610926MB0000001X").bearer();
        String pingli = fileAndDispatch(pingliAgent, pingliDispatcher, PINGLI, "平利县路灯不亮");
        clock.setBeijing("2026-10-21T08:00");

        assertThat(api.post(SWEEP, supervisor(MEI), Map.of()).status()).isEqualTo(200);
        assertThat(supervisionLevel(mei)).isEqualTo(1);
        assertThat(supervisionLevel(pingli)).as("another county's ticket is not Mei County's to supervise").isZero();

        assertThat(api.post(SWEEP, supervisor(PINGLI), Map.of()).status()).isEqualTo(200);
        assertThat(supervisionLevel(pingli)).isEqualTo(1);
        assertThat(supervisionLevel(mei)).isEqualTo(1);
    }

    @Test
    void aSupervisorWithoutARegionMayNotRunTheSweep() {
        Response refused = api.post(SWEEP, Tokens.forRoles("supervisor").subject("supervisor-nowhere").bearer(), Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
    }

    private String fileAndDispatch(String agent, String dispatcher, String region, String description) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(complaint("city.streetlight", description));
        body.put("regionCode", region);
        Response filed = api.post("/api/v1/hotline/tickets", agent, body);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        String id = text(filed.json().path("ticket"), "id");
        Response dispatched = api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher,
                Map.of("leadOrgCode", region.equals(MEI) ? CITY_MANAGEMENT : "11610926MB01000011"));
        assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
        return id;
    }

    private int supervisionLevel(String id) {
        Integer level = jdbc.queryForObject("select supervision_level from ticket where id = ?", Integer.class, id);
        return level == null ? -1 : level;
    }

    private void sweepAt(String beijingTime) {
        clock.setBeijing(beijingTime);
        assertThat(api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of()).status()).isEqualTo(200);
    }

    private static String beijing(String localDateTime) {
        return cn.yiwang.hotline.support.MutableClock.beijing(localDateTime).toString();
    }
}
