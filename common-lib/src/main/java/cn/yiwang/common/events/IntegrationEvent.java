package cn.yiwang.common.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What a service's event record implements so that publishing it through Spring's
 * {@code ApplicationEventPublisher} inside a {@code @Transactional} method stores it in the outbox
 * and, after commit, sends it to Kafka with the platform's CloudEvents headers.
 *
 * <p>The record itself is the JSON value on the wire and belongs to the producing service; this
 * interface only says where it goes and how it is identified. Record components are serialized,
 * the methods here that are not components ({@link #topic()}, {@link #type()} and usually
 * {@link #aggregateId()}) are not.
 *
 * <p>{@link #eventId()} becomes {@code ce_id}, the consumers' de-duplication key. It must be
 * chosen when the event is created (e.g. {@code UUID.randomUUID()} in the aggregate method) and be
 * a record component: the outbox stores the serialized record, so every retry and every
 * republication sends the same id. An id made up at send time would turn a retry into a new
 * event for the consumers.
 */
public interface IntegrationEvent {

    /** {@code ce_id}: unique per event, stable across retries. */
    UUID eventId();

    /** {@code ce_subject} and the Kafka record key, so one aggregate's events stay in order. */
    String aggregateId();

    /** {@code ce_type}, e.g. {@code yiwang.case.concluded.v1}; see {@link EventNames#type}. */
    String type();

    /** {@code ce_time}: when the change happened, not when it was sent. */
    Instant occurredAt();

    /** The administrative region the aggregate belongs to, sent as the region header. */
    String regionCode();

    /** The Kafka topic of the aggregate stream, e.g. {@code cases.case.v1}; see {@link EventNames#topic}. */
    String topic();

    /**
     * The W3C trace context to send as {@code traceparent}, or {@code null}. A record that wants
     * the trace of the request that caused it to survive a retry after a broker outage keeps it
     * as a component; without it the header is left to the Kafka template's own observation,
     * which sees a trace only when one is active at send time.
     */
    default String traceparent() {
        return null;
    }
}
