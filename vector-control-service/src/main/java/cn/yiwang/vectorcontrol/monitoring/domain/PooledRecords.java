package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A survey's records pooled per method: Σ of every measure over the records of each method, and how
 * many records there were. The indices are computed over pooled numbers (Σ found / Σ effort,
 * {@link Index}), so this is all grading needs — a city survey of tens of thousands of records can be
 * pooled where it is stored (one aggregate query) instead of being read record by record.
 *
 * @param totals per method, the sum of each measure its records recorded
 * @param count  the number of records pooled
 */
public record PooledRecords(Map<Method, Map<Measure, BigDecimal>> totals, int count) {

    public PooledRecords {
        Objects.requireNonNull(totals, "totals");
        if (count < 0) {
            throw new IllegalArgumentException("a record count is never negative: " + count);
        }
        EnumMap<Method, Map<Measure, BigDecimal>> copy = new EnumMap<>(Method.class);
        totals.forEach((method, measures) -> copy.put(method, Map.copyOf(measures)));
        totals = copy;
    }

    /** Pools records in one pass. */
    public static PooledRecords of(Iterable<MonitoringRecord> records) {
        Map<Method, Map<Measure, BigDecimal>> totals = new EnumMap<>(Method.class);
        int count = 0;
        for (MonitoringRecord record : records) {
            Map<Measure, BigDecimal> pooled = totals.computeIfAbsent(record.method(), m -> new EnumMap<>(Measure.class));
            record.measures().forEach((measure, value) -> pooled.merge(measure, value, BigDecimal::add));
            count++;
        }
        return new PooledRecords(totals, count);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The pooled measures of {@code method}, or {@code null} when the survey has no record of it. */
    public Map<Measure, BigDecimal> of(Method method) {
        return totals.get(method);
    }
}
