package cn.yiwang.vectorcontrol.monitoring.domain;

import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation.ConditionResult;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation.IndexValue;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation.IndicatorResult;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation.SpeciesResult;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Grades a survey's records against a threshold table. The records are pooled per method
 * ({@link PooledRecords}: one pass here, or one aggregate query where they are stored); everything
 * after that depends only on the number of indices, so a city survey of tens of thousands of
 * records costs little more than summing them.
 */
public final class DensityEvaluator {

    /** Shown with two decimals; graded on the unrounded value so rounding never changes a level. */
    private static final int SHOWN_SCALE = 2;

    private DensityEvaluator() {
    }

    public static SurveyEvaluation evaluate(ThresholdTable table, Iterable<MonitoringRecord> records) {
        return evaluate(table, PooledRecords.of(records));
    }

    /** Grades records already pooled per method (e.g. summed by the database). */
    public static SurveyEvaluation evaluate(ThresholdTable table, PooledRecords pooledRecords) {
        Map<Index, BigDecimal> values = new EnumMap<>(Index.class);
        List<IndexValue> indices = new ArrayList<>();
        for (Index index : Index.values()) {
            Map<Measure, BigDecimal> pooled = pooledRecords.of(index.method());
            if (pooled != null) {
                BigDecimal value = index.compute(pooled);
                values.put(index, value);
                indices.add(new IndexValue(index, index.method().species(), shown(value), index.unit()));
            }
        }

        List<SpeciesResult> species = new ArrayList<>();
        for (Species each : Species.values()) {
            species.add(grade(table, each, values));
        }
        return new SurveyEvaluation(table.version(), pooledRecords.count(), indices, species);
    }

    private static SpeciesResult grade(ThresholdTable table, Species species, Map<Index, BigDecimal> values) {
        List<IndicatorResult> results = new ArrayList<>();
        List<ControlLevel> assessed = new ArrayList<>();
        boolean complete = true;
        for (Indicator indicator : table.indicatorsOf(species)) {
            IndicatorResult result = grade(indicator, values);
            results.add(result);
            if (result.assessed()) {
                assessed.add(result.level());
            } else {
                complete = false;
            }
        }
        return new SpeciesResult(species, species.standard(), ControlLevel.worstOf(assessed),
                complete && !assessed.isEmpty(), results);
    }

    /** Every condition must be measured; the indicator's level is the worst its conditions reach. */
    private static IndicatorResult grade(Indicator indicator, Map<Index, BigDecimal> values) {
        List<ConditionResult> conditions = new ArrayList<>();
        List<ControlLevel> levels = new ArrayList<>();
        boolean measured = true;
        for (Condition condition : indicator.conditions()) {
            BigDecimal value = values.get(condition.index());
            if (value == null) {
                measured = false;
                conditions.add(new ConditionResult(condition.index(), null, condition.comparison(),
                        condition.thresholds(), null, null));
                continue;
            }
            ControlLevel level = condition.grade(value);
            levels.add(level);
            conditions.add(new ConditionResult(condition.index(), shown(value), condition.comparison(),
                    condition.thresholds(), level, condition.confidenceOf(level)));
        }
        return new IndicatorResult(indicator.code(), measured ? ControlLevel.worstOf(levels) : null, conditions);
    }

    private static BigDecimal shown(BigDecimal value) {
        return value.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }
}
