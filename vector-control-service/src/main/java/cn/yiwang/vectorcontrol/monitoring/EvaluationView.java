package cn.yiwang.vectorcontrol.monitoring;

import cn.yiwang.vectorcontrol.monitoring.domain.SurveyEvaluation;

/**
 * A survey's graded result and the source of the table that graded it; {@code provisional} while
 * the survey is still open (graded under the table in force, not yet reported).
 */
public record EvaluationView(SurveyView survey, SurveyEvaluation evaluation, String tableSource, boolean provisional) {
}
