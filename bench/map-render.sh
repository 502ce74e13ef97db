#!/usr/bin/env bash
# The CPU time of one map page render (MapPage.render: the map, legend, table and frame of a
# /?state&kind&stance page; no database, HTTP or gzip), for the 600 state x kind x stance filters (among those bench/crawl.sh asks for), on
# the listing bench/crawl.sh saved (target/bench-public/crawl-listing.json; run bench/crawl.sh first).
# Thread CPU time, so other work sharing the cores moves it little (it still slows caches and the JIT).
# Rerun: bash bench/map-render.sh [other.jar]   With a jar (another build's shaded jar), the same
# benchmark also runs on that build's classes, one after the other: a before/after.
set -euo pipefail
cd "$(dirname "$0")/.."
listing=target/bench-public/crawl-listing.json
[ -f "$listing" ] || { echo "no $listing: run bash bench/crawl.sh first" >&2; exit 1; }
[ -f target/bench-classpath.txt ] || mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
mvn -q -B -o test-compile
bench=target/bench-map-render && rm -rf "$bench" && mkdir -p "$bench/org/civicdata/tracker/edge/site"
cp target/test-classes/org/civicdata/tracker/edge/site/MapRenderBenchmark.class "$bench/org/civicdata/tracker/edge/site/"
echo "machine: $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the cores)"
echo "this build (target/classes):"
java -Xmx1g -cp "$bench:target/classes:$(cat target/bench-classpath.txt)" org.civicdata.tracker.edge.site.MapRenderBenchmark "$listing"
if [ -n "${1:-}" ]; then
  echo "$1:"
  java -Xmx1g -cp "$bench:$1" org.civicdata.tracker.edge.site.MapRenderBenchmark "$listing"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
