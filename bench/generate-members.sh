#!/usr/bin/env bash
# Writes a realistic member export (Indonesian names via Datafaker 2.7.0, valid NIKs over real district codes,
# about 1% bad rows of every kind) in the column set of INLISLite or SLiMS. Usable on its own:
#
#   bench/generate-members.sh ROWS inlislite|slims FILE [SEED]
#
# Needs: JDK 21+ (JAVA_HOME or the temurin 25 path below). Compiles the test classes once.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:?rows}; PRESET=${2:?inlislite or slims}; FILE=$(realpath -m "${3:?file}"); SEED=${4:-42}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
CP_FILE=target/generator.classpath
if [[ ! -f target/test-classes/id/serambi/imports/MemberFileGenerator.class || ! -f $CP_FILE \
      || -n $(find src/test/java/id/serambi/imports src/main/java/id/serambi/regions pom.xml -newer $CP_FILE -print -quit) ]]; then
  ./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=$CP_FILE -Dmdep.includeScope=test >&2
fi
"$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat $CP_FILE)" \
  id.serambi.imports.MemberFileGenerator "$ROWS" "$PRESET" "$FILE" "$SEED"
