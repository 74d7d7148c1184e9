package cn.yiwang.vectorcontrol.monitoring.web;

import cn.yiwang.vectorcontrol.monitoring.EvaluationView;
import cn.yiwang.vectorcontrol.monitoring.SurveyView;
import cn.yiwang.vectorcontrol.monitoring.domain.ControlLevel;
import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;
import cn.yiwang.vectorcontrol.support.Labels;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A survey's graded result with names in the caller's language. Every level comes with the table
 * version that graded it and the confidence of the deciding threshold (DOMAIN.md appendix).
 */
record EvaluationResponse(SurveyView survey, boolean provisional, String tableVersion, String tableSource, int records,
                          List<IndexResponse> indices, List<SpeciesResponse> species) {

    static EvaluationResponse of(EvaluationView view, Labels labels) {
        SurveyEvaluation evaluation = view.evaluation();
        return new EvaluationResponse(view.survey(), view.provisional(), evaluation.tableVersion(), view.tableSource(),
                evaluation.records(),
                evaluation.indices().stream().map(index -> new IndexResponse(index.index().name(),
                        labels.of("index", index.index()), index.species().name(), index.value(),
                        labels.of("unit", index.unit()))).toList(),
                evaluation.species().stream().map(result -> SpeciesResponse.of(result, labels)).toList());
    }

    record IndexResponse(String index, String name, String species, BigDecimal value, String unit) {
    }

    record SpeciesResponse(String species, String name, String standard, String level, String levelName,
                           boolean complete, List<IndicatorResponse> indicators) {

        static SpeciesResponse of(SurveyEvaluation.SpeciesResult result, Labels labels) {
            return new SpeciesResponse(result.species().name(), labels.of("species", result.species()), result.standard(),
                    code(result.level()), labels.of("level", result.level()), result.complete(),
                    result.indicators().stream().map(indicator -> IndicatorResponse.of(indicator, labels)).toList());
        }
    }

    record IndicatorResponse(String indicator, String name, String level, String levelName,
                             List<ConditionResponse> conditions) {

        static IndicatorResponse of(SurveyEvaluation.IndicatorResult result, Labels labels) {
            return new IndicatorResponse(result.code(), labels.of("indicator." + result.code(), result.code()),
                    code(result.level()), labels.of("level", result.level()),
                    result.conditions().stream().map(condition -> new ConditionResponse(condition.index().name(),
                            labels.of("index", condition.index()), condition.value(), condition.comparison().name(),
                            thresholds(condition.thresholds()), code(condition.level()),
                            labels.of("level", condition.level()), code(condition.confidence()),
                            labels.of("confidence", condition.confidence()))).toList());
        }
    }

    record ConditionResponse(String index, String name, BigDecimal value, String comparison,
                             Map<String, BigDecimal> thresholds, String level, String levelName, String confidence,
                             String confidenceName) {
    }

    private static Map<String, BigDecimal> thresholds(Map<ControlLevel, BigDecimal> thresholds) {
        Map<String, BigDecimal> byName = new TreeMap<>();
        thresholds.forEach((level, value) -> byName.put(level.name(), value));
        return byName;
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
