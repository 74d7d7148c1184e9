package cn.yiwang.vectorcontrol.monitoring.domain;

import java.util.List;
import java.util.Objects;

/**
 * A graded sub-indicator of a species. Some have two conditions (indoor flies: room positive rate
 * and flies per positive room); the indicator reaches a level only if every condition does.
 */
public record Indicator(String code, Species species, List<Condition> conditions) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(species, "species");
        if (conditions == null || conditions.isEmpty()) {
            throw new IllegalArgumentException(code + ": an indicator needs at least one condition");
        }
        for (Condition condition : conditions) {
            if (condition.index().method().species() != species) {
                throw new IllegalArgumentException(code + ": " + condition.index() + " does not measure " + species);
            }
        }
        conditions = List.copyOf(conditions);
    }
}
