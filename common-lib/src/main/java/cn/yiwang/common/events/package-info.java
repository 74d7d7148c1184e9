/**
 * Reliable events between services: a domain-free envelope ({@link cn.yiwang.common.events.IntegrationEvent}),
 * the CloudEvents Kafka header convention, a transactional outbox (Spring Modulith's JDBC
 * publication registry externalized to Kafka, swept periodically) and idempotent consumption
 * keyed by {@code ce_id}.
 *
 * <p>Producing: a service's event record implements {@code IntegrationEvent} and is published with
 * {@code ApplicationEventPublisher.publishEvent(event)} inside the {@code @Transactional} command
 * that changes the state. Consuming: a {@code @KafkaListener} passes the record to
 * {@link cn.yiwang.common.events.IdempotentConsumer#handleOnce(org.apache.kafka.clients.consumer.ConsumerRecord, String, java.util.function.Consumer)}.
 */
package cn.yiwang.common.events;
