package cn.yiwang.common.events;

import cn.yiwang.common.events.EventsTestApplication.CaseCommands;
import cn.yiwang.common.test.SharedInfrastructure;
import cn.yiwang.common.test.WithEmbeddedKafka;
import cn.yiwang.infra.net.Loopback;
import cn.yiwang.infra.postgres.LocalPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarted under a running service (issue #11, faults): while it is away a command
 * fails (and nothing half-done stays behind); once it is back, the same application context —
 * not restarted — writes again and its event still reaches Kafka.
 */
@SpringBootTest(classes = EventsTestApplication.class, properties = {
        // Give up quickly while the database is away instead of hanging the caller for 30 s.
        "spring.datasource.hikari.connection-timeout=2000",
        "spring.datasource.hikari.validation-timeout=1000"})
@TestPropertySource(locations = EventsTestApplication.PROPERTIES)
@WithEmbeddedKafka
class ServicesSurviveADatabaseRestartIT {

    /** This test's own server, on a fixed port and data directory so it can come back as it was. */
    private static final Path DATA = temporaryDirectory();
    private static final int PORT = Loopback.freePort();
    private static LocalPostgres postgres = LocalPostgres.start(DATA, PORT);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> postgres.jdbcUrl("postgres"));
        registry.add("spring.datasource.username", () -> postgres.superuser());
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void stop() {
        postgres.close();
    }

    @Autowired
    CaseCommands commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aServiceWritesAgainAfterPostgresRestartsWithoutBeingRestartedItself() {
        commands.conclude("case-before-restart", "610326");

        postgres.close();
        assertThatThrownBy(() -> commands.conclude("case-while-down", "610326"))
                .as("a command fails while the database is away").isInstanceOf(RuntimeException.class);

        postgres = LocalPostgres.start(DATA, PORT);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> commands.conclude("case-after-restart", "610326") != null);
        assertThat(jdbc.queryForList("SELECT id FROM test_case ORDER BY id", String.class))
                .containsExactly("case-after-restart", "case-before-restart");
        try (TopicReader reader = new TopicReader(SharedInfrastructure.kafka().bootstrapServers(), CaseConcluded.TOPIC)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reader.withKey("case-after-restart"), found -> !found.isEmpty());
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "pg-restart");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
