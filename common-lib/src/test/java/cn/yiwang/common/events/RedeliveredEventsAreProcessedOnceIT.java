package cn.yiwang.common.events;

import cn.yiwang.common.events.EventsTestApplication.CaseCommands;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.WithEmbeddedKafka;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A consumer that handles events through {@link IdempotentConsumer} changes its state once per
 * event, however often Kafka (or the outbox) delivers it.
 */
@SpringBootTest(classes = {EventsTestApplication.class, RedeliveredEventsAreProcessedOnceIT.Invitations.class})
@TestPropertySource(locations = EventsTestApplication.PROPERTIES)
@WithEmbeddedPostgres
@WithEmbeddedKafka
class RedeliveredEventsAreProcessedOnceIT {

    @Autowired
    CaseCommands commands;
    @Autowired
    Invitations invitations;
    @Autowired
    IdempotentConsumer idempotent;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRedeliveredEventIsProcessedOnce() {
        commands.conclude("case-redelivered-1", "610104");
        ConsumerRecord<String, String> first = await().atMost(Duration.ofSeconds(30))
                .until(() -> invitations.deliveriesOf("case-redelivered-1"), found -> found.size() == 1)
                .get(0);

        // Kafka redelivers the very same record (same ce_id), e.g. after a rebalance.
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(first.topic(), null, first.key(), first.value(), first.headers()));
        }
        await().atMost(Duration.ofSeconds(30))
                .until(() -> invitations.deliveriesOf("case-redelivered-1"), found -> found.size() == 2);

        assertThat(invitationsFor("case-redelivered-1")).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                Integer.class, Invitations.CONSUMER, ReceivedEvent.of(first).id())).isEqualTo(1);
    }

    @Test
    void aHandlerThatFailsLeavesTheEventUnprocessedSoTheRedeliveryRunsIt() {
        String eventId = UUID.randomUUID().toString();

        assertThatThrownBy(() -> idempotent.handleOnce(eventId, "failing-consumer", () -> {
            jdbc.update("INSERT INTO test_invitation (case_id) VALUES ('case-failing-1')");
            throw new IllegalStateException("downstream not ready");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(invitationsFor("case-failing-1")).isZero();

        boolean ran = idempotent.handleOnce(eventId, "failing-consumer",
                () -> jdbc.update("INSERT INTO test_invitation (case_id) VALUES ('case-failing-1')"));
        boolean ranAgain = idempotent.handleOnce(eventId, "failing-consumer",
                () -> jdbc.update("INSERT INTO test_invitation (case_id) VALUES ('case-failing-1')"));

        assertThat(ran).isTrue();
        assertThat(ranAgain).isFalse();
        assertThat(invitationsFor("case-failing-1")).isEqualTo(1);
    }

    @Test
    void theSameEventIsProcessedOncePerConsumer() {
        String eventId = UUID.randomUUID().toString();

        idempotent.handleOnce(eventId, "consumer-a", () -> jdbc.update("INSERT INTO test_invitation (case_id) VALUES ('case-shared-1')"));
        idempotent.handleOnce(eventId, "consumer-b", () -> jdbc.update("INSERT INTO test_invitation (case_id) VALUES ('case-shared-1')"));

        assertThat(invitationsFor("case-shared-1")).isEqualTo(2);
    }

    @Test
    void platformMigrationsRunBeforeTheServicesOwn() {
        List<String> versions = jdbc.queryForList(
                "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank", String.class);

        assertThat(versions).containsExactly("0.1", "0.2", "1");
    }

    private int invitationsFor(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM test_invitation WHERE case_id = ?", Integer.class, caseId);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    /** A consumer as a service writes one: a listener whose effect goes through handleOnce. */
    @Configuration(proxyBeanMethods = false)
    static class Invitations {

        static final String CONSUMER = "review-invitations";

        private final List<ConsumerRecord<String, String>> deliveries = new CopyOnWriteArrayList<>();

        @Bean
        InvitationListener invitationListener(IdempotentConsumer idempotent, JdbcTemplate jdbc) {
            return new InvitationListener(idempotent, jdbc, deliveries);
        }

        List<ConsumerRecord<String, String>> deliveriesOf(String key) {
            return deliveries.stream().filter(record -> key.equals(record.key())).toList();
        }
    }

    record InvitationListener(IdempotentConsumer idempotent, JdbcTemplate jdbc,
                              List<ConsumerRecord<String, String>> deliveries) {

        @KafkaListener(topics = CaseConcluded.TOPIC, groupId = Invitations.CONSUMER)
        public void on(ConsumerRecord<String, String> record) {
            idempotent.handleOnce(record, Invitations.CONSUMER,
                    received -> jdbc.update("INSERT INTO test_invitation (case_id) VALUES (?)", received.key()));
            deliveries.add(record);
        }
    }
}
