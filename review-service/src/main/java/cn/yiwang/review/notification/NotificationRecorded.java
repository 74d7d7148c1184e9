package cn.yiwang.review.notification;

import cn.yiwang.common.events.IntegrationEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code notification.recorded} on {@code review.notification.v1}: a notification was put in an
 * inbox, for a delivery service (SMS, app push) that review-service does not have. It names the
 * recipient as the inbox does (a holder by keyed hash only) and carries no text: the consumer
 * words it in the recipient's language from {@code kind}.
 */
public record NotificationRecorded(UUID eventId, UUID notificationId, String recipientType, String recipientKey,
                                   String kind, String subjectType, UUID subjectId, String regionCode,
                                   Instant occurredAt) implements IntegrationEvent {

    public static final String TOPIC = "review.notification.v1";
    public static final String TYPE = "yiwang.notification.recorded.v1";

    @Override
    public String aggregateId() {
        return notificationId.toString();
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
