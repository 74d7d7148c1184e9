package cn.yiwang.common.events;

import cn.yiwang.common.events.EventsTestApplication.CaseCommands;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.infra.net.Loopback;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process that commits a state change and its event and then dies before any send succeeds
 * loses nothing: the next process on the same database sends the event.
 */
class EventsSurviveACrashBetweenCommitAndSendIT {

    @Test
    void anEventCommittedByAProcessThatDiedBeforeSendingIsDeliveredByTheNextOne() {
        String database = SharedInfrastructure.newDatabase();
        CaseConcluded event;

        // The first process never reaches a broker (nothing listens on that port) and is shut down
        // before its sweeper runs: the outbox entry is committed but was never sent.
        try (ConfigurableApplicationContext first = start(database, "127.0.0.1:" + Loopback.freePort(), false)) {
            event = first.getBean(CaseCommands.class).conclude("case-crash-1", "610103");
            assertThat(first.getBean(OutboxBacklog.class).count()).isEqualTo(1);
        }

        String kafka = SharedInfrastructure.kafka().bootstrapServers();
        try (ConfigurableApplicationContext second = start(database, kafka, true);
             TopicReader reader = new TopicReader(kafka, CaseConcluded.TOPIC)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM test_case WHERE id = 'case-crash-1'", Integer.class))
                    .isEqualTo(1);

            List<ConsumerRecord<String, String>> records = await().atMost(Duration.ofSeconds(30))
                    .until(() -> reader.withKey("case-crash-1"), found -> !found.isEmpty());

            assertThat(new String(records.get(0).headers().lastHeader(CloudEventHeaders.ID).value(), StandardCharsets.UTF_8))
                    .isEqualTo(event.eventId().toString());
            OutboxBacklog backlog = second.getBean(OutboxBacklog.class);
            await().atMost(Duration.ofSeconds(10)).until(backlog::count, count -> count == 0);
        }
    }

    private static ConfigurableApplicationContext start(String database, String bootstrapServers, boolean resubmit) {
        return new SpringApplicationBuilder(EventsTestApplication.class)
                .run("--spring.config.import=" + EventsTestApplication.PROPERTIES,
                        "--spring.datasource.url=" + database,
                        "--spring.datasource.username=" + SharedInfrastructure.postgres().superuser(),
                        "--spring.datasource.password=",
                        "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                        "--yiwang.events.resubmit.enabled=" + resubmit);
    }
}
