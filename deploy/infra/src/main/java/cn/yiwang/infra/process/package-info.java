/** Child processes (Keycloak, service JVMs) with a log file, a readiness wait and a clean stop of the whole tree. */
package cn.yiwang.infra.process;
