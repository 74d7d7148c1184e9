#!/usr/bin/env bash
# The gateway's own cost (issue 3): the same trivial endpoint called directly and through the
# gateway, each after a JIT warm-up, with wrk on loopback. Bounded: about 4 minutes in all.
# Usage: deploy/bench/gateway.sh [--skip-build]   (needs wrk: apt-get install wrk)
# Writes deploy/bench/results/gateway.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-30s}
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 2; }
if [ "${1:-}" != "--skip-build" ]; then
  ./mvnw -B -ntp -DskipTests package -pl gateway,deploy/bench -am
fi
OUT=$(mktemp -d "${TMPDIR:-/tmp}/yiwang-bench.XXXXXX")
BACKEND_PORT=${BACKEND_PORT:-18081}
GATEWAY_PORT=${GATEWAY_PORT:-18080}
JVM=(-Xms512m -Xmx512m -Djava.io.tmpdir="$OUT")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java "${JVM[@]}" -jar deploy/bench/target/yiwang-bench-*.jar --server.port=$BACKEND_PORT > "$OUT/backend.log" 2>&1 &
pids+=($!)
YIWANG_ROUTES_CATALOG_URI=http://127.0.0.1:$BACKEND_PORT \
YIWANG_GATEWAY_RATELIMIT_ENABLED=false \
SERVER_PORT=$GATEWAY_PORT \
  java "${JVM[@]}" -jar gateway/target/gateway-*.jar > "$OUT/gateway.log" 2>&1 &
pids+=($!)

wait_up() { for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 1; done; echo "not up: $1" >&2; exit 1; }
wait_up "http://127.0.0.1:$BACKEND_PORT/api/v1/catalog/public/ping"
wait_up "http://127.0.0.1:$GATEWAY_PORT/api/v1/catalog/public/ping"

DIRECT="http://127.0.0.1:$BACKEND_PORT/api/v1/catalog/public/ping"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT/api/v1/catalog/public/ping"

run() { # url connections duration -> "rps p50 p99 errors"
  local out; out=$(wrk -t2 -c"$2" -d"$3" --latency "$1")
  local rps p50 p99 err
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  err=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  echo "$rps|$p50|$p99|${err:-none}"
}

echo "warming up ($WARMUP each)…"
wrk -t2 -c50 -d"$WARMUP" "$DIRECT" >/dev/null
wrk -t2 -c50 -d"$WARMUP" "$GATEWAY" >/dev/null
echo "measuring…"
d50=$(run "$DIRECT" 50 "$DURATION"); g50=$(run "$GATEWAY" 50 "$DURATION")
d4=$(run "$DIRECT" 4 "$DURATION"); g4=$(run "$GATEWAY" 4 "$DURATION")
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MB", $1/1024}'; }

IFS='|' read -r d50r d50p50 d50p99 d50e <<<"$d50"
IFS='|' read -r g50r g50p50 g50p99 g50e <<<"$g50"
IFS='|' read -r d4r d4p50 d4p99 d4e <<<"$d4"
IFS='|' read -r g4r g4p50 g4p99 g4e <<<"$g4"
share=$(awk -v g="$g50r" -v d="$d50r" 'BEGIN {printf "%.0f", 100*g/d}')
mkdir -p deploy/bench/results
{
  echo "# Gateway cost — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo
  echo "Trivial endpoint \`GET /api/v1/catalog/public/ping\` (Spring MVC, Tomcat), wrk 2 threads, warm-up $WARMUP, $DURATION per run, all on loopback."
  echo
  echo "| run | req/s | p50 | p99 | errors |"
  echo "|---|---|---|---|---|"
  echo "| direct, 50 connections | $d50r | $d50p50 | $d50p99 | $d50e |"
  echo "| gateway, 50 connections | $g50r | $g50p50 | $g50p99 | $g50e |"
  echo "| direct, 4 connections | $d4r | $d4p50 | $d4p99 | $d4e |"
  echo "| gateway, 4 connections | $g4r | $g4p50 | $g4p99 | $g4e |"
  echo
  echo "Gateway throughput at 50 connections: **${share} %** of direct (target ≥ 40 %)."
  echo "Added latency at 4 connections (p50): gateway $g4p50 vs direct $d4p50 (target ≤ 1 ms added)."
  echo "Resident memory after the runs: gateway $(rss "${pids[1]}"), backend $(rss "${pids[0]}")."
} > deploy/bench/results/gateway.md
cat deploy/bench/results/gateway.md
