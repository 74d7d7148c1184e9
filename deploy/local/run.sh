#!/usr/bin/env sh
# The local platform in one command: builds what it needs, then starts PostgreSQL, Kafka, Keycloak,
# the six services and the gateway on 127.0.0.1. Ctrl-C (or SIGTERM) stops all of it; data stays
# in .yiwang/local. Options after the script name go to the launcher (try --help).
# YIWANG_SKIP_BUILD=1 starts from the jars already built.
set -eu
cd "$(dirname "$0")/../.."

if [ "${YIWANG_SKIP_BUILD:-0}" != "1" ]; then
  ./mvnw -B -ntp -DskipTests package
fi

JAVA_BIN="java"
if [ -n "${JAVA_HOME:-}" ]; then
  JAVA_BIN="$JAVA_HOME/bin/java"
fi

# exec: the launcher receives Ctrl-C and SIGTERM itself and stops its children in order. Its heap
# holds the in-process Kafka broker; PostgreSQL, Keycloak and the applications are separate processes.
exec "$JAVA_BIN" -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -jar deploy/local/target/yiwang-local.jar --root "$(pwd)" "$@"
