package cn.yiwang.review.evaluation;

import cn.yiwang.common.events.IntegrationEvent;
import cn.yiwang.review.evaluation.domain.EvaluationSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code evaluation.submitted} on {@code review.evaluation.v1}: a first evaluation or a follow-up
 * was given. The level travels by name and with the exchange-interface code (1 = very
 * dissatisfied … 5 = very satisfied); the evaluator's hash only when the evaluation is real-name;
 * the free text never (it may contain personal data and no other service needs it).
 */
public record EvaluationSubmitted(UUID eventId, UUID evaluationId, UUID invitationId, String kind, String level,
                                  int levelCode, boolean negative, boolean anonymous, String evaluatorIdHash,
                                  String evaluatorType, String serviceSource, String serviceId, String serviceNumber,
                                  List<String> itemCodes, List<String> itemNames, String orgCode, String regionCode,
                                  List<String> staffIds, String channel, int channelCode, List<String> indicators,
                                  Instant servedAt, Instant occurredAt) implements IntegrationEvent {

    public static final String TOPIC = "review.evaluation.v1";
    public static final String TYPE = "yiwang.evaluation.submitted.v1";

    public static EvaluationSubmitted of(EvaluationSnapshot evaluation) {
        var service = evaluation.service();
        return new EvaluationSubmitted(UUID.randomUUID(), evaluation.id(), evaluation.invitationId(),
                evaluation.kind().name(), evaluation.level().name(), evaluation.level().exchangeCode(),
                evaluation.level().isNegative(), evaluation.anonymous(), evaluation.realNameEvaluatorIdHash(),
                evaluation.evaluatorType(), service.source().name(), service.sourceId(), service.serviceNumber(),
                service.itemCodes(), service.itemNames(), service.orgCode(), service.regionCode(), service.staffIds(),
                evaluation.channel().name(), evaluation.channel().code(), evaluation.indicators(), service.servedAt(),
                evaluation.evaluatedAt());
    }

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
        return TOPIC;
    }

}
