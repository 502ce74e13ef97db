#!/usr/bin/env bash
# The public side under load, next to nginx serving the same bytes as a static file (same run, same
# machine, loopback), with 25,000 published jurisdictions:
#   1. throughput and latency of GET /api/jurisdictions.geojson (full 200 responses),
#   2. the same for 304 revalidations (If-None-Match with the current ETag),
#   3. the map page's weight and load event in headless Chromium, with the 25,000 and with the
#      seeded data only: bench/map-page.sh, called at the end.
# Needs wrk, nginx and chromium (installed with apt-get if missing, which needs root).
# The first run generates the data through the audited write path (several minutes) into
# target/bench-mariadb (database tracker_public_bench); later runs reuse it.
# Rerun: bash bench/public-api.sh        Tunables: DURATION=20s CONNECTIONS=32 THREADS=2
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
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
  PORT=$app_port java "$@" -Dtracker.security.bcrypt-cost=4 -jar target/policy-tracker.jar >"$out/$log.log" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$app_port/api/jurisdictions?state=ZZ"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $out/$log.log" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }

start_app app-25000 "${db_props[@]}" -Dtracker.seed.on-empty=false
url="http://127.0.0.1:$app_port/api/jurisdictions.geojson"
mkdir -p "$out/www"
curl -fs -o "$out/www/jurisdictions.geojson" "$url"
etag=$(curl -fsI "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
features=$(grep -o '"type":"Feature"' "$out/www/jurisdictions.geojson" | wc -l)
bytes=$(stat -c %s "$out/www/jurisdictions.geojson")

cat >"$out/nginx.conf" <<CONF
worker_processes auto;
pid $root/$out/nginx.pid;
error_log $root/$out/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { application/geo+json geojson; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $root/$out/www;
    etag on;
  }
}
CONF
"$NGINX" -c "$root/$out/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5
nginx_url="http://127.0.0.1:$nginx_port/jurisdictions.geojson"
nginx_etag=$(curl -fsI "$nginx_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
cmp -s <(curl -fs "$nginx_url") "$out/www/jurisdictions.geojson" || { echo "nginx serves different bytes" >&2; exit 1; }

run_wrk() {  # $1 = label, $2 = url, $3 = extra header or ""
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "$3" ] && args+=(-H "$3")
  wrk "${args[@]}" "$2" >"$out/wrk-$1.txt"
  local rps p99 status
  rps=$(awk '/Requests\/sec/{print $2}' "$out/wrk-$1.txt")
  p99=$(awk '$1=="99%"{print $2}' "$out/wrk-$1.txt")
  status=$(grep -q "Non-2xx" "$out/wrk-$1.txt" && grep "Non-2xx" "$out/wrk-$1.txt" | tr -s ' ' || echo "all 2xx")
  printf "%-28s %12s req/s   p99 %8s   (%s)\n" "$1" "$rps" "$p99" "$status"
  echo "$rps" >"$out/rps-$1"
}
# Warm the JIT and the response cache before measuring.
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" >/dev/null

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "data: $features features, $bytes bytes of GeoJSON (uncompressed; wrk sends no Accept-Encoding)"
echo "load: wrk -t$THREADS -c$CONNECTIONS -d$DURATION on loopback, app and nginx on the same cores"
run_wrk app-200 "$url" ""
run_wrk nginx-200 "$nginx_url" ""
# wrk counts 304 as non-2xx; the line above says how many.
run_wrk app-304 "$url" "If-None-Match: $etag"
run_wrk nginx-304 "$nginx_url" "If-None-Match: $nginx_etag"
ratio() { awk -v a="$(cat "$out/rps-$1")" -v b="$(cat "$out/rps-$2")" 'BEGIN{printf "%.2f", a/b}'; }
errors=$(grep -c " ERROR " "$out/app-25000.log" || true)
echo "errors logged by the app during the run: $errors"
echo "ratio app/nginx: 200s $(ratio app-200 nginx-200), 304s $(ratio app-304 nginx-304)   (target: >= 0.50 for 200s)"

stop_app

# 3. The map page: bench/map-page.sh (its own app on its own port, the same data and jar).
MAP_PAGE_BUILT=1 bash bench/map-page.sh
