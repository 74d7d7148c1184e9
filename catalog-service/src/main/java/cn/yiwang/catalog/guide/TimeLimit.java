package cn.yiwang.catalog.guide;

import cn.yiwang.catalog.codes.LimitUnit;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Optional;

/**
 * A time limit with its unit: {@code {"value": 20, "unit": "WORKING_DAY"}}. The unit stays text
 * (name or standard code) so that a wrong unit is reported as a failing element, not as a
 * malformed request.
 */
public record TimeLimit(Integer value, String unit) {

    public static TimeLimit workingDays(int value) {
        return new TimeLimit(value, LimitUnit.WORKING_DAY.name());
    }

    @JsonIgnore
    public Optional<LimitUnit> limitUnit() {
        if (unit == null) {
            return Optional.empty();
        }
        for (LimitUnit candidate : LimitUnit.values()) {
            if (candidate.name().equals(unit) || candidate.code().equals(unit)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @JsonIgnore
    public boolean isComplete() {
        return value != null && limitUnit().isPresent();
    }

    /** Whether this limit is at most {@code other}; only limits in the same unit compare. */
    public boolean isWithin(TimeLimit other) {
        return isComplete() && other.isComplete() && limitUnit().equals(other.limitUnit()) && value <= other.value;
    }
}
