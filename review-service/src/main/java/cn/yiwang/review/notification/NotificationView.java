package cn.yiwang.review.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification as its reader sees it: the text in the reader's language, what it is about
 * ({@code subjectType}: INVITATION, WORK_ORDER, EVALUATION, APPEAL) and whether this reader read it.
 */
public record NotificationView(UUID id, String kind, String text, String subjectType, UUID subjectId,
                               Instant createdAt, boolean read) {
}
