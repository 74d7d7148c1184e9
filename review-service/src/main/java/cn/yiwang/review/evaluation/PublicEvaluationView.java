package cn.yiwang.review.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation as the public sees it (评价公开): what was rated and how, the text screened for
 * personal data — no evaluator, no case number, no staff, no exact time.
 */
public record PublicEvaluationView(String kind, String level, List<String> indicators, String text, String channel,
                                   List<String> itemNames, LocalDate evaluatedOn) {
}
