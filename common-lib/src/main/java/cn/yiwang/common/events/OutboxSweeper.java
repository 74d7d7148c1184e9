package cn.yiwang.common.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sweeps the outbox periodically. It sends entries again that are still incomplete some time
 * after they were written (the broker was down, the send failed, or the process died between
 * commit and send; Modulith alone retries only on restart, which is not soon enough for a broker
 * outage), and it deletes completed entries after a retention period, which Modulith keeps forever
 * by default.
 *
 * <p>Several instances share one outbox table. A PostgreSQL advisory lock lets one instance at a
 * time run a round, and Modulith marks each publication as resubmitted atomically, so instances
 * seldom send the same entry twice. They still can (an instance that died mid-send, a slow send
 * overtaken by the next round): that is acceptable because every consumer is idempotent on
 * {@code ce_id} ({@link IdempotentConsumer}), which is the real guarantee.
 */
public class OutboxSweeper implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSweeper.class);
    /** Arbitrary but fixed: the same key in every service, each of which has its own database. */
    private static final long LOCK_KEY = 0x5969_7761_6e67_0001L;

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final JdbcTemplate jdbc;
    private final Duration interval;
    private final Duration minAge;
    private final Duration keepCompleted;
    private ScheduledExecutorService scheduler;

    public OutboxSweeper(IncompleteEventPublications incomplete, CompletedEventPublications completed, JdbcTemplate jdbc,
                         Duration interval, Duration minAge, Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.jdbc = jdbc;
        this.interval = interval;
        this.minAge = minAge;
        this.keepCompleted = keepCompleted;
    }

    /**
     * One round, unless another instance is running one: resubmits incomplete publications older
     * than the minimum age and deletes completed ones older than the retention period.
     */
    public void sweepOnce() {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            // A session lock on the connection held for the whole round; released in finally.
            if (!advisory(connection, "SELECT pg_try_advisory_lock(?)")) {
                return null;
            }
            try {
                incomplete.resubmitIncompletePublicationsOlderThan(minAge);
                completed.deletePublicationsOlderThan(keepCompleted);
            } finally {
                advisory(connection, "SELECT pg_advisory_unlock(?)");
            }
            return null;
        });
    }

    private static boolean advisory(java.sql.Connection connection, String sql) throws java.sql.SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, LOCK_KEY);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private void tick() {
        try {
            sweepOnce();
        } catch (RuntimeException e) {
            // The next round tries again; a database outage must not kill the schedule.
            LOG.warn("Sweeping the outbox failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "yiwang-outbox-resubmitter");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
