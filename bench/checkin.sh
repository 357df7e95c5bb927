#!/usr/bin/env bash
# Check-ins per second through the HTTP API against PostgreSQL's own ceiling for one-row inserts, measured in the
# same run on the same embedded PostgreSQL (pgbench). Not part of ./mvnw verify.
#
#   bench/checkin.sh [members] [connections] [seconds] [warm-up seconds]     defaults: 50000 16 20 30
#
# Needs: JDK 21+ (JAVA_HOME or the temurin 25 path below), pgbench and psql (postgresql-client), curl.
set -euo pipefail
cd "$(dirname "$0")/.."

MEMBERS=${1:-50000}
CONNECTIONS=${2:-16}
SECONDS_RUN=${3:-20}
WARM_UP=${4:-30}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
PASSWORD=bench-rahasia-$RANDOM$RANDOM
DATA=$(mktemp -d /tmp/serambi-bench-XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])')
LOG="$DATA/app.log"
APP_PID=""

cleanup() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA"
}
trap cleanup EXIT

JAR=${BENCH_JAR:-target/serambi.jar}   # BENCH_JAR compares another build (e.g. before and after a change)
if [[ -z "${BENCH_JAR:-}" && ( ! -f $JAR || -n $(find src pom.xml -newer $JAR -print -quit) ) ]]; then
  ./mvnw -B -ntp -q -DskipTests package
fi

echo "starting $JAR on port $PORT, data in $DATA" >&2
SERVER_PORT=$PORT SERAMBI_DATA_DIR="$DATA" SERAMBI_ADMIN_PASSWORD=$PASSWORD \
  "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 180); do
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" >/dev/null

PG_PORT=$(grep -o 'DATABASE: EMBEDDED PostgreSQL.*(port [0-9]*' "$LOG" | grep -o '[0-9]*$')
PSQL=(psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d serambi -v ON_ERROR_STOP=1)
LIB=$("${PSQL[@]}" -c "select id from library where code = 'lebak'")
POOL=${SERAMBI_DB_POOL_SIZE:-10}

# The desk account, and N approved members in the front office's card copy (what membership's events would write).
curl -fs -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"username\":\"bench-desk\",\"password\":\"$PASSWORD\",\"fullName\":\"Bench Desk\",\"roles\":[\"PETUGAS\"]}" \
  "http://localhost:$PORT/api/v1/libraries/lebak/staff" >/dev/null
"${PSQL[@]}" <<SQL
insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code, status,
    expires_on, changed_at)
select $LIB, 'B' || n, n, 'Anggota Bench ' || n, 'UMUM', 'APPROVED', current_date + 365, now()
from generate_series(1, $MEMBERS) n;
-- Every scan is a new visit (no repeat-scan window), so that each request takes the full write path.
insert into frontoffice_settings (library_id, duplicate_window_minutes) values ($LIB, 0)
on conflict (library_id) do update set duplicate_window_minutes = 0;
analyze frontoffice_member_card;
SQL

echo "members=$MEMBERS"
echo "connections=$CONNECTIONS"
echo "app_db_pool_size=$POOL"
echo "cpu_cores=$(nproc)"
echo "load_average_before=$(cut -d' ' -f1 /proc/loadavg)"
PG_PID=$(pgrep -o -f -- "postgres.* -p $PG_PORT" || true)
BENCH_APP_PID=$APP_PID BENCH_PG_PID=${PG_PID:-} "$JAVA" bench/CheckinLoad.java "http://localhost:$PORT/api/v1/libraries/lebak/visits" bench-desk "$PASSWORD" \
  "$MEMBERS" "$CONNECTIONS" "$SECONDS_RUN" "$WARM_UP" | tee "$DATA/http.txt"

# PostgreSQL's ceiling: the same one-row insert into the same table, straight from pgbench.
cat >"$DATA/insert.sql" <<SQL
insert into visit (library_id, visited_at, visited_on, visitor_type, member_number, purpose, people)
values ($LIB, now(), current_date, 'MEMBER', 'B1', 'READING', 1);
SQL
PGBENCH_OUT=$(pgbench -h localhost -p "$PG_PORT" -U postgres -n -c "$CONNECTIONS" -j 2 -T "$SECONDS_RUN" \
  -f "$DATA/insert.sql" serambi 2>&1)
PG_TPS=$(grep -o 'tps = [0-9.]*' <<<"$PGBENCH_OUT" | head -1 | grep -o '[0-9.]*$')
PG_LAT=$(grep -o 'latency average = [0-9.]* ms' <<<"$PGBENCH_OUT" | grep -o '[0-9.]* ms')
HTTP_TPS=$(grep -o 'http_checkins_per_second=[0-9.]*' "$DATA/http.txt" | cut -d= -f2)
HTTP_P99=$(grep -o 'http_p99_ms=[0-9.]*' "$DATA/http.txt" | cut -d= -f2)
echo "pgbench_inserts_per_second=$PG_TPS"
echo "pgbench_latency_average=$PG_LAT"
echo "ratio_http_to_pgbench=$(python3 -c "print(round($HTTP_TPS / $PG_TPS, 3))")"
echo "goal_ratio_at_least_0.5=$(python3 -c "print($HTTP_TPS / $PG_TPS >= 0.5)")"
echo "goal_p99_at_most_25ms=$(python3 -c "print($HTTP_P99 <= 25)")"
