package cn.yiwang.vectorcontrol.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a survey's records say: every computed index, and per species each graded sub-indicator
 * and the species' level, all under the named threshold table version.
 */
public record SurveyEvaluation(String tableVersion, int records, List<IndexValue> indices,
                               List<SpeciesResult> species) {

    public SurveyEvaluation {
        indices = List.copyOf(indices);
        species = List.copyOf(species);
    }

    /** Species whose level is worse than C: each one is an alert (Art. 21 report to 爱卫会). */
    public List<SpeciesResult> belowStandard() {
        return species.stream().filter(result -> result.level() == ControlLevel.BELOW_STANDARD).toList();
    }

    public SpeciesResult of(Species wanted) {
        return species.stream().filter(result -> result.species() == wanted).findFirst().orElseThrow();
    }

    public record IndexValue(Index index, Species species, BigDecimal value, Index.Unit unit) {
    }

    public record ConditionResult(Index index, BigDecimal value, Comparison comparison,
                                  Map<ControlLevel, BigDecimal> thresholds, ControlLevel level,
                                  Confidence confidence) {
    }

    /** A sub-indicator; {@code level} is null when the survey has no records of the methods it needs. */
    public record IndicatorResult(String code, ControlLevel level, List<ConditionResult> conditions) {

        public boolean assessed() {
            return level != null;
        }

        public ConditionResult condition(Index index) {
            return conditions.stream().filter(c -> c.index() == index).findFirst().orElseThrow();
        }
    }

    /**
     * A species' level: the worst of its assessed sub-indicators; null when none was assessed.
     * {@code complete} says whether every sub-indicator of the table was assessed — a level from
     * part of the indicators must not pass for a full assessment.
     */
    public record SpeciesResult(Species species, String standard, ControlLevel level, boolean complete,
                                List<IndicatorResult> indicators) {

        public IndicatorResult indicator(String code) {
            return indicators.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
        }
    }
}
