#!/usr/bin/env bash
# Renders a batch of cards in-process (A4 sheets with backs, each card with its own photo) and prints cards/s.
# Usage: bench/cards.sh [count=1000] [library=sidoarjo]   Target on a 2-core machine: >= 300 cards/s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$JAVA" -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    id.serambi.cards.internal.render.CardBenchmark "${1:-1000}" "${2:-sidoarjo}"
