package cn.yiwang.cases.it;

import cn.yiwang.common.personaldata.PersonalDataProtector;
import cn.yiwang.common.test.ServiceIntegrationTest;
import cn.yiwang.common.test.SharedInfrastructure;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The whole service on real PostgreSQL and Kafka, with catalog-service and certificate-service
 * stubbed by WireMock on 127.0.0.1 and a wall clock the tests set, so deadlines fall on known
 * days of the shipped calendar. The scheduled scans are off: tests run them when they mean to.
 */
@ServiceIntegrationTest
@Import(CaseServiceITSupport.TestClock.class)
abstract class CaseServiceITSupport {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final String FOOD_LICENCE = "11610326MB2857143R4610300123000";
    static final String MEI_COUNTY = "610326";
    static final String MARKET_REGULATOR = "11610326MB2857143R";
    static final String MEI_HALL = "11610326MB0000001K";
    static final String CITIZEN_ID = "11010519491231002X";

    static final WireMockServer CATALOG = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    static final WireMockServer CERTIFICATE = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    static {
        CATALOG.start();
        CERTIFICATE.start();
    }

    @DynamicPropertySource
    static void stubs(DynamicPropertyRegistry registry) {
        registry.add("yiwang.cases.catalog.base-url", CATALOG::baseUrl);
        registry.add("yiwang.cases.certificate.base-url", CERTIFICATE::baseUrl);
        registry.add("yiwang.cases.scan.enabled", () -> "false");
    }

    @LocalServerPort
    int port;
    @Value("${yiwang.api.base-path}")
    String basePath;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    PersonalDataProtector personalData;
    @Autowired
    MutableClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Sets the service's wall clock to a Beijing local time, e.g. {@code 2026-03-02T09:00}. */
    void clockAt(String beijingLocal) {
        clock.set(LocalDateTime.parse(beijingLocal).atZone(BEIJING).toInstant());
    }

    static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
    }

    /** A citizen ID number (GB 11643) that passes the check, different per serial. */
    static String citizenId(int serial) {
        String first17 = "61032619900101" + String.format("%03d", serial);
        return first17 + cn.yiwang.common.identifier.CitizenId.checkCharacter(first17);
    }

    /** Waits until the condition holds (up to 30 s): for what arrives through Kafka. */
    static void eventually(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 30 s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The food licence and a 即办件 are published by "catalog-service" (a test producer) once per context. */
    void itemsArePublished() throws Exception {
        if (jdbc.queryForObject("SELECT count(*) FROM item_version", Integer.class) >= 2) {
            return;
        }
        String foodLicence = new String(getClass().getResourceAsStream("/contracts/catalog/item-published.json").readAllBytes(),
                StandardCharsets.UTF_8);
        publish("catalog.item.v1", FOOD_LICENCE, "yiwang.item.published.v1", foodLicence, UUID.randomUUID().toString());
        publish("catalog.item.v1", RESIDENCE_CERTIFICATE, "yiwang.item.published.v1", """
                {"implementationCode": "%s", "name": "居住证明", "version": 1, "regionCode": "610326",
                 "implementingBodyCode": "%s", "caseKind": "IMMEDIATE",
                 "legalLimit": {"amount": 0, "unit": "WORKING_DAYS"}, "promisedLimit": {"amount": 0, "unit": "WORKING_DAYS"},
                 "materials": [{"code": "M01", "name": "申请表", "required": true}]}
                """.formatted(RESIDENCE_CERTIFICATE, MEI_HALL), UUID.randomUUID().toString());
        eventually(() -> jdbc.queryForObject("SELECT count(*) FROM item_version", Integer.class) >= 2);
    }

    static final String RESIDENCE_CERTIFICATE = "11610326MB0000001K4610300456000";

    /**
     * 眉县秦味餐饮店 (credit code {@code creditCode}) applies online for the food licence, all four materials uploaded;
     * answers the new case's id.
     */
    String foodLicenceAppliedOnline(String bearer, String creditCode, String phone) {
        Map<String, Object> request = new java.util.LinkedHashMap<>(Map.of("itemCode", FOOD_LICENCE,
                "applicantType", "ENTERPRISE", "applicantName", "眉县秦味餐饮店", "applicantIdNumber", creditCode,
                "channel", "PC", "materials", List.of(
                        Map.of("code", "M01", "provision", "UPLOAD", "reference", "doc-1"),
                        Map.of("code", "M02", "provision", "UPLOAD", "reference", "doc-2"),
                        Map.of("code", "M03", "provision", "UPLOAD", "reference", "doc-3"),
                        Map.of("code", "M04", "provision", "UPLOAD", "reference", "doc-4"))));
        if (phone != null) {
            request.put("applicantPhone", phone);
        }
        Reply applied = post("", bearer, request, Map.of("Idempotency-Key", "shop-" + java.util.UUID.randomUUID()));
        org.assertj.core.api.Assertions.assertThat(applied.status()).as(applied.raw()).isEqualTo(201);
        return applied.body().get("id").asText();
    }

    // ---- HTTP -------------------------------------------------------------------------------

    record Reply(int status, JsonNode body, String raw) {
    }

    Reply get(String path, String bearer) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), bearer);
    }

    Reply post(String path, String bearer, Object body) {
        return post(path, bearer, body, Map.of());
    }

    Reply post(String path, String bearer, Object body, Map<String, String> headers) {
        String text = body instanceof String s ? s : json.writeValueAsString(body == null ? Map.of() : body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        headers.forEach(builder::header);
        return send(builder, bearer);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + basePath + path);
    }

    private Reply send(HttpRequest.Builder builder, String bearer) {
        if (bearer != null) {
            builder.header("Authorization", bearer);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? null : json.readTree(response.body());
            return new Reply(response.statusCode(), body, response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- Kafka ------------------------------------------------------------------------------

    /** Publishes a record the way another service's outbox does: JSON value, CloudEvents headers. */
    static void publish(String topic, String key, String type, String value, String eventId) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_source", "/yiwang/test".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything on {@code cases.case.v1} for one case, read from the beginning for up to {@code wait}. */
    static List<ConsumerRecord<String, String>> caseEvents(String caseId, int expected, Duration wait) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("cases.case.v1"));
            long until = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < until) {
                consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                    if (caseId.equals(record.key())) {
                        found.add(record);
                    }
                });
                if (found.stream().map(record -> header(record, "ce_id")).distinct().count() >= expected) {
                    // Keep reading a little longer: a duplicate would show up now.
                    long settle = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                    while (System.nanoTime() < settle) {
                        consumer.poll(Duration.ofMillis(300)).forEach(record -> {
                            if (caseId.equals(record.key())) {
                                found.add(record);
                            }
                        });
                    }
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The case's events as consumers see them after de-duplication on {@code ce_id}: the outbox
     * delivers at least once (a publication still in flight on a busy machine may be resubmitted),
     * and every copy carries the id the event got when it happened. One entry per transition, in the
     * case's order.
     */
    static List<ConsumerRecord<String, String>> distinctEvents(String caseId, int expected) {
        java.util.Map<String, ConsumerRecord<String, String>> byId = new java.util.LinkedHashMap<>();
        caseEvents(caseId, expected, Duration.ofSeconds(30)).forEach(record -> byId.putIfAbsent(header(record, "ce_id"), record));
        // The outbox sends each transaction's events asynchronously, so a later step can overtake
        // an earlier one on the wire; consumers order a case's events by their sequence.
        List<ConsumerRecord<String, String>> ordered = new ArrayList<>(byId.values());
        ordered.sort(java.util.Comparator.comparingLong(record -> sequenceOf(record)));
        return ordered;
    }

    private static long sequenceOf(ConsumerRecord<String, String> record) {
        return JsonMapper.builder().build().readTree(record.value()).get("sequence").asLong();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A clock the tests move; the service reads "now" from it. */
    static final class MutableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-03-02T01:00:00Z");

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
