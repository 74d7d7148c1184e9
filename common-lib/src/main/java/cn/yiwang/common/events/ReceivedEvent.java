package cn.yiwang.common.events;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Instant;

/**
 * The CloudEvents attributes of a record a consumer received; the payload stays in the record and
 * is read with the consumer's own reader type.
 *
 * @param id          {@code ce_id}, the de-duplication key
 * @param subject     the aggregate id, or {@code null}
 * @param time        when the change happened, or {@code null}
 * @param regionCode  the region header, or {@code null}
 * @param traceparent the W3C trace context, or {@code null}
 */
public record ReceivedEvent(String id, String source, String type, String subject, Instant time,
                            String contentType, String regionCode, String traceparent) {

    public static ReceivedEvent of(ConsumerRecord<?, ?> record) {
        return CloudEventHeaders.read(record.headers());
    }
}
