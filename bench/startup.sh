#!/usr/bin/env bash
# Cold start (fresh data directory: initdb, migrations, seed libraries) and warm start (existing data) of the jar,
# time until /actuator/health is UP, and the resident memory afterwards. Prints one line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/serambi.jar ] || ./mvnw -B -q -ntp -DskipTests package
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port="${BENCH_PORT:-18080}"
data="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

start() {
  local t0 t1
  t0=$(date +%s.%N)
  SERAMBI_DATA_DIR="$data" SERAMBI_ADMIN_PASSWORD=bench-password-1 SERVER_PORT="$port" \
    "$JAVA" -jar target/serambi.jar >"$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/actuator/health" | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "the application died; see $data/app.log" >&2; exit 1; }
    sleep 0.2
  done
  t1=$(date +%s.%N)
  echo "$1_start_seconds $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
}

stop() {
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

start cold
echo "idle_rss_mb $(( $(ps -o rss= -p "$pid") / 1024 ))"
stop
start warm
echo "idle_rss_mb_warm $(( $(ps -o rss= -p "$pid") / 1024 ))"
stop
