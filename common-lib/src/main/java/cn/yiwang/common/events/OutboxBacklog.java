package cn.yiwang.common.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code yiwang.outbox.backlog}: events stored but not yet sent. A number that keeps growing means
 * the broker is unreachable or a publication keeps failing; operations alert on it.
 */
public class OutboxBacklog implements MeterBinder {

    public static final String METER = "yiwang.outbox.backlog";
    private static final String COUNT = "SELECT count(*) FROM event_publication WHERE completion_date IS NULL";

    private final JdbcTemplate jdbc;

    public OutboxBacklog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The number of incomplete publications now. */
    public long count() {
        Long count = jdbc.queryForObject(COUNT, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(METER, this, OutboxBacklog::sample)
                .description("Event publications stored in the outbox and not yet sent")
                .baseUnit("events")
                .register(registry);
    }

    private double sample() {
        try {
            return count();
        } catch (RuntimeException e) {
            // No answer from the database is not the same as an empty outbox.
            return Double.NaN;
        }
    }
}
