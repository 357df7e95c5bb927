#!/usr/bin/env bash
# Check-ins per second through the HTTP API against PostgreSQL's own ceiling for one-row inserts, measured in the
# same run on the same embedded PostgreSQL (pgbench). Not part of ./mvnw verify. bench/run.sh runs it too.
#
#   bench/checkin.sh [members] [connections] [seconds] [warm-up seconds]     defaults: 50000 16 20 30
#
# Needs: JDK 22+ (JAVA_HOME or the temurin 25 path), pgbench and psql (postgresql-client), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

MEMBERS=${1:-50000}
CONNECTIONS=${2:-16}
SECONDS_RUN=${3:-20}
WARM_UP=${4:-30}
PASSWORD=bench-rahasia-$RANDOM$RANDOM
DATA=$(mktemp -d /tmp/serambi-bench-XXXXXX)
trap 'stop_app; rm -rf "$DATA"' EXIT

build_jar
start_app "$DATA" "$PASSWORD"
echo "started target/serambi.jar on port $APP_PORT, data in $DATA" >&2
LIB=$(psql_app -c "select id from library where code = 'lebak'")
curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"username\":\"meja-depan\",\"password\":\"$PASSWORD\",\"fullName\":\"Bench Desk\",\"roles\":[\"PETUGAS\"]}" \
  "http://localhost:$APP_PORT/api/v1/libraries/lebak/staff" >/dev/null
prepare_checkin "$LIB" "$MEMBERS"

echo "members=$MEMBERS"
echo "connections=$CONNECTIONS"
echo "app_db_pool_size=${SERAMBI_DB_POOL_SIZE:-10}"
echo "cpu_cores=$(nproc)"
echo "load_average_before=$(cut -d' ' -f1 /proc/loadavg)"
"$JAVA" bench/CheckinLoad.java "http://localhost:$APP_PORT/api/v1/libraries/lebak/visits" meja-depan "$PASSWORD" \
  "$MEMBERS" "$CONNECTIONS" "$SECONDS_RUN" "$WARM_UP" | tee "$DATA/http.txt"

PG_TPS=$(pgbench_inserts "$LIB" "$CONNECTIONS" "$SECONDS_RUN" "$DATA")
HTTP_TPS=$(value http_checkins_per_second "$DATA/http.txt")
echo "pgbench_inserts_per_second=$PG_TPS"
echo "ratio_http_to_pgbench=$(ratio "$HTTP_TPS" "$PG_TPS")"
figure checkin_ratio_to_ceiling "$(ratio "$HTTP_TPS" "$PG_TPS")" "" ge 0.5
figure checkin_p99_ms "$(value http_checkins_p99_ms "$DATA/http.txt")" ms le 25
