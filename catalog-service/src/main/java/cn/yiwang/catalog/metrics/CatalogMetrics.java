package cn.yiwang.catalog.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Gauges over the current published versions, with the platform's common tags (service, region):
 * <ul>
 *   <li>{@value #PUBLISHED}: implementation items with a current published guide;</li>
 *   <li>{@value #PASS_RATE}: the share of them (0–1) that passed every quality rule when they were
 *       published (抽检合格率; NaN while nothing is published).</li>
 * </ul>
 * Cheap by design: one count over the current versions serves both gauges, and it is taken at most
 * once per {@code yiwang.catalog.metrics.refresh} (30 s) however often they are scraped. The pass
 * rate uses the result stored at publication; {@code GET /quality/pass-rate} re-checks each guide
 * against today's rules and may be lower after the rules were tightened.
 */
@Component
public class CatalogMetrics implements MeterBinder {

    public static final String PUBLISHED = "yiwang.catalog.items.published";
    public static final String PASS_RATE = "yiwang.catalog.quality.pass.rate";

    private final JdbcTemplate jdbc;
    private final Duration refresh;
    private final Clock clock;
    private Snapshot snapshot;

    public CatalogMetrics(JdbcTemplate jdbc, @Value("${yiwang.catalog.metrics.refresh:30s}") Duration refresh,
                          Clock clock) {
        this.jdbc = jdbc;
        this.refresh = refresh;
        this.clock = clock;
    }

    private record Snapshot(Instant takenAt, double published, double passRate) {
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(PUBLISHED, this, metrics -> metrics.snapshot().published())
                .description("Implementation items with a current published guide")
                .register(registry);
        Gauge.builder(PASS_RATE, this, metrics -> metrics.snapshot().passRate())
                .description("Share of the current published guides that passed every quality rule at publication")
                .register(registry);
    }

    private synchronized Snapshot snapshot() {
        Instant now = clock.instant();
        if (snapshot == null || !now.isBefore(snapshot.takenAt().plus(refresh))) {
            snapshot = take(now);
        }
        return snapshot;
    }

    private Snapshot take(Instant now) {
        try {
            return jdbc.queryForObject("""
                    select count(*) as published, count(*) filter (where quality_passed) as passed
                    from item_version where state = 'CURRENT'""", (rs, row) -> {
                long published = rs.getLong("published");
                long passed = rs.getLong("passed");
                return new Snapshot(now, published, published == 0 ? Double.NaN : (double) passed / published);
            });
        } catch (RuntimeException e) {
            // No answer from the database is not the same as an empty catalog.
            return new Snapshot(now, Double.NaN, Double.NaN);
        }
    }
}
