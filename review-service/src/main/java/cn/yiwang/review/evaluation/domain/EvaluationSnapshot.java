package cn.yiwang.review.evaluation.domain;

import cn.yiwang.review.invitation.domain.ServiceContext;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The facts of an evaluation other features act on; the evaluator's hash only when real-name. */
public record EvaluationSnapshot(UUID id, UUID invitationId, EvaluationKind kind, Level level, List<String> indicators,
                                 Channel channel, boolean anonymous, String realNameEvaluatorIdHash,
                                 String evaluatorType, ServiceContext service, Instant evaluatedAt) {
}
