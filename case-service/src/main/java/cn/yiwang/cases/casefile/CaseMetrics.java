package cn.yiwang.cases.casefile;

import cn.yiwang.cases.casefile.messaging.CaseEventV1;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Business metrics (Micrometer, scraped at {@code /actuator/prometheus}):
 * <ul>
 * <li>{@code yiwang.cases.submitted} {channel = pc | mobile | kiosk | window | partner}: new applications
 * (a supplement's resubmission is not a new one);</li>
 * <li>{@code yiwang.cases.concluded} {on_time = true | false}: decisions, on time when taken by the
 * promised deadline (pauses and extension counted as the clock counts them);</li>
 * <li>{@code yiwang.cases.overdue}: open cases past their promised deadline, counted by the deadline scan
 * (not on each scrape). Every instance reports the same whole-database figure: aggregate it with max, not sum.</li>
 * </ul>
 * Counters move only when the transaction that caused the event commits.
 */
@Component
public class CaseMetrics {

    private final Map<String, Counter> submitted;
    private final Counter concludedOnTime;
    private final Counter concludedLate;
    private final AtomicLong overdue = new AtomicLong();
    private final JdbcClient jdbc;
    private final Clock time;

    CaseMetrics(MeterRegistry registry, JdbcClient jdbc, Clock time) {
        this.jdbc = jdbc;
        this.time = time;
        this.submitted = Stream.of(cn.yiwang.cases.casefile.domain.Channel.values())
                .map(channel -> channel.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableMap(channel -> channel, channel -> Counter.builder("yiwang.cases.submitted")
                        .description("Applications filed, by channel").tag("channel", channel).register(registry)));
        this.concludedOnTime = concluded(registry, true);
        this.concludedLate = concluded(registry, false);
        Gauge.builder("yiwang.cases.overdue", overdue, AtomicLong::get)
                .description("Open cases past their promised deadline, as of the last deadline scan").register(registry);
    }

    private static Counter concluded(MeterRegistry registry, boolean onTime) {
        return Counter.builder("yiwang.cases.concluded").description("Cases concluded, by whether within the promised limit")
                .tag("on_time", Boolean.toString(onTime)).register(registry);
    }

    @EventListener
    void on(CaseEventV1 event) {
        if ("submitted".equals(event.event()) && Integer.valueOf(1).equals(event.submission())) {
            Counter counter = submitted.get(event.channel().toLowerCase(Locale.ROOT));
            if (counter != null) {
                afterCommit(counter::increment);
            }
        } else if ("concluded".equals(event.event())) {
            boolean onTime = event.promisedDueAt() == null || !event.occurredAt().isAfter(event.promisedDueAt());
            afterCommit((onTime ? concludedOnTime : concludedLate)::increment);
        }
    }

    /** Counts the open cases past their promised deadline: one indexed count per scan, not per scrape. */
    public long refreshOverdue() {
        long count = jdbc.sql("""
                        SELECT count(*) FROM case_file
                        WHERE status IN ('ACCEPTED', 'UNDER_REVIEW', 'SPECIAL_PROCEDURE') AND promised_due_at <= :now
                        """)
                .param("now", Timestamp.from(time.instant())).query(Long.class).single();
        overdue.set(count);
        return count;
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
