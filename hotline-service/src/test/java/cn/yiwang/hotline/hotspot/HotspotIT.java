package cn.yiwang.hotline.hotspot;

import cn.yiwang.hotline.support.HotlineApi;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** 未诉先办: the fifth heating complaint in a county within 24 hours raises one hotspot with its tickets. */
class HotspotIT extends HotlineIntegrationTest {

    @Test
    void theTicketThatCrossesTheThresholdRaisesOneHotspotWithTheTicketsBehindIt() {
        clock.setBeijing("2026-12-07T08:00");
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tickets.add(register("暖气不热" + i));
            clock.advance(Duration.ofMinutes(30));
        }
        assertThat(hotspots()).isEmpty();

        tickets.add(register("暖气不热，室温只有12度"));
        tickets.add(register("整栋楼暖气不热"));

        JsonNode raised = hotspots();
        assertThat(raised.size()).as("one hotspot per window").isEqualTo(1);
        assertThat(text(raised.get(0), "categoryCode")).isEqualTo("utility.heating");
        assertThat(text(raised.get(0), "regionCode")).isEqualTo(MEI);
        assertThat(raised.get(0).path("ticketCount").asInt()).isEqualTo(5);
        List<String> behind = new ArrayList<>();
        raised.get(0).path("ticketIds").forEach(id -> behind.add(id.asString()));
        assertThat(behind).containsExactlyElementsOf(tickets.subList(0, 5));

        try (TopicReader reader = new TopicReader("hotline.hotspot.v1")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.withKey(text(raised.get(0), "id")), found -> !found.isEmpty());
            JsonNode event = HotlineApi.json().readTree(records.get(0).value());
            assertThat(TopicReader.header(records.get(0), "ce_type")).isEqualTo("yiwang.hotspot.detected.v1");
            assertThat(event.path("ticketIds").size()).isEqualTo(5);
        }
    }

    @Test
    void departmentsDoNotSeeTheHotspotBoard() {
        assertThat(api.get("/api/v1/hotline/hotspots", department(CITY_MANAGEMENT)).status()).isEqualTo(403);
    }

    private JsonNode hotspots() {
        return api.get("/api/v1/hotline/hotspots", supervisor(MEI)).json();
    }

    private String register(String description) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), complaint("utility.heating", description));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }
}
