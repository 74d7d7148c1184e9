/** The real Keycloak server (keycloak-quarkus-dist) on loopback, backed by the embedded PostgreSQL. */
package cn.yiwang.infra.keycloak;
