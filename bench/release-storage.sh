#!/usr/bin/env bash
# What one release of the open data stores, on 25,000 jurisdictions (issue 11, docs/operations.md,
# "Releases"). Fills a database of its own with PublicBenchmarkData (as bench/public-api.sh does),
# makes today's release (refused if today's exists: rerun on another day, or delete
# target/bench-release-mariadb), and prints each file's size and the bytes the database keeps for it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
db=(-Dtracker.embedded-db.dir=target/bench-release-mariadb -Dtracker.embedded-db.database=tracker_release_bench
    -Dtracker.security.bcrypt-cost=4 -Dtracker.releases.scheduled=false)
java "${db[@]}" -cp "$cp" org.civicdata.tracker.bench.PublicBenchmarkData
java "${db[@]}" -cp "$cp" org.civicdata.tracker.bench.ReleaseStorageBenchmark
echo "uptime: $(uptime)"
