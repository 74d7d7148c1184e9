package cn.yiwang.review.support;

import cn.yiwang.common.events.CloudEventHeaders;
import cn.yiwang.common.test.MutableClock;
import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.Tokens;
import cn.yiwang.review.invitation.InvitationCommands;
import cn.yiwang.review.invitation.domain.ServiceContext;
import cn.yiwang.review.invitation.domain.ServiceSource;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The whole review-service on a real PostgreSQL and Kafka with the test token issuer, a clock the
 * test moves, and a WireMock server standing in for the provincial 好差评 system. Every IT extends
 * this class unchanged, so they share one application context (and one database): tests use their
 * own ids and hashes.
 */
@ServiceIntegrationTest
@Import(ReviewIntegrationTest.TestClock.class)
@TestPropertySource(properties = {
        // The jobs run when a test calls them, not on their own schedule in the middle of a test.
        "yiwang.review.upstream.interval=1h",
        "yiwang.review.escalation-interval=1h",
        // Every waiting evaluation of the shared test database fits in one forwarding run.
        "yiwang.review.upstream.batch-size=1000",
        "spring.kafka.producer.properties.max.block.ms=2000",
        // The business gauges read the counters on every scrape, so a test sees what it just did.
        "yiwang.review.metrics-refresh=0s"})
public abstract class ReviewIntegrationTest {

    protected static final WireMockServer UPSTREAM = new WireMockServer(
            WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    static {
        UPSTREAM.start();
        Runtime.getRuntime().addShutdownHook(new Thread(UPSTREAM::stop));
    }

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void upstream(DynamicPropertyRegistry registry) {
        registry.add("yiwang.review.upstream.url", () -> UPSTREAM.baseUrl() + "/haocha/evaluations");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected InvitationCommands invitations;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void backToThePresent() {
        clock.reset();
    }

    /** A case concluded now for the person {@code idHash}, as the case.concluded listener opens it. */
    protected UUID concludedCase(String idHash, String orgCode, String regionCode, String itemCode, String staffId) {
        return concludedCase(idHash, orgCode, regionCode, itemCode, staffId, "2");
    }

    /** As above, applied for through {@code channel} (case-service's channel name or a code 1–7). */
    protected UUID concludedCase(String idHash, String orgCode, String regionCode, String itemCode, String staffId,
                                 String channel) {
        ServiceContext service = new ServiceContext(ServiceSource.CASE, "case-" + UUID.randomUUID(),
                "NO-" + UUID.randomUUID(), List.of(itemCode), List.of("事项 " + itemCode), orgCode, regionCode,
                List.of(staffId), channel, clock.instant());
        return invitations.openForService(service, idHash, "PERSON").orElseThrow();
    }

    protected static String citizen(String idHash) {
        return Tokens.forRoles("citizen").idHash(idHash).subject("citizen-" + idHash).bearer();
    }

    protected static String orgAdmin(String orgCode, String regionCode) {
        return Tokens.forRoles("dept-admin").org(orgCode).region(regionCode).subject("admin-" + orgCode).bearer();
    }

    protected static String supervisor(String regionCode) {
        return Tokens.forRoles("supervisor").region(regionCode).subject("supervisor-" + regionCode).bearer();
    }

    /** A made-up organisation code of the column's 18 characters, so each test has its own figures. */
    protected static String uniqueOrg() {
        return ("ORG" + UUID.randomUUID().toString().replace("-", "")).substring(0, 18).toUpperCase(java.util.Locale.ROOT);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    protected static String rating(String level, int channel, boolean anonymous, String text) {
        return "{\"level\":\"" + level + "\",\"indicators\":[\"attitude\"],\"channel\":" + channel
                + ",\"anonymous\":" + anonymous + (text == null ? "" : ",\"text\":" + JSON.writeValueAsString(text)) + "}";
    }

    protected Response evaluate(String bearer, UUID invitationId, String rating) {
        return post("/evaluations", bearer, "{\"invitationId\":\"" + invitationId + "\",\"rating\":" + rating + "}");
    }

    /** A path outside the API base, e.g. {@code /actuator/prometheus}. */
    protected Response getOutsideApi(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected Response get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    protected Response post(String path, String bearer, String json) {
        return send("POST", path, bearer, json);
    }

    protected Response send(String method, String path, String bearer, String json) {
        return send(method, path, bearer, json, Map.of());
    }

    protected Response send(String method, String path, String bearer, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reviews" + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a record as another service's outbox would: JSON value, CloudEvents headers.
     *
     * @return the record's {@code ce_id}, which a consumer records in {@code processed_event} once handled
     */
    protected static String publish(String topic, String type, String key, String json) {
        String eventId = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
            Map.of(CloudEventHeaders.SPEC_VERSION, "1.0", CloudEventHeaders.ID, eventId,
                            CloudEventHeaders.SOURCE, "/yiwang/test", CloudEventHeaders.TYPE, type,
                            CloudEventHeaders.SUBJECT, key, CloudEventHeaders.CONTENT_TYPE, "application/json")
                    .forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    public record Response(int status, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
