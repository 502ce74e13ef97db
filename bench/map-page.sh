#!/usr/bin/env bash
# The map page's weight and load time (issue 12: under 400 KB and under 1 s to the load event with
# 25,000 jurisdictions), with the 25,000 generated jurisdictions of bench/public-api.sh and with the
# seeded data only:
#   - bytes of the page, gzipped (page + stylesheet + script, as a browser fetches them), and the
#     page's own bytes before compression;
#   - the load event in headless Chromium, median of RUNS loads with the browser cache cleared
#     (PageLoadBenchmark), after two warm-up loads;
# for the national map (/), one state's map (/?state=CA), and the first page of the table (/table).
# Needs chromium and chromium-driver. Called by bench/public-api.sh (MAP_PAGE_BUILT=1: the jar,
# the classpath and the data are there); alone it builds and generates them (the first run, several
# minutes, fills target/bench-mariadb through the audited write path; later runs reuse it).
# Rerun: bash bench/map-page.sh        Tunables: RUNS=10 MAP_PORT=18092
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-10}
port=${MAP_PORT:-18092}
out=target/bench-map
mkdir -p "$out"
db_props=(-Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_bench)
if [ "${MAP_PAGE_BUILT:-}" != 1 ]; then
  [ -x /usr/bin/chromium ] || { apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; }
  mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
  java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -Dvaadin.productionMode=true \
    -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.civicdata.tracker.bench.PublicBenchmarkData
fi
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

app_pid=""
cleanup() { [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true; wait 2>/dev/null || true; }
trap cleanup EXIT
start_app() {  # $1 = log name, then extra java options
  local log=$1; shift
  ! curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is already in use" >&2; exit 1; }
  PORT=$port java "$@" -Dtracker.security.bcrypt-cost=4 -jar target/policy-tracker.jar >"$out/$log.log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/api/jurisdictions?state=ZZ"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $out/$log.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

measure() {  # $1 = data label, $2 = path
  local base="http://127.0.0.1:$port" total=0 b raw
  for path in "$2" /assets/site.css /assets/map.js; do
    b=$(curl -fs -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$base$path")
    total=$((total + b))
  done
  raw=$(curl -fs -o /dev/null -w '%{size_download}' "$base$2")
  printf "%-14s %-12s %9d bytes gzipped (page + css + js), page %9d bytes uncompressed\n" "$1" "$2" "$total" "$raw"
  printf "%-14s %-12s " "$1" "$2"
  java -cp "$cp" org.civicdata.tracker.bench.PageLoadBenchmark "$base$2" "$RUNS" 2>>"$out/browser.log" | tr '\n' ' '
  echo
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); load: $(uptime | sed 's/.*load average: //')"
start_app map-25000 "${db_props[@]}" -Dtracker.seed.on-empty=false
n=$(curl -fs "http://127.0.0.1:$port/api/jurisdictions.csv" | tail -n +2 | wc -l)
for path in / '/?state=CA' /table; do measure "$n jurisd." "$path"; done
stop_app

start_app map-seeded -Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_seeded
n=$(curl -fs "http://127.0.0.1:$port/api/jurisdictions.csv" | tail -n +2 | wc -l)
for path in / '/?state=IL'; do measure "$n (seeded)" "$path"; done
stop_app
