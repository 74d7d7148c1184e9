package cn.yiwang.vectorcontrol.complaint;

import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.vectorcontrol.Api;
import cn.yiwang.vectorcontrol.TopicReader;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The complaint loop with 12345 through the real Kafka broker (Art. 32). */
@ServiceIntegrationTest
@Import(ComplaintIT.Topics.class)
class ComplaintIT {

    private static final String MEI = "610326";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SPECIES = Map.of("env.vector.rats", "RATS", "env.vector.mosquitoes", "MOSQUITOES",
            "env.vector.flies", "FLIES");

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    JdbcTemplate jdbc;

    Api api;
    String aiwei;
    KafkaProducer<String, String> hotline;

    @BeforeEach
    void setUp() {
        api = new Api(port, basePath);
        aiwei = Tokens.forRoles("aiwei-officer").region(MEI).bearer();
        hotline = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterEach
    void tearDown() {
        hotline.close(Duration.ofSeconds(2));
    }

    /** What hotline-service sends when it dispatches a ticket (CloudEvents binary mode). */
    private void dispatch(String eventId, String ticketId, String category) throws Exception {
        dispatch(eventId, ticketId, category, ticketId);
    }

    private void dispatch(String eventId, String ticketId, String category, String key) throws Exception {
        // Shaped like hotline-service's contracts/events/ticket.dispatched.json.
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("ticketId", ticketId, "number", "GD20260506000123",
                "regionCode", MEI, "categoryCode", category, "description", "农贸市场后厨老鼠多",
                "location", "眉县首善街道平阳街 1 号", "reason", "DISPATCHED", "leadOrgCode", "11610326MB0400004D"));
        if (SPECIES.containsKey(category)) {
            fields.put("vectorSpecies", SPECIES.get(category));
        }
        String payload = JSON.writeValueAsString(fields);
        ProducerRecord<String, String> record = new ProducerRecord<>("hotline.ticket.v1", key, payload);
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/yiwang/hotline-service",
                        "ce_type", "yiwang.ticket.dispatched.v1", "ce_time", "2026-05-06T09:00:00+08:00", "ce_subject", ticketId,
                        "content-type", "application/json")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        hotline.send(record).get();
    }

    private List<JsonNode> complaintsOfTicket(String ticketId) {
        return api.get("/complaints?size=100", aiwei).json().get("items").valueStream()
                .filter(complaint -> complaint.get("ticketId").asString().equals(ticketId)).toList();
    }

    @Test
    void aDispatchedRatTicketBecomesOneComplaintHoweverOftenItIsDelivered() throws Exception {
        String ticket = "T-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        dispatch(eventId, ticket, "env.vector.rats");
        dispatch(eventId, ticket, "env.vector.rats");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(ticket)).hasSize(1));
        Thread.sleep(1000);
        JsonNode complaint = complaintsOfTicket(ticket).get(0);
        assertThat(complaint.get("pest").asString()).isEqualTo("RAT");
        assertThat(complaint.get("address").asString()).isEqualTo("眉县首善街道平阳街 1 号");
        assertThat(jdbc.queryForObject("select address from complaint where ticket_id = ?", String.class, ticket))
                .doesNotContain("平阳街");
        assertThat(complaint.get("inspectionTaskOpen").asBoolean()).isTrue();
    }

    @Test
    void aTicketOutsideTheVectorCategoriesIsNotAComplaintHere() throws Exception {
        String rat = "T-" + UUID.randomUUID();
        String noise = "T-" + UUID.randomUUID();
        String sameKey = "key-" + UUID.randomUUID();
        dispatch(UUID.randomUUID().toString(), noise, "env.noise", sameKey);
        dispatch(UUID.randomUUID().toString(), rat, "env.vector.rats", sameKey);

        // Same key, same partition: the rat ticket is consumed after the noise ticket, so once it
        // is in, the noise ticket has been seen and passed over.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(rat)).hasSize(1));
        assertThat(complaintsOfTicket(noise)).isEmpty();
    }

    @Test
    void theAnswerGoesBackToTheHotlineOnKafka() throws Exception {
        String ticket = "T-" + UUID.randomUUID();
        dispatch(UUID.randomUUID().toString(), ticket, "env.vector.mosquitoes");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(ticket)).hasSize(1));
        String complaint = complaintsOfTicket(ticket).get(0).get("id").asString();

        Api.Response answered = api.post("/complaints/" + complaint + "/answer", aiwei,
                Map.of("substantiated", true, "reply", "已清理小区积水，蚊虫孳生地已销号。"));

        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), "vectorcontrol.complaint.v1")) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(reader.withKey(complaint)).singleElement()
                    .satisfies(sent -> {
                        assertThat(TopicReader.header(sent, "ce_type")).isEqualTo("yiwang.complaint.answered.v1");
                        assertThat(JSON.readTree(sent.value()).get("ticketId").asString()).isEqualTo(ticket);
                        assertThat(JSON.readTree(sent.value()).get("outcome").asString()).contains("蚊虫孳生地已销号");
                    }));
        }
        assertThat(api.post("/complaints/" + complaint + "/answer", aiwei, Map.of("substantiated", true, "reply", "again"))
                .status()).isEqualTo(409);
    }

    @Test
    void hotspotsCountComplaintsByDistrictAndPestAndAnotherCityCannotSeeThem() throws Exception {
        String ticket = "T-" + UUID.randomUUID();
        dispatch(UUID.randomUUID().toString(), ticket, "env.vector.flies");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(ticket)).hasSize(1));

        Api.Response hotspots = api.get("/complaints/hotspots", Tokens.forRoles("aiwei-officer").region("610300").bearer());

        assertThat(hotspots.json().valueStream().filter(spot -> spot.get("pest").asString().equals("FLY")
                && spot.get("regionCode").asString().equals(MEI)).toList())
                .singleElement().satisfies(spot -> assertThat(spot.get("complaints").asLong()).isPositive());
        assertThat(api.get("/complaints/hotspots?region=610326", Tokens.forRoles("aiwei-officer").region("610900").bearer())
                .status()).isEqualTo(403);
    }

    @TestConfiguration
    static class Topics {
        /** hotline-service owns the topic; here it must exist before the listener subscribes. */
        @Bean
        NewTopic hotlineTickets() {
            return TopicBuilder.name("hotline.ticket.v1").replicas(1).build();
        }
    }
}
