#!/usr/bin/env bash
# Server heap held by one signed-in staff session with the jurisdiction grid open, measured with N
# real Chromium sessions (default 20) against the 25,000-jurisdiction database of bench/grid.sh
# (run that first). Needs Debian's chromium and chromium-driver.
# Rerun: bash bench/session-memory.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
exec java -Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_bench \
  -Dtracker.security.bcrypt-cost=4 -Dvaadin.productionMode=true \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.civicdata.tracker.bench.SessionMemoryBenchmark "$@"
