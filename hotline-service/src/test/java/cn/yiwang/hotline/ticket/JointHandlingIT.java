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
 * 联动: a dispute that may turn violent is handled by 12345 and 110 together (国办发〔2022〕12号) —
 * both numbers kept, each side's progress recorded, 12345's ticket closed by its own part.
 */
class JointHandlingIT extends HotlineIntegrationTest {

    /** The public-order department of Mei County in the seeded dispatch catalogue. */
    private static final String PUBLIC_ORDER = "11610326MB0600006L";

    @Test
    void aNeighbourDisputeIsHandledWith110AndClosesWhenTheHotlinesOwnPartIsDone() throws Exception {
        String id = register(complaint("public-order.dispute", "楼上邻居因漏水争吵，双方情绪激动"));

        Response joint = api.post(path(id, "joint-110"), agent(), Map.of("policeReference", "110-610326-20261123-0101"));
        assertThat(joint.status()).isEqualTo(200);
        String number = text(joint.json(), "number");
        assertThat(text(joint.json().path("joint110"), "hotlineNumber")).isEqualTo(number);
        assertThat(text(joint.json().path("joint110"), "policeReference")).isEqualTo("110-610326-20261123-0101");
        assertThat(text(joint.json(), "status")).as("not handed away: 12345 keeps its part").isEqualTo("REGISTERED");

        api.post(path(id, "dispatch"), dispatcher(), Map.of());
        api.post(path(id, "accept"), department(PUBLIC_ORDER), Map.of());
        Response police = api.post(path(id, "joint-110/progress"), agent(),
                Map.of("side", "POLICE_110", "note", "民警已到场，双方情绪已稳定"));
        Response own = api.post(path(id, "joint-110/progress"), department(PUBLIC_ORDER),
                Map.of("side", "HOTLINE_12345", "note", "物业已安排维修漏水管道"));
        assertThat(police.status()).as(police.body()).isEqualTo(200);
        assertThat(own.status()).as(own.body()).isEqualTo(200);

        api.post(path(id, "reply"), department(PUBLIC_ORDER), Map.of("reply", "漏水已修复，双方达成和解"));
        Response closed = api.post(path(id, "return-visit"), agent(), Map.of("satisfaction", "SATISFIED", "resolved", true));
        assertThat(text(closed.json(), "status")).as("110's part is still open").isEqualTo("CLOSED");
        assertThat(closed.json().path("joint110").path("policeDone").asBoolean()).isFalse();

        Response policeDone = api.post(path(id, "joint-110/progress"), agent(),
                Map.of("side", "POLICE_110", "note", "110警情已办结", "done", true));
        assertThat(policeDone.json().path("joint110").path("policeDone").asBoolean()).isTrue();
        assertThat(notes(policeDone.json())).contains("POLICE_110: 民警已到场，双方情绪已稳定",
                "HOTLINE_12345: 物业已安排维修漏水管道", "POLICE_110 DONE: 110警情已办结");

        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60)).until(
                    () -> reader.withKey(id), found -> found.stream()
                            .anyMatch(record -> "yiwang.ticket.linked.v1".equals(TopicReader.header(record, "ce_type"))));
            ConsumerRecord<String, String> linked = records.stream()
                    .filter(record -> "yiwang.ticket.linked.v1".equals(TopicReader.header(record, "ce_type"))).findFirst()
                    .orElseThrow();
            JsonNode payload = HotlineApi.json().readTree(linked.value());
            assertThat(text(payload, "number")).isEqualTo(number);
            assertThat(text(payload, "policeReference")).isEqualTo("110-610326-20261123-0101");
        }
    }

    @Test
    void aPotholeIsNotAMatterFor110AndADepartmentCannotSpeakFor110() {
        String pothole = register(complaint("city.road", "路面坑槽很深"));
        Response refused = api.post(path(pothole, "joint-110"), agent(), Map.of("policeReference", "110-1"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("不在与110联动的事项清单内");

        String dispute = register(complaint("public-order.dispute", "商铺与顾客争执"));
        assertThat(api.post(path(dispute, "joint-110"), agent(), Map.of("policeReference", " ")).status()).isEqualTo(409);
        assertThat(api.post(path(dispute, "joint-110"), department(PUBLIC_ORDER), Map.of("policeReference", "110-2"))
                .status()).isEqualTo(403);
        api.post(path(dispute, "joint-110"), agent(), Map.of("policeReference", "110-2"));
        api.post(path(dispute, "dispatch"), dispatcher(), Map.of());
        assertThat(api.post(path(dispute, "joint-110/progress"), department(PUBLIC_ORDER),
                Map.of("side", "POLICE_110", "note", "已处理")).status()).isEqualTo(403);
        assertThat(api.post(path(dispute, "joint-110/progress"), department(PUBLIC_ORDER),
                Map.of("side", "HOTLINE_12345", "note", "办完了", "done", true)).status()).isEqualTo(409);
        assertThat(api.post(path(dispute, "joint-110"), agent(), Map.of("policeReference", "110-3")).status())
                .as("one 110 reference per ticket").isEqualTo(409);
    }

    private String register(Map<String, Object> body) {
        Response created = api.post("/api/v1/hotline/tickets", agent(), body);
        assertThat(created.status()).isEqualTo(201);
        return text(created.json().path("ticket"), "id");
    }

    private static String path(String id, String step) {
        return "/api/v1/hotline/tickets/" + id + "/" + step;
    }

    private static List<String> notes(JsonNode ticket) {
        List<String> notes = new java.util.ArrayList<>();
        ticket.path("steps").forEach(step -> notes.add(text(step, "note")));
        return notes;
    }
}
