package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field observation: a method applied at a place on a day, with the effort and the counts the
 * method needs. Create it with {@link #of}, which refuses numbers the method cannot produce.
 */
public record MonitoringRecord(Method method, Map<Measure, BigDecimal> measures) {

    public MonitoringRecord {
        Objects.requireNonNull(method, "method");
        measures = Map.copyOf(measures);
    }

    /** A record, or {@link InvalidRecordException} naming every number that is wrong. */
    public static MonitoringRecord of(Method method, Map<Measure, BigDecimal> measures) {
        List<Problem> problems = check(method, measures);
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        EnumMap<Measure, BigDecimal> complete = new EnumMap<>(Measure.class);
        complete.putAll(measures);
        for (Measure optional : method.optional()) {
            complete.putIfAbsent(optional, BigDecimal.ZERO);
        }
        return new MonitoringRecord(method, complete);
    }

    /** Every problem of these numbers for this method; empty when they are fine. */
    public static List<Problem> check(Method method, Map<Measure, BigDecimal> measures) {
        List<Problem> problems = new ArrayList<>();
        for (Measure measure : measures.keySet()) {
            if (!method.records(measure)) {
                problems.add(new Problem(measure, Problem.NOT_RECORDED_BY_METHOD));
            }
        }
        for (Measure effort : method.effort()) {
            BigDecimal value = measures.get(effort);
            if (value == null) {
                problems.add(new Problem(effort, Problem.MISSING));
            } else if (value.signum() <= 0) {
                problems.add(new Problem(effort, Problem.EFFORT_NOT_POSITIVE));
            } else if (!effort.fractional() && !isWhole(value)) {
                problems.add(new Problem(effort, Problem.NOT_WHOLE));
            }
        }
        List<Measure> counts = new ArrayList<>(method.findings());
        counts.addAll(method.optional());
        for (Measure count : counts) {
            BigDecimal value = measures.get(count);
            if (value == null) {
                if (method.findings().contains(count)) {
                    problems.add(new Problem(count, Problem.MISSING));
                }
            } else if (value.signum() < 0) {
                problems.add(new Problem(count, Problem.NEGATIVE));
            } else if (!isWhole(value)) {
                problems.add(new Problem(count, Problem.NOT_WHOLE));
            }
        }
        method.partOf().forEach((part, whole) -> {
            BigDecimal partValue = measures.get(part);
            BigDecimal wholeValue = measures.get(whole);
            if (partValue != null && wholeValue != null && partValue.compareTo(wholeValue) > 0) {
                problems.add(new Problem(part, Problem.EXCEEDS_WHOLE));
            }
        });
        return problems;
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    public Species species() {
        return method.species();
    }

    /** One wrong number: the measure and a stable code a client can branch on. */
    public record Problem(Measure measure, String code) {
        public static final String MISSING = "measure-missing";
        public static final String NOT_RECORDED_BY_METHOD = "measure-not-recorded-by-method";
        public static final String EFFORT_NOT_POSITIVE = "effort-not-positive";
        public static final String NEGATIVE = "count-negative";
        public static final String NOT_WHOLE = "count-not-whole";
        public static final String EXCEEDS_WHOLE = "part-exceeds-whole";
    }

    public static class InvalidRecordException extends RuntimeException {
        private final transient List<Problem> problems;

        public InvalidRecordException(List<Problem> problems) {
            super("invalid monitoring record: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
