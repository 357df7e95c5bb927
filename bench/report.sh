#!/usr/bin/env bash
# A month's visit statistics and dashboard over a large guest book. Generates N visits (default 10 million) with SQL
# generate_series over the past year, spread over every library, visitor type, purpose, location and group size,
# into a fresh embedded database of the jar; rolls up the closed days as the hourly job does (timed), then times
# GET …/visits/stats and GET …/dashboard for last month and for this month (mostly rolled days, today raw), and the
# raw count without the roll-up for comparison. Not part of ./mvnw verify.
#
#   bench/report.sh [visits] [requests per figure]     defaults: 10000000 30
#
# Needs: JDK 21+ (JAVA_HOME or the temurin 25 path below), psql (postgresql-client), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

VISITS=${1:-10000000}
REQUESTS=${2:-30}
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

if [[ ! -f target/serambi.jar || -n $(find src pom.xml -newer target/serambi.jar -print -quit) ]]; then
  ./mvnw -B -ntp -q -DskipTests package
fi

# A copy, so that a build during the long run cannot replace the jar under the running server.
cp target/serambi.jar "$DATA/serambi.jar"
echo "starting target/serambi.jar on port $PORT, data in $DATA" >&2
# The roll-up job is called by this script at a known moment, not by the schedule in the middle of a timing.
SERVER_PORT=$PORT SERAMBI_DATA_DIR="$DATA" SERAMBI_ADMIN_PASSWORD=$PASSWORD \
  SERAMBI_FRONTOFFICE_VISIT_ROLLUP_DELAY=PT24H \
  "$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$DATA/serambi.jar" >"$LOG" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -fs "http://localhost:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "http://localhost:$PORT/actuator/health" >/dev/null

PG_PORT=$(grep -o 'DATABASE: EMBEDDED PostgreSQL.*(port [0-9]*' "$LOG" | grep -o '[0-9]*$')
PSQL=(psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d serambi -v ON_ERROR_STOP=1)

now_ms() { date +%s%3N; }

echo "visits=$VISITS"
echo "cpu_cores=$(nproc)"
echo "load_average_before=$(cut -d' ' -f1 /proc/loadavg)"
START=$(now_ms)
# Bulk load with ordinary triggers off: they only drop rolled days, and nothing is rolled yet.
"${PSQL[@]}" <<SQL
set session_replication_role = replica;
create temporary table bench_library as
select l.id, row_number() over (order by l.id) - 1 as slot,
       (select array_agg(code order by code) from visit_purpose p where p.library_id = l.id) as purposes,
       (select array_agg(code order by code) from visit_location p where p.library_id = l.id) as locations
from library l;
insert into visit (library_id, visited_at, visited_on, visitor_type, member_number, purpose, people, location,
                   visitor_name, group_name, staff_account_id)
select b.id, v.at, (v.at at time zone 'Asia/Jakarta')::date,
       case when n % 10 < 6 then 'MEMBER' when n % 10 < 9 then 'NON_MEMBER' else 'GROUP' end,
       case when n % 10 < 6 then 'B' || (n % 50000) end,
       b.purposes[1 + (n / 7) % cardinality(b.purposes)],
       case when n % 10 = 9 then 5 + n % 36 else 1 end,
       case when b.locations is null then null else b.locations[1 + (n / 3) % cardinality(b.locations)] end,
       case when n % 10 between 6 and 8 then 'Tamu ' || n end,
       case when n % 10 = 9 then 'Rombongan ' || n end,
       null
from generate_series(1, $VISITS) n
join bench_library b on b.slot = n % (select count(*) from bench_library)
cross join lateral (select date_trunc('day', now()) - interval '1 day' * ((n / 7) % 365)
                           + interval '1 second' * (28800 + (n::bigint * 7919) % 28800) as at) v;
analyze visit;
SQL
echo "generate_ms=$(( $(now_ms) - START ))"
echo "visit_rows=$("${PSQL[@]}" -c 'select count(*) from visit')"

START=$(now_ms)
"${PSQL[@]}" -c 'call visit_roll_up()'
echo "rollup_all_closed_days_ms=$(( $(now_ms) - START ))"
echo "rolled_library_days=$("${PSQL[@]}" -c 'select count(*) from visit_day_rolled')"
echo "daily_total_rows=$("${PSQL[@]}" -c 'select count(*) from visit_day_total')"
"${PSQL[@]}" -c 'analyze visit_day_total; analyze visit_day_rolled'
START=$(now_ms)
"${PSQL[@]}" -c 'call visit_roll_up()'
echo "rollup_nothing_to_do_ms=$(( $(now_ms) - START ))"

LIB=$("${PSQL[@]}" -c "select id from library where code = 'lebak'")
read -r LAST_FROM LAST_TO THIS_FROM TODAY < <(python3 - <<'PY'
import datetime
today = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=7))).date()
first = today.replace(day=1)
last_to = first - datetime.timedelta(days=1)
print(last_to.replace(day=1), last_to, first, today)
PY
)
echo "lebak_visits_last_month=$("${PSQL[@]}" -c "select count(*) from visit where library_id = $LIB
  and visited_on between '$LAST_FROM' and '$LAST_TO'")"

# p50 / p95 of REQUESTS timed GETs (after three warm-up calls).
timed() {
  local name=$1 url=$2
  for _ in 1 2 3; do curl -fs -o /dev/null -u "admin:$PASSWORD" "$url"; done
  for _ in $(seq 1 "$REQUESTS"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -u "admin:$PASSWORD" "$url"
  done | python3 -c "
import sys
t = sorted(float(x) * 1000 for x in sys.stdin)
p = lambda q: t[max(0, -(-len(t) * q // 100) - 1)]
print('$name' + '_p50_ms=%.1f' % p(50))
print('$name' + '_p95_ms=%.1f' % p(95))"
}
API="http://localhost:$PORT/api/v1/libraries/lebak"
timed stats_last_month "$API/visits/stats?from=$LAST_FROM&to=$LAST_TO"
timed stats_this_month "$API/visits/stats?from=$THIS_FROM&to=$TODAY"
timed dashboard_last_month "$API/dashboard?from=$LAST_FROM&to=$LAST_TO"

# The same month counted from the raw visits, as without the roll-up (best of five).
RAW_MS=$(for _ in 1 2 3 4 5; do
  "${PSQL[@]}" -c '\timing on' -c "select visitor_type, purpose, visited_on, sum(people) from visit
    where library_id = $LIB and visited_on between '$LAST_FROM' and '$LAST_TO'
    group by grouping sets ((visitor_type), (purpose), (visited_on))" | grep -o 'Time: [0-9.]*' | grep -o '[0-9.]*$'
done | sort -n | head -1)
echo "raw_count_last_month_sql_ms=$RAW_MS"
# The statistics' own query (daily totals of rolled days + raw visits of the others), best of five.
ROLLED_MS=$(for _ in 1 2 3 4 5; do
  "${PSQL[@]}" -c '\timing on' -c "select visitor_type, purpose, visited_on, sum(people) from (
      select visitor_type, purpose, visited_on, people from visit_day_total
      where library_id = $LIB and visited_on between '$LAST_FROM' and '$LAST_TO'
      union all
      select visitor_type, purpose, visited_on, people from visit
      where library_id = $LIB and visited_on = any (array(
          select day::date from generate_series('$LAST_FROM'::date, '$LAST_TO'::date, interval '1 day') day
          where not exists (select 1 from visit_day_rolled r where r.library_id = $LIB and r.visited_on = day::date)))
    ) counted group by grouping sets ((visitor_type), (purpose), (visited_on))" | grep -o 'Time: [0-9.]*' \
    | grep -o '[0-9.]*$'
done | sort -n | head -1)
echo "rolled_count_last_month_sql_ms=$ROLLED_MS"
echo "load_average_after=$(cut -d' ' -f1 /proc/loadavg)"
