package cn.yiwang.hotline.ticket;

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
 * one working day per rung on the official calendar, each rung announced on {@code hotline.ticket.v1}.
 */
class EscalationIT extends HotlineIntegrationTest {

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

    private void sweepAt(String beijingTime) {
        clock.setBeijing(beijingTime);
        assertThat(api.post("/api/v1/hotline/supervision/sweep", supervisor(MEI), Map.of()).status()).isEqualTo(200);
    }

    private static String beijing(String localDateTime) {
        return cn.yiwang.hotline.support.MutableClock.beijing(localDateTime).toString();
    }
}
