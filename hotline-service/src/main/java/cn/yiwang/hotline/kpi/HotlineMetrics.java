package cn.yiwang.hotline.kpi;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static cn.yiwang.common.calendar.WorkingDayCalendar.ZONE;

/**
 * The hotline's business gauges for dashboards and alerts, kept cheap: two small aggregate queries
 * run on a schedule ({@code yiwang.hotline.metrics.refresh}, one minute by default) and a scrape
 * only reads the last result.
 *
 * <ul>
 *   <li>{@code yiwang.hotline.response.rate}, {@code yiwang.hotline.on.time.rate},
 *       {@code yiwang.hotline.satisfaction.rate}: the KPIs of {@link Kpis} (GB/T 33358 "三率") as
 *       fractions 0–1 over the tickets taken in this calendar month (Beijing); NaN without data</li>
 *   <li>{@code yiwang.hotline.hotspot.tickets{topic}}: tickets per category over the last 7 days,
 *       the 20 busiest categories</li>
 * </ul>
 */
@Component
class HotlineMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(HotlineMetrics.class);
    static final int HOTSPOT_TOPICS = 20;
    static final Duration HOTSPOT_WINDOW = Duration.ofDays(7);

    private record Snapshot(double responseRate, double onTimeRate, double satisfactionRate) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(Double.NaN, Double.NaN, Double.NaN);
    private volatile MultiGauge hotspots;

    HotlineMetrics(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("yiwang.hotline.response.rate", this, metrics -> metrics.snapshot.responseRate())
                .description("Dispatched tickets of this month the department accepted or returned, 0-1").register(registry);
        Gauge.builder("yiwang.hotline.on.time.rate", this, metrics -> metrics.snapshot.onTimeRate())
                .description("Replies of this month's tickets given within the handling limit, 0-1").register(registry);
        Gauge.builder("yiwang.hotline.satisfaction.rate", this, metrics -> metrics.snapshot.satisfactionRate())
                .description("Callers reached at this month's return visits who were satisfied, 0-1").register(registry);
        hotspots = MultiGauge.builder("yiwang.hotline.hotspot.tickets")
                .description("Tickets per category over the last 7 days, the 20 busiest categories").register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${yiwang.hotline.metrics.refresh:PT1M}")
    void refresh() {
        try {
            Instant now = clock.instant();
            Instant monthStart = LocalDate.ofInstant(now, ZONE).withDayOfMonth(1).atStartOfDay(ZONE).toInstant();
            snapshot = jdbc.queryForObject("""
                    select count(*) filter (where dispatched_at is not null) as dispatched,
                           count(*) filter (where dispatched_at is not null and (accepted_at is not null or return_count > 0)) as responded,
                           count(*) filter (where replied_on_time is not null) as replied,
                           count(*) filter (where replied_on_time) as replied_on_time,
                           count(*) filter (where satisfaction in ('SATISFIED', 'DISSATISFIED')) as reached,
                           count(*) filter (where satisfaction = 'SATISFIED') as satisfied
                    from ticket where created_at >= ? and created_at <= ?""", (rs, n) -> new Snapshot(
                    fraction(rs.getLong("responded"), rs.getLong("dispatched")),
                    fraction(rs.getLong("replied_on_time"), rs.getLong("replied")),
                    fraction(rs.getLong("satisfied"), rs.getLong("reached"))),
                    Timestamp.from(monthStart), Timestamp.from(now));
            List<MultiGauge.Row<?>> rows = jdbc.query("""
                    select category_code, count(*) as tickets from ticket where created_at > ? and created_at <= ?
                    group by category_code order by count(*) desc, category_code limit ?""",
                    (rs, n) -> MultiGauge.Row.of(Tags.of("topic", rs.getString("category_code")), rs.getLong("tickets")),
                    Timestamp.from(now.minus(HOTSPOT_WINDOW)), Timestamp.from(now), HOTSPOT_TOPICS);
            MultiGauge gauge = hotspots;
            if (gauge != null) {
                gauge.register(rows, true);
            }
        } catch (RuntimeException e) {
            log.warn("hotline metrics not refreshed, next run retries: {}", e.toString());
        }
    }

    static double fraction(long part, long whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
