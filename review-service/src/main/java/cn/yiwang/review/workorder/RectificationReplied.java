package cn.yiwang.review.workorder;

import java.time.Instant;
import java.util.UUID;

/** In-process: the organisation answered the evaluator of a negative rating (答复). */
public record RectificationReplied(UUID workOrderId, UUID evaluationId, String orgCode, String regionCode,
                                   Instant repliedAt) {
}
