package cn.yiwang.common.events;

import cn.yiwang.common.test.WithEmbeddedKafka;
import cn.yiwang.common.test.WithEmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep keeps the outbox table small: sent events go after the retention period, not before. */
@SpringBootTest(classes = EventsTestApplication.class)
@TestPropertySource(locations = EventsTestApplication.PROPERTIES, properties = {
        // Only the explicit sweep below runs, so the test sees exactly one round.
        "yiwang.events.resubmit.interval=1h",
        "yiwang.events.keep-completed=7d"})
@WithEmbeddedPostgres
@WithEmbeddedKafka
class OutboxSweepIT {

    @Autowired
    OutboxSweeper sweeper;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void completedEventsOlderThanTheRetentionAreDeletedAndRecentOnesKept() {
        UUID old = completedPublication(Duration.ofDays(8));
        UUID recent = completedPublication(Duration.ofDays(1));

        sweeper.sweepOnce();

        List<UUID> left = jdbc.queryForList("SELECT id FROM event_publication", UUID.class);
        assertThat(left).contains(recent).doesNotContain(old);
    }

    private UUID completedPublication(Duration age) {
        UUID id = UUID.randomUUID();
        Timestamp when = Timestamp.from(Instant.now().minus(age));
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                VALUES (?, 'externalizer', ?, ?, ?, ?, 'COMPLETED', 1)
                """, id, CaseConcluded.class.getName(), "{\"caseId\":\"" + id + "\"}", when, when);
        return id;
    }
}
