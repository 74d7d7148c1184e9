#!/usr/bin/env bash
# The gateway's own cost (issue 3): the same endpoints called directly and through the gateway,
# each after a JIT warm-up, with wrk on loopback: a trivial one (50 and 4 connections) and a
# realistic one, a published guide read from PostgreSQL (50 connections). Bounded: about 8 minutes.
# Usage: deploy/bench/gateway.sh [--skip-build]   (needs wrk: apt-get install wrk)
# GATEWAY_JAR / GATEWAY_OPTS run another gateway build or JVM options (comparing variants).
# Writes deploy/bench/results/gateway.md (or RESULTS_FILE, e.g. for a trial on a busy machine).
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
GUIDES=${GUIDES:-10000}
BACKEND_PORT=${BACKEND_PORT:-18081}
GATEWAY_PORT=${GATEWAY_PORT:-18080}
JVM=(-Xms512m -Xmx512m -Djava.io.tmpdir="$OUT")
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

java "${JVM[@]}" -jar deploy/bench/target/yiwang-bench-*.jar --server.port=$BACKEND_PORT --yiwang.bench.guides=$GUIDES > "$OUT/backend.log" 2>&1 &
pids+=($!)
YIWANG_ROUTES_CATALOG_URI=http://127.0.0.1:$BACKEND_PORT \
YIWANG_GATEWAY_RATELIMIT_ENABLED=false \
SERVER_PORT=$GATEWAY_PORT \
  java "${JVM[@]}" ${GATEWAY_OPTS:-} -jar ${GATEWAY_JAR:-gateway/target/gateway-*.jar} > "$OUT/gateway.log" 2>&1 &
pids+=($!)

wait_up() { for _ in $(seq 1 120); do curl -fs "$1" >/dev/null 2>&1 && return 0; sleep 1; done; echo "not up: $1" >&2; exit 1; }
wait_up "http://127.0.0.1:$BACKEND_PORT/api/v1/catalog/public/ping"
wait_up "http://127.0.0.1:$GATEWAY_PORT/api/v1/catalog/public/ping"

wait_up "http://127.0.0.1:$GATEWAY_PORT/api/v1/catalog/public/items/11610326MB0000001M4610100000000"

DIRECT="http://127.0.0.1:$BACKEND_PORT/api/v1/catalog/public/ping"
GATEWAY="http://127.0.0.1:$GATEWAY_PORT/api/v1/catalog/public/ping"
# The realistic endpoint: guides.lua turns the base URL into random guide codes.
DIRECT_GUIDE="http://127.0.0.1:$BACKEND_PORT"
GATEWAY_GUIDE="http://127.0.0.1:$GATEWAY_PORT"
GUIDE_SCRIPT=(-s deploy/bench/guides.lua)

# CPU seconds (user + system) a process has used so far, for the CPU per request of each run.
cpu() { awk -v t="$(getconf CLK_TCK)" '{printf "%.3f", ($14+$15)/t}' "/proc/$1/stat"; }
run() { # url connections duration [wrk options…] -> "rps|p50|p99|errors|gateway µs/req|backend µs/req"
  local url=$1 c=$2 d=$3; shift 3
  local g0 b0 g1 b1 out
  g0=$(cpu "${pids[1]}"); b0=$(cpu "${pids[0]}")
  out=$(wrk -t2 -c"$c" -d"$d" --latency "$@" "$url" -- "$GUIDES")
  g1=$(cpu "${pids[1]}"); b1=$(cpu "${pids[0]}")
  local n rps p50 p99 err
  n=$(awk '/requests in/ {print $1}' <<<"$out")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  err=$(awk '/Non-2xx|Socket errors/ {print}' <<<"$out" | tr '\n' ' ')
  echo "$rps|$p50|$p99|${err:-none}|$(awk -v a="$g0" -v b="$g1" -v n="$n" 'BEGIN {printf "%.0f µs", (b-a)*1e6/n}')|$(awk -v a="$b0" -v b="$b1" -v n="$n" 'BEGIN {printf "%.0f µs", (b-a)*1e6/n}')"
}

echo "warming up ($WARMUP each)…"
wrk -t2 -c50 -d"$WARMUP" "$DIRECT" >/dev/null
wrk -t2 -c50 -d"$WARMUP" "$GATEWAY" >/dev/null
wrk -t2 -c50 -d"$WARMUP" "${GUIDE_SCRIPT[@]}" "$DIRECT_GUIDE" -- "$GUIDES" >/dev/null
wrk -t2 -c50 -d"$WARMUP" "${GUIDE_SCRIPT[@]}" "$GATEWAY_GUIDE" -- "$GUIDES" >/dev/null
echo "measuring…"
d50=$(run "$DIRECT" 50 "$DURATION"); g50=$(run "$GATEWAY" 50 "$DURATION")
d4=$(run "$DIRECT" 4 "$DURATION"); g4=$(run "$GATEWAY" 4 "$DURATION")
dg=$(run "$DIRECT_GUIDE" 50 "$DURATION" "${GUIDE_SCRIPT[@]}"); gg=$(run "$GATEWAY_GUIDE" 50 "$DURATION" "${GUIDE_SCRIPT[@]}")
rss() { ps -o rss= -p "$1" | awk '{printf "%.0f MB", $1/1024}'; }

IFS='|' read -r d50r d50p50 d50p99 d50e d50gc d50bc <<<"$d50"
IFS='|' read -r g50r g50p50 g50p99 g50e g50gc g50bc <<<"$g50"
IFS='|' read -r d4r d4p50 d4p99 d4e d4gc d4bc <<<"$d4"
IFS='|' read -r g4r g4p50 g4p99 g4e g4gc g4bc <<<"$g4"
IFS='|' read -r dgr dgp50 dgp99 dge dggc dgbc <<<"$dg"
IFS='|' read -r ggr ggp50 ggp99 gge gggc ggbc <<<"$gg"
share=$(awk -v g="$g50r" -v d="$d50r" 'BEGIN {printf "%.0f", 100*g/d}')
guideshare=$(awk -v g="$ggr" -v d="$dgr" 'BEGIN {printf "%.0f", 100*g/d}')
RESULTS_FILE=${RESULTS_FILE:-deploy/bench/results/gateway.md}
mkdir -p "$(dirname "$RESULTS_FILE")"
{
  echo "# Gateway cost — $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo
  echo "Trivial endpoint \`GET /api/v1/catalog/public/ping\` and realistic endpoint \`GET /api/v1/catalog/public/items/{code}\`"
  echo "(a published guide of ≈ 2.8 KB read by code from PostgreSQL, random codes among $GUIDES) of the same backend, built as"
  echo "every service is (Spring MVC, Tomcat, Hikari and common-lib: security filter chain with public GET paths, metrics,"
  echo "problem responses, log guard), wrk 2 threads, warm-up $WARMUP per endpoint and way, $DURATION per run, all on loopback."
  echo "Rows without a prefix are the trivial endpoint (runner/GatewayFigures reads them by these names); \"guide\" rows the published guide."
  echo "CPU per request: user + system CPU of each process during the run divided by the requests."
  echo
  echo "| run | req/s | p50 | p99 | errors | gateway CPU/req | backend CPU/req |"
  echo "|---|---|---|---|---|---|---|"
  echo "| direct, 50 connections | $d50r | $d50p50 | $d50p99 | $d50e | – | $d50bc |"
  echo "| gateway, 50 connections | $g50r | $g50p50 | $g50p99 | $g50e | $g50gc | $g50bc |"
  echo "| direct, 4 connections | $d4r | $d4p50 | $d4p99 | $d4e | – | $d4bc |"
  echo "| gateway, 4 connections | $g4r | $g4p50 | $g4p99 | $g4e | $g4gc | $g4bc |"
  echo "| guide, direct, 50 connections | $dgr | $dgp50 | $dgp99 | $dge | – | $dgbc |"
  echo "| guide, gateway, 50 connections | $ggr | $ggp50 | $ggp99 | $gge | $gggc | $ggbc |"
  echo
  echo "Gateway throughput at 50 connections, trivial endpoint: **${share} %** of direct (target ≥ 40 %)."
  echo "Added latency at 4 connections (p50), trivial endpoint: gateway $g4p50 vs direct $d4p50 (target ≤ 1 ms added)."
  echo "Gateway throughput at 50 connections, published guide from PostgreSQL: **${guideshare} %** of direct (target ≥ 70 %)."
  echo "Resident memory after the runs: gateway $(rss "${pids[1]}"), backend $(rss "${pids[0]}")."
} > "$RESULTS_FILE"
cat "$RESULTS_FILE"
