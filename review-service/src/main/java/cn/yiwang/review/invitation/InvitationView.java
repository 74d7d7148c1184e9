package cn.yiwang.review.invitation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invitation as its evaluator sees it: what to rate, until when, and whether it is done.
 *
 * @param bundleName     for a bundle application (一件事), its name; {@code null} otherwise
 * @param leadDepartment for a bundle application, its lead department; {@code null} otherwise
 */
public record InvitationView(UUID id, String source, String serviceNumber, List<String> itemCodes,
                             List<String> itemNames, String orgCode, String regionCode, Instant servedAt,
                             Instant expiresAt, boolean open, UUID firstEvaluationId, UUID followUpEvaluationId,
                             String bundleName, String leadDepartment) {
}
