#!/usr/bin/env bash
# Member import speed: generates a file per preset (bench/generate-members.sh) and imports it through the command
# line (java -jar serambi.jar import …) into a fresh embedded PostgreSQL, printing rows/s and seconds. Not part of
# ./mvnw verify.
#
#   bench/import.sh [rows]        default 1000000
#
# Needs: JDK 21+ (JAVA_HOME or the temurin 25 path below).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA="$JAVA_HOME/bin/java"
WORK=$(mktemp -d /tmp/serambi-import-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT

if [[ ! -f target/serambi.jar || -n $(find src pom.xml -newer target/serambi.jar -print -quit) ]]; then
  ./mvnw -B -ntp -q -DskipTests package
fi

for PRESET in slims inlislite; do
  FILE="$WORK/$PRESET-$ROWS.csv"
  bench/generate-members.sh "$ROWS" "$PRESET" "$FILE" >&2
  SERAMBI_DATA_DIR="$WORK/data-$PRESET" SERAMBI_ADMIN_PASSWORD=bench-rahasia-$RANDOM$RANDOM \
    "$JAVA" ${BENCH_JAVA_OPTS:-} -jar target/serambi.jar import --library=lebak --preset=$PRESET \
    --type=1=umum --type=2=umum --type=3=umum --report="$WORK/$PRESET.rejected.csv" "$FILE" >"$WORK/$PRESET.log" 2>&1 \
    || { tail -40 "$WORK/$PRESET.log" >&2; exit 1; }
  LINE=$(grep -o 'IMPORT TIME .*' "$WORK/$PRESET.log")
  grep -o "Import into .*" "$WORK/$PRESET.log" >&2 || true
  SUMMARY=$(grep -o 'IMPORT DONE: [^;]*' "$WORK/$PRESET.log")
  ROWS_S=$(echo "$LINE" | grep -o '= [0-9]* rows/s' | grep -o '[0-9]*')
  SECONDS_TAKEN=$(echo "$LINE" | grep -o 'in [0-9.]* s' | grep -o '[0-9.]*')
  echo "import $PRESET: $ROWS rows in $SECONDS_TAKEN s = $ROWS_S rows/s ($SUMMARY; target 1000000 rows <= 60 s)"
done
