package cn.yiwang.review.workorder;

import java.time.Instant;
import java.util.UUID;

/** In-process: a negative rating opened a rectification work order for {@code orgCode}. */
public record WorkOrderOpened(UUID workOrderId, UUID evaluationId, String orgCode, String regionCode,
                              Instant openedAt, Instant verificationDueAt, Instant rectificationDueAt) {
}
