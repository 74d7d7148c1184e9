/**
 * Test support shipped as common-lib's test-jar: a real PostgreSQL (one server per test JVM, one
 * database per application context), a real Kafka broker (KRaft) and a token issuer that mints
 * tokens for any role and region.
 */
package cn.yiwang.common.test;
