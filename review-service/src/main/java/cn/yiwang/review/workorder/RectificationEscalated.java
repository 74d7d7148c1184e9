package cn.yiwang.review.workorder;

import cn.yiwang.common.events.IntegrationEvent;
import cn.yiwang.review.evaluation.EvaluationSubmitted;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code evaluation.escalated} on {@code review.evaluation.v1}: the rectification of a negative
 * evaluation missed the deadline of its current step and goes to the supervisor of its region, so
 * a notification service can tell them. Keyed by the evaluation, like every event of the stream.
 */
public record RectificationEscalated(UUID eventId, UUID evaluationId, UUID workOrderId, String orgCode, String regionCode,
                                     String step, Instant dueAt, int escalations, Instant occurredAt)
        implements IntegrationEvent {

    public static final String TYPE = "yiwang.evaluation.escalated.v1";

    @Override
    public String aggregateId() {
        return evaluationId.toString();
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String topic() {
        return EvaluationSubmitted.TOPIC;
    }
}
