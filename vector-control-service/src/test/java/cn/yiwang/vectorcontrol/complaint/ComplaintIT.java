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
        dispatch(eventId, ticketId, category, key, "眉县首善街道平阳街 1 号");
    }

    private void dispatch(String eventId, String ticketId, String category, String key, String location) throws Exception {
        // Shaped like hotline-service's contracts/events/ticket.dispatched.json.
        Map<String, Object> fields = new java.util.HashMap<>(Map.of("ticketId", ticketId, "number", "GD20260506000123",
                "regionCode", MEI, "categoryCode", category, "description", "农贸市场后厨老鼠多",
                "location", location, "reason", "DISPATCHED", "leadOrgCode", "11610326MB0400004D"));
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

    @Test
    void aComplaintAboutARegisteredMarketIsTheMarketRegulatorsTaskWithinFiveWorkingDaysAfterTheMayDayHoliday()
            throws Exception {
        String office = "11610326MB0000001M";
        api.post("/department-offices", aiwei, Map.of("orgCode", office, "name", "眉县市场监督管理局",
                "department", "MARKET_REGULATION", "regionCode", MEI));
        String address = "眉县首善街道东关农贸市场 " + UUID.randomUUID().toString().substring(0, 8) + " 号";
        Api.Response registered = api.post("/places", aiwei, Map.of("unitCreditCode", "91610326MA6X00001B",
                "unitName", "眉县东关市场有限公司", "name", "东关农贸市场", "placeType", "FARMERS_MARKET", "address", address,
                "regionCode", MEI, "responsiblePerson", "赵强", "facilities", List.of("RAT_PROOF_BOARDS")));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String place = registered.json().get("id").asString();
        String ticket = "T-" + UUID.randomUUID();

        dispatch(UUID.randomUUID().toString(), ticket, "env.vector.rats", ticket, address);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(ticket)).hasSize(1));
        JsonNode task = complaintsOfTicket(ticket).get(0).get("task");
        assertThat(task.get("department").asString()).as(task.toString()).isEqualTo("MARKET_REGULATION");
        assertThat(task.get("placeId").asString()).isEqualTo(place);
        // Received Wednesday 6 May 2026; Saturday 9 May is a make-up working day: 7, 8, 9, 11, 12 May.
        assertThat(task.get("dueAt").asString()).isEqualTo("2026-05-12T16:00:00Z");
        assertThat(task.get("officeOrgCode").asString()).isEqualTo(office);

        String complaint = complaintsOfTicket(ticket).get(0).get("id").asString();
        String healthInspector = Tokens.forRoles("inspector").region(MEI).org("11610326MB0000008B").bearer();
        assertThat(api.post("/complaints/" + complaint + "/answer", healthInspector,
                Map.of("substantiated", true, "reply", "不是我们的")).status()).isEqualTo(403);
        // May 2026 is long past: the open task is overdue and on the 爱卫办's list until it is answered.
        assertThat(task.get("overdue").asBoolean()).isTrue();
        assertThat(api.get("/complaints/overdue-tasks", aiwei).body()).contains(complaint);
        String marketInspector = Tokens.forRoles("inspector").region(MEI).org(task.get("officeOrgCode").asString()).bearer();
        Api.Response answered = api.post("/complaints/" + complaint + "/answer", marketInspector,
                Map.of("substantiated", true, "reply", "已责令市场开办方投放毒饵并封堵鼠洞"));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().get("task").get("overdue").asBoolean()).isFalse();
        assertThat(api.get("/complaints/overdue-tasks", aiwei).body()).doesNotContain(complaint);
    }

    @Test
    void aComplaintOfAnUnknownPlaceIsThePatrioticHealthOfficesUntilItAssignsItByPlaceType() throws Exception {
        String ticket = "T-" + UUID.randomUUID();
        dispatch(UUID.randomUUID().toString(), ticket, "env.vector.flies", ticket, "眉县某小区 " + UUID.randomUUID() + " 垃圾站");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(complaintsOfTicket(ticket)).hasSize(1));
        JsonNode complaint = complaintsOfTicket(ticket).get(0);
        assertThat(complaint.get("task").get("department").asString()).isEqualTo("AIWEI");
        String id = complaint.get("id").asString();

        String inspector = Tokens.forRoles("inspector").region(MEI).org("11610326MB0000001M").bearer();
        assertThat(api.post("/complaints/" + id + "/assignment", inspector, Map.of("placeType", "WASTE_STATION")).status())
                .isEqualTo(403);
        assertThat(api.post("/complaints/" + id + "/assignment", aiwei, Map.of()).status()).isEqualTo(422);
        Api.Response assigned = api.post("/complaints/" + id + "/assignment", aiwei, Map.of("placeType", "WASTE_STATION"));

        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(200);
        assertThat(assigned.json().get("task").get("department").asString()).as("Art. 5: waste stations → city management")
                .isEqualTo("CITY_MANAGEMENT");
        assertThat(assigned.json().get("task").get("dueAt").asString()).isEqualTo(complaint.get("task").get("dueAt").asString());
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
