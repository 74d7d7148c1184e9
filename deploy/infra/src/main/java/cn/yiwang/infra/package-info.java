/** Real infrastructure processes (PostgreSQL, Kafka, Keycloak) on loopback for the local platform and tests. */
package cn.yiwang.infra;
