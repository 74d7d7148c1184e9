package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One graded condition of an indicator: the index, how it is compared, the A, B and C thresholds
 * and how sure we are of each.
 */
public record Condition(Index index, Comparison comparison, Map<ControlLevel, BigDecimal> thresholds,
                        Map<ControlLevel, Confidence> confidence, String note) {

    private static final ControlLevel[] GRADES = {ControlLevel.A, ControlLevel.B, ControlLevel.C};

    public Condition {
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(comparison, "comparison");
        for (ControlLevel grade : GRADES) {
            if (!thresholds.containsKey(grade) || !confidence.containsKey(grade)) {
                throw new IllegalArgumentException(index + ": thresholds and confidence for A, B and C are required");
            }
        }
        thresholds = Map.copyOf(thresholds);
        confidence = Map.copyOf(confidence);
    }

    /** The best level whose threshold the value meets, or below standard when it misses C. */
    public ControlLevel grade(BigDecimal value) {
        for (ControlLevel grade : GRADES) {
            if (comparison.meets(value, thresholds.get(grade))) {
                return grade;
            }
        }
        return ControlLevel.BELOW_STANDARD;
    }

    /** The confidence of the threshold that decided {@code level}; below standard is decided by C. */
    public Confidence confidenceOf(ControlLevel level) {
        return confidence.get(level == ControlLevel.BELOW_STANDARD ? ControlLevel.C : level);
    }
}
