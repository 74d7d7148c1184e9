/**
 * Reliable events between services: a domain-free envelope, the CloudEvents Kafka header
 * convention, the transactional outbox (Spring Modulith's JDBC publication registry externalized
 * to Kafka, with periodic resubmission) and idempotent consumption keyed by {@code ce_id}.
 */
package cn.yiwang.common.events;
