package cn.yiwang.common.events;

import cn.yiwang.common.events.EventsTestApplication.CaseCommands;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import cn.yiwang.infra.kafka.LocalKafka;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The outbox keeps an event while Kafka is away and sends it when Kafka is back. */
@SpringBootTest(classes = EventsTestApplication.class)
@TestPropertySource(locations = EventsTestApplication.PROPERTIES)
@WithEmbeddedPostgres
class EventsSurviveABrokerOutageIT {

    /** This test's own broker: stopping the shared one would break the other tests. */
    private static final LocalKafka KAFKA = LocalKafka.startTemporary();

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::bootstrapServers);
    }

    @AfterAll
    static void closeKafka() {
        KAFKA.close();
    }

    @Autowired
    CaseCommands commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    OutboxBacklog backlog;
    @Autowired
    MeterRegistry meters;

    @Test
    void anEventWrittenWhileKafkaIsDownIsDeliveredAfterItReturns() {
        KAFKA.stop();

        CaseConcluded event = commands.conclude("case-outage-1", "610102");

        assertThat(jdbc.queryForObject("SELECT status FROM test_case WHERE id = 'case-outage-1'", String.class))
                .isEqualTo("concluded");
        assertThat(backlog.count()).isEqualTo(1);
        assertThat(meters.get(OutboxBacklog.METER).gauge().value()).isEqualTo(1.0);

        KAFKA.start();

        try (TopicReader reader = new TopicReader(KAFKA.bootstrapServers(), CaseConcluded.TOPIC)) {
            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.withKey("case-outage-1"), found -> !found.isEmpty());
            ConsumerRecord<String, String> record = records.get(0);
            assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
            assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo("yiwang.case.concluded.v1");
            assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo("case-outage-1");
            assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/yiwang/events-test");
            assertThat(header(record, CloudEventHeaders.REGION)).isEqualTo("610102");
            assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
            assertThat(header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
            assertThat(header(record, CloudEventHeaders.TIME)).isEqualTo(event.occurredAt().toString());
            // Nothing else but the W3C trace context (added by the template's observation): no
            // Spring-specific type headers for non-Spring consumers to trip over.
            assertThat(record.headers()).extracting(h -> h.key()).containsOnly(
                    "ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
                    "content-type", "yiwang_region", "traceparent")
                    .contains("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "ce_subject",
                            "content-type", "yiwang_region");
            assertThat(record.value()).contains("\"caseId\":\"case-outage-1\"", "\"outcome\":\"approved\"");
        }
        await().atMost(Duration.ofSeconds(10)).until(backlog::count, count -> count == 0);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
