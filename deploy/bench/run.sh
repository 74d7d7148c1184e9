#!/usr/bin/env bash
# The benchmark suite (issue #11): starts the whole local platform on free ports (its own data in
# deploy/bench/target/bench-platform; a running deploy/local platform is not disturbed), runs each
# scenario through the gateway with Gatling, checks the zero-loss counts and writes
# deploy/bench/results/summary.md (Gatling's HTML reports: deploy/bench/target/gatling/).
#
# Usage: deploy/bench/run.sh [gateway] [catalog] [cases] [mycases] [hotline] [eventlag] [survey]
#                            [--fresh] [--rerun-gateway]
#   no scenario: all of them;  --fresh: empty databases first;  --rerun-gateway: run gateway.sh (wrk) first
# Environment: BENCH_SCALE=full (default, the issues' loads; for a quiet machine) or smoke (small loads,
#   a few minutes: proves the scenarios, says nothing about the targets); BENCH_OPTS='-Dbench.cases.rate=300 …'
#   overrides single settings (see Settings.java); YIWANG_SKIP_BUILD=1 uses what is built.
#   Synthetic data, inherited by the services: YIWANG_CATALOG_SYNTHETICITEMS (full: 200000),
#   YIWANG_CASES_SYNTHETICCASES (full: 1000000); hotline auto-dispatch for MOBILE is switched on.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
SCALE=${BENCH_SCALE:-full}
case "$SCALE" in
  full)  export YIWANG_CATALOG_SYNTHETICITEMS=${YIWANG_CATALOG_SYNTHETICITEMS:-200000}
         export YIWANG_CASES_SYNTHETICCASES=${YIWANG_CASES_SYNTHETICCASES:-1000000} ;;
  smoke) export YIWANG_CATALOG_SYNTHETICITEMS=${YIWANG_CATALOG_SYNTHETICITEMS:-5000}
         export YIWANG_CASES_SYNTHETICCASES=${YIWANG_CASES_SYNTHETICCASES:-20000} ;;
  *) echo "BENCH_SCALE must be full or smoke" >&2; exit 2 ;;
esac
# All load comes from one client (127.0.0.1), which the gateway's per-client rate limit would
# throttle with 429s after a few requests; off, as in gateway.sh (the summary says so).
export YIWANG_GATEWAY_RATELIMIT_ENABLED=false
# The statistics-freshness probes have one citizen rate many services within minutes, which
# review-service's anti-abuse burst limit (5 in 10 min per person) would refuse with 429.
export YIWANG_REVIEW_BURST_LIMIT=${YIWANG_REVIEW_BURST_LIMIT:-100000}
# The hotline burst's reports are dispatched by the dispatch rules at intake (hotline-service README).
export YIWANG_HOTLINE_TICKETS_AUTODISPATCHCHANNELS=${YIWANG_HOTLINE_TICKETS_AUTODISPATCHCHANNELS:-MOBILE}

if [ "${YIWANG_SKIP_BUILD:-}" != "1" ]; then
  ./mvnw -B -ntp -DskipTests package -pl deploy/bench -am
fi
CP_FILE=deploy/bench/target/bench.classpath
[ -f "$CP_FILE" ] || { echo "no $CP_FILE: build first (without YIWANG_SKIP_BUILD)" >&2; exit 2; }

# Gatling's stats writer needs java.lang opened (the Gatling Maven plugin adds the same).
# shellcheck disable=SC2086
exec java -Xmx1g -XX:+UseParallelGC -Dfile.encoding=UTF-8 --add-opens java.base/java.lang=ALL-UNNAMED \
  -Dyiwang.root="$ROOT" -Dbench.scale="$SCALE" ${BENCH_OPTS:-} \
  -cp "deploy/bench/target/classes:$(cat "$CP_FILE")" cn.yiwang.bench.runner.BenchMain "$@"
