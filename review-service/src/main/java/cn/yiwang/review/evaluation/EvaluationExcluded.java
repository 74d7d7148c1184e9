package cn.yiwang.review.evaluation;

import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code evaluation.excluded} on {@code review.evaluation.v1}: a supervisor upheld an appeal, so the
 * evaluation no longer counts in any statistics (it stays on record, DOMAIN.md §4).
 */
public record EvaluationExcluded(UUID eventId, UUID evaluationId, UUID invitationId, UUID appealId, String regionCode,
                                 Instant occurredAt) implements IntegrationEvent {

    public static final String TYPE = "yiwang.evaluation.excluded.v1";

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
