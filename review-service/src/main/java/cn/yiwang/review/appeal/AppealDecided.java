package cn.yiwang.review.appeal;

import java.time.Instant;
import java.util.UUID;

/** In-process: a supervisor decided an appeal of {@code orgCode}. */
public record AppealDecided(UUID appealId, UUID evaluationId, String orgCode, String regionCode, boolean upheld,
                            String note, Instant decidedAt) {
}
