#!/usr/bin/env bash
# The public side under load, next to nginx serving the same bytes as static files (same run, same
# machine, loopback), with 25,000 published jurisdictions (issue 12, "At the limit of one machine"):
#   1. full 200s of the big downloads (GeoJSON, CSV, JSON listing), identity and gzip; nginx serves
#      the app's own bytes, the gzipped ones with gzip_static (the .gz file beside the plain one);
#      besides req/s and p99, each server's CPU time per request (µs, user + system, from /proc);
#   2. 304 revalidations (If-None-Match with the current ETag);
#   3. a crawler walking distinct URLs (every /j/{slug} and filter combinations of / and the
#      listing), each kind on its own: requests per second, p50/p99 of pages rendered once, the app's
#      heap and RSS (bench/crawl.sh, which also runs alone);
#   4. the map page's weight and load event in headless Chromium, with the 25,000 and with the
#      seeded data only: bench/map-page.sh, called at the end (SKIP_PAGE=1 skips this part).
# Every wrk run counts its responses by status and its socket errors and time-outs (bench/status.lua),
# and the app's log is searched for ERRORs. Needs wrk, nginx and chromium (installed with apt-get if
# missing, which needs root). The first run generates the data through the audited write path
# (several minutes) into target/bench-mariadb (database tracker_public_bench); later runs reuse it.
# Rerun: bash bench/public-api.sh     Tunables: DURATION=20s CONNECTIONS=32 THREADS=2 TIMEOUT=10s SKIP_PAGE=
#        APP_JAR=target/policy-tracker.jar (another build's jar, for a before/after on the same data)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
SKIP_PAGE=${SKIP_PAGE:-}
APP_JAR=${APP_JAR:-target/policy-tracker.jar}
app_port=18090
nginx_port=18091
out=target/bench-public
mkdir -p "$out"

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ -x /usr/bin/chromium ] || need+=(chromium chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

mvn -q -B -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
db_props=(-Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_bench)
java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -Dvaadin.productionMode=true -cp "$cp" \
  org.civicdata.tracker.bench.PublicBenchmarkData

app_pid=""
nginx_pid=""
cleanup() { for p in $app_pid $nginx_pid; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
start_app() {  # $1 = log name, then extra java options
  local log=$1; shift
  ! curl -fs -o /dev/null "http://127.0.0.1:$app_port/" || { echo "port $app_port is already in use" >&2; exit 1; }
  PORT=$app_port java "$@" -Dtracker.security.bcrypt-cost=4 -jar "$APP_JAR" >"$out/$log.log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$app_port/api/jurisdictions?state=ZZ"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $out/$log.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

start_app app-25000 "${db_props[@]}" -Dtracker.seed.on-empty=false
app="http://127.0.0.1:$app_port"
nginx="http://127.0.0.1:$nginx_port"
rm -rf "$out/www" && mkdir -p "$out/www"
# The three downloads, as the app sends them, plain and gzipped; nginx serves exactly these bytes.
declare -A file=([geojson]=jurisdictions.geojson [csv]=jurisdictions.csv [json]=jurisdictions.json)
declare -A path=([geojson]=/api/jurisdictions.geojson [csv]=/api/jurisdictions.csv [json]=/api/jurisdictions)
for d in geojson csv json; do
  curl -fs -o "$out/www/${file[$d]}" "$app${path[$d]}"
  curl -fs -H 'Accept-Encoding: gzip' -o "$out/www/${file[$d]}.gz" "$app${path[$d]}"
  cmp -s <(gzip -dc "$out/www/${file[$d]}.gz") "$out/www/${file[$d]}" \
    || { echo "the app's gzipped ${path[$d]} is not its plain one compressed" >&2; exit 1; }
done
etag=$(curl -fsI "$app${path[geojson]}" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
features=$(grep -o '"type":"Feature"' "$out/www/jurisdictions.geojson" | wc -l)

cat >"$out/nginx.conf" <<CONF
worker_processes auto;
pid $root/$out/nginx.pid;
error_log $root/$out/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { application/geo+json geojson; text/csv csv; application/json json; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $root/$out/www;
    etag on;
    gzip_static on;
    gzip_vary on;
  }
}
CONF
"$NGINX" -c "$root/$out/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5
nginx_etag=$(curl -fsI "$nginx/jurisdictions.geojson" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
for d in geojson csv json; do
  cmp -s <(curl -fs "$nginx/${file[$d]}") "$out/www/${file[$d]}" || { echo "nginx serves different bytes" >&2; exit 1; }
  cmp -s <(curl -fs -H 'Accept-Encoding: gzip' "$nginx/${file[$d]}") "$out/www/${file[$d]}.gz" \
    || { echo "nginx does not serve the .gz file (gzip_static)" >&2; exit 1; }
done

# CPU time (user + system, clock ticks) of a server's processes, all their threads.
ticks() { local p t s=0; for p in "$@"; do for t in /proc/"$p"/task/*/stat; do s=$((s + $(awk '{print $14 + $15}' "$t" 2>/dev/null || echo 0))); done; done; echo "$s"; }
server_pids() {  # $1 = label: the app's process, or nginx's master and workers
  case $1 in app-*) echo "$app_pid" ;; *) echo "$nginx_pid $(pgrep -P "$nginx_pid" | tr '\n' ' ')" ;; esac
}
run_wrk() {  # $1 = label, $2 = url, then extra headers ("Name: value")
  local label=$1 url=$2; shift 2
  local headers pids before
  headers=$(IFS='|'; echo "$*")
  pids=$(server_pids "$label")
  # shellcheck disable=SC2086
  before=$(ticks $pids)
  STATUS_HEADERS="$headers" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s bench/status.lua "$url" \
    >"$out/wrk-$label.txt"
  # shellcheck disable=SC2086
  awk -v t=$(( $(ticks $pids) - before )) -v hz="$(getconf CLK_TCK)" '/requests in/{printf "%.0f", t / hz * 1e6 / $1}' \
    "$out/wrk-$label.txt" >"$out/cpu-$label"
  awk '/Requests\/sec/{print $2}' "$out/wrk-$label.txt" >"$out/rps-$label"
  awk '$1=="99%"{print $2}' "$out/wrk-$label.txt" >"$out/p99-$label"
  grep '^statuses:' "$out/wrk-$label.txt" | sed 's/^statuses: *//' >"$out/status-$label"
}
ms() { awk -v t="$1" 'BEGIN{ if (t ~ /us$/) printf "%.2f", t/1000; else if (t ~ /ms$/) printf "%.2f", t+0; else if (t ~ /m$/) printf "%.0f", t*60000; else printf "%.0f", t*1000 }'; }
compare() {  # $1 = label shown, $2 = app run, $3 = nginx run
  local ar nr ap np
  ar=$(cat "$out/rps-$2"); nr=$(cat "$out/rps-$3"); ap=$(ms "$(cat "$out/p99-$2")"); np=$(ms "$(cat "$out/p99-$3")")
  printf "%-34s %10.0f %10.0f %6.2f   %9s %9s %6.1f   %7s %7s\n" "$1" "$ar" "$nr" "$(awk -v a="$ar" -v b="$nr" 'BEGIN{print a/b}')" \
    "$ap" "$np" "$(awk -v a="$ap" -v b="$np" 'BEGIN{print a/b}')" "$(cat "$out/cpu-$2")" "$(cat "$out/cpu-$3")"
  printf "%-34s app: %s\n%-34s nginx: %s\n" "" "$(cat "$out/status-$2")" "" "$(cat "$out/status-$3")"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), $($NGINX -v 2>&1 | sed 's/.*: //'), date $(date -u +%FT%TZ)"
echo "load before the run: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other work on the machine shares its cores)"
echo "data: $features jurisdictions; bytes plain / gzipped: GeoJSON $(stat -c %s "$out/www/jurisdictions.geojson") / $(stat -c %s "$out/www/jurisdictions.geojson.gz"), CSV $(stat -c %s "$out/www/jurisdictions.csv") / $(stat -c %s "$out/www/jurisdictions.csv.gz"), JSON $(stat -c %s "$out/www/jurisdictions.json") / $(stat -c %s "$out/www/jurisdictions.json.gz")"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --timeout $TIMEOUT on loopback, app and nginx one after the other on the same cores"
echo "CPU columns: each server's own CPU time (user + system, all its threads) per request in that run, in microseconds"
# Warm the JIT and the response cache before measuring.
for d in geojson csv json; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$app${path[$d]}" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -H 'Accept-Encoding: gzip' "$app${path[$d]}" >/dev/null
done
for d in geojson csv json; do
  run_wrk "app-$d" "$app${path[$d]}"
  run_wrk "nginx-$d" "$nginx/${file[$d]}"
  run_wrk "app-$d-gzip" "$app${path[$d]}" "Accept-Encoding: gzip"
  run_wrk "nginx-$d-gzip" "$nginx/${file[$d]}" "Accept-Encoding: gzip"
done
run_wrk app-304 "$app${path[geojson]}" "If-None-Match: $etag"
run_wrk nginx-304 "$nginx/jurisdictions.geojson" "If-None-Match: $nginx_etag"
echo
printf "%-34s %10s %10s %6s   %9s %9s %6s   %7s %7s\n" "run" "app req/s" "nginx" "ratio" "app p99ms" "nginx" "ratio" \
  "app CPU" "nginx"
for d in geojson csv json; do
  compare "$d 200, identity" "app-$d" "nginx-$d"
  compare "$d 200, gzip" "app-$d-gzip" "nginx-$d-gzip"
done
compare "304 revalidation (GeoJSON)" app-304 nginx-304

# 3. The crawler: every /j/{slug}, then the filter combinations of / and of the listing, each URL asked
# for once, one wrk run per URL kind (bench/crawl.sh, on this app).
echo
APP="$app" APP_PID="$app_pid" DURATION="$DURATION" CONNECTIONS="$CONNECTIONS" THREADS="$THREADS" TIMEOUT="$TIMEOUT" \
  bash bench/crawl.sh

errors=$(grep -c " ERROR " "$out/app-25000.log" || true)
echo
echo "ERRORs logged by the app during the run: $errors"

stop_app

# 4. The map page: bench/map-page.sh (its own app on its own port, the same data and jar).
if [ -n "$SKIP_PAGE" ]; then exit 0; fi
MAP_PAGE_BUILT=1 bash bench/map-page.sh
