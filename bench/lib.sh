# Functions shared by the bench/*.sh scripts (sourced, not run): build, start and stop the jar on a data directory,
# psql and pgbench against its embedded PostgreSQL, and one line per figure with its target.
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
APP_PID=""

# BENCH_JAR runs another build instead of target/serambi.jar (e.g. to compare before and after a change).
build_jar() {
  [[ -n ${BENCH_JAR:-} ]] && return 0
  if [[ ! -f target/serambi.jar || -n $(find src pom.xml -newer target/serambi.jar -print -quit) ]]; then
    echo "building target/serambi.jar" >&2
    ./mvnw -B -ntp -q -DskipTests package
  fi
}

# Datafaker for the applicants of bench/RegistrationLoad.java, fetched once into target/bench-lib.
datafaker_jar() {
  local jar=target/bench-lib/datafaker-2.7.0.jar
  [[ -f $jar ]] || ./mvnw -B -ntp -q dependency:copy -Dartifact=net.datafaker:datafaker:2.7.0 \
      -DoutputDirectory=target/bench-lib >&2
  echo "$jar"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("",0)); print(s.getsockname()[1])'
}

# start_app DATA_DIR PASSWORD: starts the jar as production does (bin/serambi, with its class cache made beforehand
# like an install step; BENCH_PLAIN_JAR=1 runs `java -jar` instead), waits until healthy; sets APP_PID, APP_PORT,
# PG_PORT, START_SECONDS.
start_app() {
  local data=$1 password=$2 t0
  APP_PORT=$(free_port)
  # A copy, so that a build during the run cannot replace the jar under the running server.
  [[ -f $data/serambi.jar ]] || cp "${BENCH_JAR:-target/serambi.jar}" "$data/serambi.jar"
  local launch=(bin/serambi)
  if [[ ${BENCH_PLAIN_JAR:-0} == 1 ]]; then
    launch=("$JAVA" ${BENCH_JAVA_OPTS:-} -jar "$data/serambi.jar")
  else
    SERAMBI_JAR="$data/serambi.jar" bin/serambi prepare
  fi
  t0=$(date +%s.%N)
  SERVER_PORT=$APP_PORT SERAMBI_DATA_DIR="$data" SERAMBI_ADMIN_PASSWORD=$password \
    SERAMBI_RATE_LIMIT_PUBLIC=${SERAMBI_RATE_LIMIT_PUBLIC:-1000000000} \
    SERAMBI_JAR="$data/serambi.jar" SERAMBI_JAVA_OPTS="${BENCH_JAVA_OPTS:-}" \
    "${launch[@]}" >>"$data/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "http://localhost:$APP_PORT/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$data/app.log" >&2; echo "the application died" >&2; return 1; }
    sleep 0.1
  done
  START_SECONDS=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  PG_PORT=$(grep -o 'DATABASE: EMBEDDED PostgreSQL.*(port [0-9]*' "$data/app.log" | tail -1 | grep -o '[0-9]*$')
  # For bench/ProcessCpu.java: the app and the postmaster whose CPU time per request is reported.
  export BENCH_APP_PID=$APP_PID BENCH_PG_PID
  BENCH_PG_PID=$(pgrep -o -f -- "postgres.* -p $PG_PORT" || true)
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

rss_mb() {
  echo $(( $(ps -o rss= -p "$1") / 1024 ))
}

psql_app() {
  psql -X -q -t -A -h localhost -p "$PG_PORT" -U postgres -d serambi -v ON_ERROR_STOP=1 "$@"
}

# pgbench_inserts LIBRARY_ID CONNECTIONS SECONDS WORK_DIR: PostgreSQL's ceiling, the check-in's one-row insert
# into the visit table straight from pgbench; prints the inserts per second.
pgbench_inserts() {
  cat >"$4/insert.sql" <<SQL
insert into visit (library_id, visited_at, visited_on, visitor_type, member_number, purpose, people)
values ($1, now(), current_date, 'MEMBER', 'B1', 'READING', 1);
SQL
  pgbench -h localhost -p "$PG_PORT" -U postgres -n -c "$2" -j 2 -T "$3" -f "$4/insert.sql" serambi 2>&1 \
    | grep -o 'tps = [0-9.]*' | head -1 | grep -o '[0-9]*' | head -1
}

# prepare_checkin LIBRARY_ID MEMBERS: N approved members in the front office's card copy (what membership's events
# would write), and every scan a new visit (no repeat-scan window) so that each request takes the full write path.
prepare_checkin() {
  psql_app <<SQL
insert into frontoffice_member_card (library_id, member_number, member_id, full_name, category_code, status,
    expires_on, changed_at)
select $1, 'B' || n, n, 'Anggota Bench ' || n, 'UMUM', 'APPROVED', current_date + 365, now()
from generate_series(1, $2) n
on conflict do nothing;
insert into frontoffice_settings (library_id, duplicate_window_minutes) values ($1, 0)
on conflict (library_id) do update set duplicate_window_minutes = 0;
analyze frontoffice_member_card;
SQL
}

# value KEY FILE: the value of a key=value line.
value() {
  grep -o "^$1=[^ ]*" "$2" | tail -1 | cut -d= -f2
}

# figure NAME VALUE UNIT [ge|le TARGET]: one line, with the target and PASS or MISS when there is one.
figure() {
  local name=$1 val=${2:-n/a} unit=$3 op=${4:-} target=${5:-} verdict="" shown=""
  if [[ -n $op ]]; then
    shown="$([[ $op == ge ]] && echo '>=' || echo '<=') $target"
    if [[ $val == n/a || $val == nan || $val == NaN ]]; then
      verdict=MISS
    elif python3 -c "import sys; sys.exit(0 if ($val $([[ $op == ge ]] && echo '>=' || echo '<=') $target) else 1)"; then
      verdict=PASS
    else
      verdict=MISS
    fi
  fi
  printf '%-36s %12s %-10s %-16s %s\n' "$name" "$val" "$unit" "${shown:+target $shown}" "$verdict"
}

ratio() {
  python3 -c "print(round($1 / $2, 3) if '$1' not in ('', 'n/a') and float('$2' or 0) > 0 else 'n/a')"
}
