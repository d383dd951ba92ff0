#!/usr/bin/env bash
# The benchmark of issue 13 (see README.md, "Performance"): builds the application and the harness, then runs
# bench/src/main/java/dev/rebound/bench/Bench.java, which creates a database for the run, starts web/target/rebound.jar
# with profile postgres, drives it over the HTTP API and writes bench/results/latest.json and latest.md.
#   bench/run.sh --quick            # about 6-9 minutes on 2 cores (the default)
#   bench/run.sh --full [--jfr]     # up to an hour; --jfr records a profile to bench/target/app.jfr
#   bench/run.sh --quick --measure-seconds=30 --replay-events=50000   # any size can be overridden (Config.java)
#   bench/run.sh --quick --postgres=embedded   # the app's embedded PostgreSQL even when 5432 answers
# BENCH_SKIP_BUILD=1 reuses the jars already built; MVNW_ARGS adds arguments to the build (e.g. -o when offline).
set -euo pipefail
cd "$(dirname "$0")/.."

# the same JDK >= 21 that ./mvnw and .ci/run pick
. .mvn/select-jdk.sh
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ "${BENCH_SKIP_BUILD:-}" != 1 ]; then
  echo "[bench] building web and bench (tests skipped)"
  # shellcheck disable=SC2086
  ./mvnw -B -ntp -q ${MVNW_ARGS:-} -DskipTests -pl web,bench -am package
fi
mkdir -p bench/target bench/results
exec "$JAVA" -Dbench.root="$PWD" -jar bench/target/rebound-bench.jar "$@"
