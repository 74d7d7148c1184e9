/** Real infrastructure processes (PostgreSQL, Kafka) on loopback for the local platform and tests. */
package cn.yiwang.infra;
