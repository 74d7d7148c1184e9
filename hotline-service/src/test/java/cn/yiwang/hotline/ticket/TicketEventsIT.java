package cn.yiwang.hotline.ticket;

import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.hotline.support.HotlineApi;
import cn.yiwang.hotline.support.HotlineApi.Response;
import cn.yiwang.hotline.support.HotlineIntegrationTest;
import cn.yiwang.hotline.support.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static cn.yiwang.hotline.support.HotlineApi.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The ticket stream {@code hotline.ticket.v1} as other services receive it, checked against the
 * example payloads in {@code contracts/events}, and the vector-control loop through Kafka.
 */
class TicketEventsIT extends HotlineIntegrationTest {

    @Test
    void aRatTicketIsDispatchedToThePatrioticHealthOfficeWithItsSpeciesForVectorControl() throws Exception {
        Response created = api.post("/api/v1/hotline/tickets", agent(),
                complaint("env.vector.rats", "农贸市场东门垃圾站附近老鼠很多", "13800138000", "眉县首善镇中街农贸市场东门",
                        34.2745, 107.7512));
        String id = text(created.json().path("ticket"), "id");
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());

        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.withKey(id), found -> found.size() >= 2);

            ConsumerRecord<String, String> createdRecord = ofType(records, "yiwang.ticket.created.v1");
            ConsumerRecord<String, String> dispatched = ofType(records, "yiwang.ticket.dispatched.v1");
            JsonNode payload = HotlineApi.json().readTree(dispatched.value());
            assertThat(text(payload, "vectorSpecies")).isEqualTo("RATS");
            assertThat(text(payload, "leadOrgCode")).isEqualTo(AIWEI);
            assertThat(text(payload, "ticketId")).isEqualTo(id);
            assertThat(TopicReader.header(dispatched, "ce_subject")).isEqualTo(id);
            assertThat(TopicReader.header(dispatched, "yiwang_region")).isEqualTo(MEI);
            assertThat(payload.toString()).as("no personal data on the wire").doesNotContain("13800138000");
            assertMatchesContract(dispatched, "ticket.dispatched.json", Set.of());
            assertMatchesContract(createdRecord, "ticket.created.json", Set.of("emergencyLine"));
        }
    }

    @Test
    void theOutcomeOfAVectorControlComplaintBecomesTheDepartmentsReply() throws Exception {
        Response created = api.post("/api/v1/hotline/tickets", agent(),
                complaint("env.vector.rats", "小区地下室老鼠成群"));
        String id = text(created.json().path("ticket"), "id");
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        String sample = new ClassPathResource("samples/vectorcontrol.complaint.replied.json")
                .getContentAsString(StandardCharsets.UTF_8).replace("${ticketId}", id);

        String eventId = UUID.randomUUID().toString();
        String laterEventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(complaintRecord(sample, eventId)).get();
            // Kafka delivers at least once: the same record again must change nothing.
            producer.send(complaintRecord(sample, eventId)).get();
            // A later outcome for a ticket already replied to is not a second reply.
            producer.send(complaintRecord(sample.replace("已投放毒饵站", "第二次答复"), laterEventId)).get();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from processed_event where event_id = ?", Integer.class, laterEventId) == 1);
        JsonNode replied = api.get("/api/v1/hotline/tickets/" + id, agent()).json();
        assertThat(text(replied, "status")).isEqualTo("REPLIED");
        assertThat(text(replied, "reply")).contains("已投放毒饵站");
        List<String> actions = new java.util.ArrayList<>();
        replied.path("steps").forEach(step -> actions.add(text(step, "action")));
        assertThat(actions).containsExactly("REGISTERED", "DISPATCHED", "ACCEPTED", "REPLIED");
    }

    private static ProducerRecord<String, String> complaintRecord(String payload, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>("vectorcontrol.complaint.v1", "c-20261123-0007", payload);
        record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(eventId))
                .add("ce_source", bytes("vector-control-service")).add("ce_type", bytes("yiwang.complaint.replied.v1"))
                .add("ce_time", bytes("2026-11-24T03:00:00Z")).add("ce_subject", bytes("c-20261123-0007"));
        return record;
    }

    @Test
    void aClosedTicketTellsReviewServiceWhoToInviteAndHowItEnded() throws Exception {
        Response created = api.post("/api/v1/hotline/tickets", citizen("hash-of-caller-42"), Map.of("channel", "WEB",
                "type", "COMPLAINT", "categoryCode", "city.sanitation", "regionCode", MEI, "description", "路边垃圾无人清扫"));
        String id = text(created.json().path("ticket"), "id");
        api.post("/api/v1/hotline/tickets/" + id + "/dispatch", dispatcher(), Map.of());
        api.post("/api/v1/hotline/tickets/" + id + "/return", department(CITY_MANAGEMENT), Map.of("reason", "请核实地址"));
        api.post("/api/v1/hotline/tickets/" + id + "/ownership", dispatcher(),
                Map.of("leadOrgCode", CITY_MANAGEMENT, "reason", "地址已核实，属城管职责"));
        api.post("/api/v1/hotline/tickets/" + id + "/accept", department(CITY_MANAGEMENT), Map.of());
        api.post("/api/v1/hotline/tickets/" + id + "/reply", department(CITY_MANAGEMENT), Map.of("reply", "已清扫"));
        api.post("/api/v1/hotline/tickets/" + id + "/return-visit", agent(), Map.of("satisfaction", "SATISFIED", "resolved", true));

        try (TopicReader reader = new TopicReader("hotline.ticket.v1")) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(60))
                    .until(() -> reader.withKey(id), found -> found.stream()
                            .anyMatch(record -> "yiwang.ticket.closed.v1".equals(TopicReader.header(record, "ce_type"))));

            ConsumerRecord<String, String> closed = ofType(records, "yiwang.ticket.closed.v1");
            JsonNode payload = HotlineApi.json().readTree(closed.value());
            assertThat(text(payload, "callerIdHash")).isEqualTo("hash-of-caller-42");
            assertThat(text(payload, "satisfaction")).isEqualTo("SATISFIED");
            assertThat(text(payload, "outcome")).isEqualTo("HANDLED");
            assertMatchesContract(closed, "ticket.closed.json", Set.of());
            assertMatchesContract(ofType(records, "yiwang.ticket.returned.v1"), "ticket.returned.json", Set.of());
            assertMatchesContract(ofType(records, "yiwang.ticket.replied.v1"), "ticket.replied.json", Set.of());
            assertThat(records).extracting(record -> TopicReader.header(record, "ce_type")).containsExactly(
                    "yiwang.ticket.created.v1", "yiwang.ticket.dispatched.v1", "yiwang.ticket.returned.v1",
                    "yiwang.ticket.dispatched.v1", "yiwang.ticket.replied.v1", "yiwang.ticket.closed.v1");
        }
    }

    /** The produced payload has exactly the fields of the example, except optional ones left empty. */
    private static void assertMatchesContract(ConsumerRecord<String, String> record, String example, Set<String> absentHere)
            throws IOException {
        JsonNode contract = HotlineApi.json().readTree(
                new ClassPathResource("contracts/events/" + example).getContentAsString(StandardCharsets.UTF_8));
        Set<String> expected = new TreeSet<>(contract.propertyNames());
        expected.removeAll(absentHere);
        assertThat(new TreeSet<>(HotlineApi.json().readTree(record.value()).propertyNames())).as(example).isEqualTo(expected);
    }

    private static ConsumerRecord<String, String> ofType(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(record -> type.equals(TopicReader.header(record, "ce_type"))).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return new KafkaProducer<>(config);
    }
}
