package cn.yiwang.review.statistics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Business gauges of the current month (Beijing time), read from the statistics counters — a few
 * rows, never a recount — and cached for {@code yiwang.review.metrics-refresh} so that scrapes cost
 * nothing: {@code yiwang.reviews.evaluation.rate} (rated / invited), {@code yiwang.reviews.good.rate}
 * (good / rated) and {@code yiwang.reviews.rectification.rate} (negatives rectified and answered /
 * negatives; every negative has its work order, which stays with the service event even if a
 * follow-up turns the rating good, so it is counted over work orders), each a ratio 0–1, NaN while its denominator is zero. The totals are the sums over the
 * province-level region counters, where every service event is counted exactly once.
 */
@Component
public class ReviewMetrics implements MeterBinder {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(BEIJING);
    private static final String TOTALS = """
            SELECT metric, sum(value) FROM statistic_counter
            WHERE dimension = 'REGION' AND period = ? AND dimension_key ~ '^[0-9]{2}0000$'
              AND metric IN ('concluded', 'rated', 'good', 'work-orders', 'rectified')
            GROUP BY metric""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration refresh;
    private volatile Snapshot snapshot;

    ReviewMetrics(JdbcTemplate jdbc, Clock clock, @Value("${yiwang.review.metrics-refresh:30s}") Duration refresh) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.refresh = refresh;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "yiwang.reviews.evaluation.rate", "Evaluated / invited service events this month",
                totals -> ratio(totals, Metric.RATED, Metric.CONCLUDED));
        gauge(registry, "yiwang.reviews.good.rate", "Good ratings / evaluations this month",
                totals -> ratio(totals, Metric.GOOD, Metric.RATED));
        gauge(registry, "yiwang.reviews.rectification.rate", "Negative evaluations rectified and answered / negative evaluations this month",
                totals -> ratio(totals, Metric.RECTIFIED, Metric.WORK_ORDERS));
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Map<String, Long>> value) {
        Gauge.builder(name, this, metrics -> metrics.sample(value)).description(description).register(registry);
    }

    private double sample(ToDoubleFunction<Map<String, Long>> value) {
        try {
            return value.applyAsDouble(totals());
        } catch (RuntimeException e) {
            // No answer from the database is not a rate of zero.
            return Double.NaN;
        }
    }

    /** This month's totals, from the cache while it is fresh. */
    Map<String, Long> totals() {
        Instant now = clock.instant();
        String month = MONTH.format(now);
        Snapshot current = snapshot;
        if (current != null && current.month().equals(month) && current.takenAt().plus(refresh).isAfter(now)
                && !current.takenAt().isAfter(now)) {
            return current.totals();
        }
        Map<String, Long> totals = new HashMap<>();
        jdbc.query(TOTALS, rs -> {
            totals.put(rs.getString(1), rs.getLong(2));
        }, month);
        snapshot = new Snapshot(now, month, Map.copyOf(totals));
        return totals;
    }

    private static double ratio(Map<String, Long> totals, String part, String whole) {
        long denominator = totals.getOrDefault(whole, 0L);
        return denominator == 0 ? Double.NaN : (double) totals.getOrDefault(part, 0L) / denominator;
    }

    private record Snapshot(Instant takenAt, String month, Map<String, Long> totals) {
    }
}
