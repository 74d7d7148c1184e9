package cn.yiwang.review.appeal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record AppealView(UUID id, UUID evaluationId, String orgCode, String regionCode, String reason,
                         String statement, List<String> evidence, Instant filedAt, String status,
                         Instant decidedAt, String decisionNote) {
}
