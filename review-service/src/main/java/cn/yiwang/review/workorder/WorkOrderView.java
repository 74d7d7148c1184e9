package cn.yiwang.review.workorder;

import java.time.Instant;
import java.util.UUID;

/** A rectification work order with its steps, deadlines and escalation. */
public record WorkOrderView(UUID id, UUID evaluationId, String orgCode, String regionCode, String level,
                            boolean realName, String status, Instant openedAt, Instant currentDueAt, boolean overdue,
                            Instant verificationDueAt, Instant rectificationDueAt, Instant returnVisitDueAt,
                            Step verification, Step rectification, Step reply, ReturnVisit returnVisit,
                            Instant escalatedAt, String escalatedStep, int escalations, Instant closedAt) {

    public record Step(Instant at, String text) {
    }

    public record ReturnVisit(Instant at, String satisfaction, String note) {
    }
}
