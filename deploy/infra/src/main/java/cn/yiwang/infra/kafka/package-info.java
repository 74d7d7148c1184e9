/** A single-node Kafka broker in KRaft mode, in-process and bound to 127.0.0.1. */
package cn.yiwang.infra.kafka;
