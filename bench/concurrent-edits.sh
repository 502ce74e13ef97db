#!/usr/bin/env bash
# Concurrency under load: 8 editors x 200 edits on the same 10 records through the staff save path,
# split over two app instances (two application contexts in one JVM) sharing one MariaDB server
# started for the run in target/bench-concurrency-mariadb/ (recreated each time). Prints, per run,
# accepted and refused saves, audit entries, lost updates, throughput and save latency; exits 1 if
# an invariant broke.
# Rerun: bash bench/concurrent-edits.sh [editors] [edits each] [records] [runs] [published]
#        (default 8 200 10 3, draft records; 'published' races on published records instead)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
echo "machine: $(nproc) cores, $(free -h | awk '/^Mem:/{print $2}') RAM, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"
exec java -Dtracker.security.bcrypt-cost=4 \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.civicdata.tracker.bench.ConcurrentEditsBenchmark "$@"
