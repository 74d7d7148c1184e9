package cn.yiwang.review.upstream;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An evaluation as the provincial/national 好差评 exchange interface receives it: the level and the
 * channel as that interface's codes (level 1 = very dissatisfied … 5 = very satisfied), the
 * evaluator only as anonymous or not.
 */
public record UpstreamEvaluation(UUID evaluationId, String serviceNumber, String serviceSource, List<String> itemCodes,
                                 List<String> itemNames, String orgCode, String regionCode, List<String> staffIds,
                                 int level, int channel, boolean anonymous, String evaluatorType, boolean followUp,
                                 List<String> indicators, String text, Instant evaluatedAt) {
}
