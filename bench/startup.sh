#!/usr/bin/env bash
# Cold start (fresh data directory: initdb, migrations, seed libraries) and warm start (existing data): time until
# /actuator/health is UP and the resident memory afterwards, as production starts it (bin/serambi with its class
# cache, made beforehand as an install step would) and as the bare jar (`java -jar`). One line per figure.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
build_jar
DATA=$(mktemp -d /tmp/serambi-startup-XXXXXX)
trap 'stop_app; rm -rf "$DATA"' EXIT

for launch in launcher plain_jar; do
  rm -rf "${DATA:?}"/*
  plain=0
  [[ $launch == plain_jar ]] && plain=1
  for start in cold warm; do
    BENCH_PLAIN_JAR=$plain start_app "$DATA" bench-password-1
    echo "${start}_start_seconds_$launch $START_SECONDS"
    sleep 2
    echo "idle_rss_mb_${start}_$launch $(rss_mb "$APP_PID")"
    stop_app
  done
done
