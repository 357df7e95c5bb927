#!/usr/bin/env bash
# The whole benchmark suite in one command (issue 8): builds the jar when needed, starts it on a fresh data
# directory and prints one line per figure, each with its target and PASS or MISS. Not part of ./mvnw verify.
#
#   bench/run.sh [small|full|MEMBERS]     small (default): 2,000 members, 1 M visits, 10 s per load;
#                                         full: 1,000,000 members, 10 M visits, 20 s per load
#
# Members are loaded with bench/generate-members.sh and `java -jar serambi.jar import` when both exist, else
# registered through the staff API (at most 20,000 then). Environment: BENCH_SECONDS, BENCH_WARM_UP (per load),
# BENCH_REGISTRATION_WARM_UP (120 s in a full run), BENCH_CONNECTIONS (16), BENCH_SEARCH_CONNECTIONS (4),
# BENCH_JAVA_OPTS (e.g. a Flight Recorder option), BENCH_KEEP=1 keeps the data directory.
# Needs: JDK 22+, psql and pgbench (postgresql-client), curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

SIZE=${1:-small}
case $SIZE in
  small) MEMBERS=2000; DEFAULT_SECONDS=10 ;;
  full) MEMBERS=1000000; DEFAULT_SECONDS=20 ;;
  *) MEMBERS=$SIZE; DEFAULT_SECONDS=15 ;;
esac
SECONDS_RUN=${BENCH_SECONDS:-$DEFAULT_SECONDS}
WARM_UP=${BENCH_WARM_UP:-$SECONDS_RUN}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
SEARCH_CONNECTIONS=${BENCH_SEARCH_CONNECTIONS:-4}
LIB_CODE=sidoarjo
PASSWORD=bench-rahasia-$RANDOM$RANDOM
DATA=$(mktemp -d /tmp/serambi-bench-XXXXXX)
WORK="$DATA/bench"
mkdir -p "$WORK"
RSS_SAMPLER=""
cleanup() {
  [[ -n $RSS_SAMPLER ]] && kill "$RSS_SAMPLER" 2>/dev/null
  stop_app
  [[ ${BENCH_KEEP:-0} == 1 ]] && echo "data kept in $DATA" >&2 || rm -rf "$DATA"
}
trap cleanup EXIT

build_jar
FAKER=$(datafaker_jar)
DISTRICTS=src/main/resources/regions/idn-area-data/districts.csv
API() { echo "http://localhost:$APP_PORT/api/v1/libraries/$1"; }

echo "# Serambi benchmark, size $SIZE ($MEMBERS members), $(date -u +%FT%TZ), $(nproc) cores," \
  "load average $(cut -d' ' -f1 /proc/loadavg), $("$JAVA" -version 2>&1 | head -1)"
printf '%-36s %12s %-10s %-16s %s\n' figure value unit target verdict

# 1. Cold start on a fresh data directory (initdb, migrations, seeds) and idle memory: first the bare jar
# (`java -jar`, for comparison), then as production starts it (bin/serambi, class cache made at install).
PLAIN_DATA=$(mktemp -d /tmp/serambi-bench-plain-XXXXXX)
BENCH_PLAIN_JAR=1 start_app "$PLAIN_DATA" "$PASSWORD"
figure cold_start_plain_jar_seconds "$START_SECONDS" s
stop_app
rm -rf "$PLAIN_DATA"
start_app "$DATA" "$PASSWORD"
figure cold_start_seconds "$START_SECONDS" s le 8
sleep 5
figure idle_rss_mb "$(rss_mb "$APP_PID")" MB le 600

# 2. Members: the import command on generated files when the import exists, else through the staff API later.
IMPORT=no
if [[ -x bench/generate-members.sh ]] && unzip -l "$DATA/serambi.jar" | grep -ci 'imports/.*Command' >/dev/null; then
  IMPORT=yes
  stop_app
  bench/generate-members.sh "$MEMBERS" slims "$WORK/members.csv" >&2
  SERAMBI_DATA_DIR="$DATA" SERAMBI_ADMIN_PASSWORD=$PASSWORD "$JAVA" -jar "$DATA/serambi.jar" import \
    --library "$LIB_CODE" --preset slims --default-category umum "$WORK/members.csv" >"$WORK/import.log" 2>&1 \
    || { tail -20 "$WORK/import.log" >&2; echo "the import failed" >&2; }
  # The import's own time (upload, checks, COPY), without the JVM start; the target is 1 M rows in 60 s.
  figure import_rows_per_second "$(grep -o 'IMPORT TIME .* = [0-9]* rows/s' "$WORK/import.log" \
    | grep -o '[0-9]* rows/s' | grep -o '[0-9]*')" /s ge 16667
  grep -o 'IMPORT [A-Z]*: [^;]*' "$WORK/import.log" | sed 's/^/# /' || true
  start_app "$DATA" "$PASSWORD"
  figure warm_start_seconds "$START_SECONDS" s le 8
  # Let the database settle after the bulk load before measuring what the desk does (autovacuum would analyze the
  # new rows within minutes and the next checkpoint would write them out; here both are done at once).
  SETTLE_START=$(date +%s.%N)
  psql_app -c "vacuum (analyze)" && psql_app -c "checkpoint"
  figure settle_after_import_seconds "$(python3 -c "import time; print(round(time.time() - $SETTLE_START, 1))")" s
fi
LIB=$(psql_app -c "select id from library where code = '$LIB_CODE'")
CHECKIN_LIB=$(psql_app -c "select id from library where code = 'lebak'")

# RSS while under load: the highest resident size sampled from here on.
( max=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(ps -o rss= -p "$APP_PID" || echo 0); (( r > max )) && max=$r \
    && echo $(( max / 1024 )) >"$WORK/rss-max"; sleep 0.5; done ) &
RSS_SAMPLER=$!

if [[ $IMPORT == no ]]; then
  API_MEMBERS=$(( MEMBERS > 20000 ? 20000 : MEMBERS ))
  echo "no import command yet: registering $API_MEMBERS members through POST /members" >&2
  "$JAVA" -cp "$FAKER" bench/RegistrationLoad.java "$(API $LIB_CODE)/members" admin "$PASSWORD" "$DISTRICTS" 4 \
    3600 0 "$API_MEMBERS" "$WORK/desk.tsv" >"$WORK/desk.txt"
  figure desk_registrations_per_second "$(value registrations_desk_per_second "$WORK/desk.txt")" /s
fi
figure members_in_library "$(psql_app -c "select count(*) from member where library_id = $LIB")" ""

# 3. PostgreSQL's ceiling in this run: pgbench one-row inserts at the same connections.
CEILING=$(pgbench_inserts "$CHECKIN_LIB" "$CONNECTIONS" "$SECONDS_RUN" "$WORK")
figure pgbench_inserts_per_second "$CEILING" /s

# 4. Check-ins at the desk (bench/CheckinLoad.java, as bench/checkin.sh).
curl -fsS -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"username\":\"meja-depan\",\"password\":\"$PASSWORD\",\"fullName\":\"Bench Desk\",\"roles\":[\"PETUGAS\"]}" \
  "$(API lebak)/staff" >/dev/null
prepare_checkin "$CHECKIN_LIB" 50000
"$JAVA" bench/CheckinLoad.java "$(API lebak)/visits" meja-depan "$PASSWORD" 50000 "$CONNECTIONS" "$SECONDS_RUN" \
  "$WARM_UP" >"$WORK/checkin.txt"
CHECKINS=$(value http_checkins_per_second "$WORK/checkin.txt")
figure checkins_per_second "$CHECKINS" /s
figure checkin_ratio_to_ceiling "$(ratio "$CHECKINS" "$CEILING")" "" ge 0.5
figure checkin_p50_ms "$(value http_checkins_p50_ms "$WORK/checkin.txt")" ms
figure checkin_p99_ms "$(value http_checkins_p99_ms "$WORK/checkin.txt")" ms le 25

# 5. KTA Online registrations (public API: NIK checks, duplicate check, encryption, numbering). Their warm-up is
# longer in a full run: at about a hundred a second the registration's code reaches the JIT's C2 thresholds only
# after a minute or two; after 20 s the C2 compiler still took 4-6 ms of CPU per registration and the request threads
# twice their later CPU (2026-11-28: app 12-15 ms a registration after 20 s, 4-5 ms after 120 s, on the same code).
REGISTRATION_WARM_UP=${BENCH_REGISTRATION_WARM_UP:-$([[ $SIZE == full ]] && echo 120 || echo "$WARM_UP")}
echo "# registrations measured after a warm-up of $REGISTRATION_WARM_UP s"
"$JAVA" -cp "$FAKER" bench/RegistrationLoad.java "$(API $LIB_CODE)/registrations" - - "$DISTRICTS" "$CONNECTIONS" \
  "$SECONDS_RUN" "$REGISTRATION_WARM_UP" 9223372036854775807 "$WORK/online.tsv" >"$WORK/online.txt"
grep '^# app cpu' "$WORK/online.txt" || true
figure registration_app_cpu_ms "$(value app_cpu_ms_per_registration "$WORK/online.txt")" ms
figure registration_postgres_cpu_ms "$(value postgres_cpu_ms_per_registration "$WORK/online.txt")" ms
REGISTRATIONS=$(value registrations_online_per_second "$WORK/online.txt")
figure registrations_per_second "$REGISTRATIONS" /s ge 1000
figure registration_ratio_to_ceiling "$(ratio "$REGISTRATIONS" "$CEILING")" ""
figure registration_p99_ms "$(value registrations_online_p99_ms "$WORK/online.txt")" ms
figure registration_failures "$(value registrations_online_failures "$WORK/online.txt")" "" le 0

# 6. Member search p95 by number, NIK (exact) and name (one letter dropped), over every member of the library.
psql_app -c "select member_number from member where library_id = $LIB order by random() limit 1000" >"$WORK/numbers"
psql_app -c "select full_name from member where library_id = $LIB order by random() limit 1000" >"$WORK/names"
cat "$WORK"/*.tsv | cut -f1 | shuf -n 1000 >"$WORK/niks"
for kind in number nik name; do
  file=$WORK/${kind}s
  [[ $kind == number ]] && file=$WORK/numbers
  "$JAVA" bench/GetLoad.java "$(API $LIB_CODE)/members?q={q}" admin "$PASSWORD" "$file" "$SEARCH_CONNECTIONS" \
    "$SECONDS_RUN" "$(( WARM_UP / 2 ))" search_$kind $([[ $kind == name ]] && echo TYPO) >"$WORK/search-$kind.txt"
  figure "search_by_${kind}_p95_ms" "$(value search_${kind}_p95_ms "$WORK/search-$kind.txt")" ms le 30
done

# 7. Cards through the API: one card PDF at a time, then one batch; members approved first (imported members are
# approved already, but some of their cards have expired and cannot be printed).
psql_app -c "select member_number from member where library_id = $LIB and status <> 'REPLACED'
  and (expires_on is null or expires_on >= current_date + 1) order by random() limit 300" >"$WORK/to-approve"
while read -r number; do
  curl -fs -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' -d '{"decision":"APPROVE"}' \
    "$(API $LIB_CODE)/members/$number/verification" || true
done <"$WORK/to-approve"
"$JAVA" bench/GetLoad.java "$(API $LIB_CODE)/members/{q}/card.pdf" admin "$PASSWORD" "$WORK/to-approve" \
  "$SEARCH_CONNECTIONS" "$SECONDS_RUN" "$(( WARM_UP / 2 ))" card >"$WORK/card.txt"
figure card_single_per_second "$(value card_per_second "$WORK/card.txt")" /s
figure card_single_p95_ms "$(value card_p95_ms "$WORK/card.txt")" ms
python3 -c "import json,sys; print(json.dumps({'memberNumbers': [l.strip() for l in open(sys.argv[1]) if l.strip()]}))" \
  "$WORK/to-approve" >"$WORK/batch.json"
BATCH_SECONDS=$(curl -fs -o "$WORK/batch.pdf" -w '%{time_total}' -u "admin:$PASSWORD" \
  -H 'Content-Type: application/json' --data-binary @"$WORK/batch.json" "$(API $LIB_CODE)/cards/batch" || echo n/a)
figure card_batch_api_per_second "$(python3 -c "print(round($(wc -l <"$WORK/to-approve") / $BATCH_SECONDS) \
  if '$BATCH_SECONDS' != 'n/a' else 'n/a')")" /s ge 300

figure rss_under_load_mb "$(cat "$WORK/rss-max" 2>/dev/null || echo n/a)" MB le 600
kill "$RSS_SAMPLER" 2>/dev/null || true; RSS_SAMPLER=""
stop_app

# 8. The monthly visit report over 10 M visits (bench/report.sh) and card sheets with photos (bench/cards.sh).
if [[ -x bench/report.sh ]]; then
  bench/report.sh "$([[ $SIZE == full ]] && echo 10000000 || echo 1000000)" 30 >"$WORK/report.txt" \
    2>"$WORK/report.err" || tail -5 "$WORK/report.err" >&2
  figure report_visits "$(value visit_rows "$WORK/report.txt")" ""
  figure monthly_report_p95_ms "$(value stats_last_month_p95_ms "$WORK/report.txt")" ms le 300
else
  figure monthly_report_p95_ms n/a ms le 300
  echo "# monthly report: bench/report.sh is not there yet"
fi
bench/cards.sh 1000 "$LIB_CODE" >"$WORK/cards.txt" 2>&1 || true
figure card_batch_with_photos_per_second \
  "$(grep -o '= [0-9]* cards/s' "$WORK/cards.txt" | grep -o '[0-9]*' | sort -n | tail -1)" /s ge 300
