package cn.yiwang.review.workorder;

import java.time.Instant;

/**
 * What the evaluator learns about the handling of their negative rating: where it stands, what was
 * done and the reply — not the organisation's internal verification notes or who handled it.
 */
public record RectificationView(String status, Instant rectificationDueAt, Instant rectifiedAt,
                                String rectificationActions, Instant repliedAt, String reply,
                                Instant returnVisitedAt) {
}
