#!/usr/bin/env bash
# 304 revalidations only (issue 12: ">= 0.5x nginx's req/s, p99 <= 3x nginx's"), for a before/after on
# a loaded machine: each round runs nginx, then each jar named in JARS (started, warmed 5 s, measured,
# stopped) against the same data, one after the other on the same cores, so ratios are compared within
# a round; prints each round and the medians. The data is bench/public-api.sh's (target/bench-mariadb:
# run that once first, or this runs its generator).
# Rerun: bash bench/revalidation.sh
# Tunables: JARS="target/policy-tracker.jar" ROUNDS=5 DURATION=10s CONNECTIONS=32 THREADS=2 JAVA_OPTS=
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
JARS=${JARS:-target/policy-tracker.jar}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
JAVA_OPTS=${JAVA_OPTS:-}
app_port=18392
nginx_port=18393
out=target/bench-revalidation
mkdir -p "$out"
rm -f "$out"/ratio-* "$out"/p99ratio-* "$out"/rps-*
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
db_props=(-Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_bench)
if [ ! -d target/bench-mariadb ]; then
  mvn -q -B -o -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
  java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    org.civicdata.tracker.bench.PublicBenchmarkData
fi

app_pid=""
nginx_pid=""
cleanup() { for p in $app_pid $nginx_pid; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
start_app() {  # $1 = jar, $2 = log
  # shellcheck disable=SC2086
  PORT=$app_port java $JAVA_OPTS "${db_props[@]}" -Dtracker.seed.on-empty=false -Dtracker.security.bcrypt-cost=4 \
    -jar "$1" >"$2" 2>&1 &
  app_pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$app_port/api/jurisdictions?state=ZZ"; do
    kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $2" >&2; exit 1; }
    sleep 0.2
  done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
wrk304() {  # $1 = url, $2 = etag, $3 = output file
  STATUS_HEADERS="If-None-Match: $2" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s bench/status.lua "$1" >"$3"
  local statuses
  statuses=$(grep '^statuses:' "$3")
  [[ "$statuses" =~ ^statuses:\ 304=[0-9]+\ \ socket\ errors:\ connect=0\ read=0\ write=0\ timeout=0$ ]] \
    || echo "  not only 304s: $statuses" >&2
}
rps() { awk '/Requests\/sec/{print $2}' "$1"; }
p99ms() { awk '$1=="99%"{t=$2; if (t ~ /us$/) printf "%.2f", t/1000; else if (t ~ /ms$/) printf "%.2f", t+0; else printf "%.0f", t*1000}' "$1"; }
median() { sort -g | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# nginx serves the app's GeoJSON as a static file, with its own ETag.
mkdir -p "$out/www"
jar0=${JARS%% *}
start_app "$jar0" "$out/app-0.log"
curl -fs -o "$out/www/jurisdictions.geojson" "http://127.0.0.1:$app_port/api/jurisdictions.geojson"
stop_app
cat >"$out/nginx.conf" <<CONF
worker_processes auto;
pid $root/$out/nginx.pid;
error_log $root/$out/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/geo+json geojson; }
  server { listen 127.0.0.1:$nginx_port; root $root/$out/www; etag on; }
}
CONF
"$NGINX" -c "$root/$out/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5
nginx_url="http://127.0.0.1:$nginx_port/jurisdictions.geojson"
nginx_etag=$(curl -fsI "$nginx_url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $($NGINX -v 2>&1 | sed 's/.*: //'), date $(date -u +%FT%TZ)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other work on the machine shares its cores)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, If-None-Match on /api/jurisdictions.geojson, $ROUNDS rounds; JAVA_OPTS=$JAVA_OPTS"
for r in $(seq 1 "$ROUNDS"); do
  wrk304 "$nginx_url" "$nginx_etag" "$out/nginx-$r.txt"
  i=0
  for jar in $JARS; do
    i=$((i + 1))
    start_app "$jar" "$out/app-$i.log"
    url="http://127.0.0.1:$app_port/api/jurisdictions.geojson"
    etag=$(curl -fsI "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
    STATUS_HEADERS="If-None-Match: $etag" wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -s bench/status.lua "$url" >/dev/null # warm-up
    wrk304 "$url" "$etag" "$out/app-$i-$r.txt"
    stop_app
    a=$(rps "$out/app-$i-$r.txt"); n=$(rps "$out/nginx-$r.txt"); ap=$(p99ms "$out/app-$i-$r.txt"); np=$(p99ms "$out/nginx-$r.txt")
    printf "round %d %-36s app %7.0f req/s p99 %7s ms | nginx %7.0f req/s p99 %7s ms | ratio %.2f, p99 %.1fx (load %s)\n" \
      "$r" "$jar" "$a" "$ap" "$n" "$np" "$(awk -v a="$a" -v b="$n" 'BEGIN{print a/b}')" \
      "$(awk -v a="$ap" -v b="$np" 'BEGIN{print a/b}')" "$(cut -d' ' -f1 /proc/loadavg)"
    awk -v a="$a" -v b="$n" 'BEGIN{print a/b}' >>"$out/ratio-$i"
    awk -v a="$ap" -v b="$np" 'BEGIN{print a/b}' >>"$out/p99ratio-$i"
    echo "$a" >>"$out/rps-$i"
  done
done
echo
i=0
for jar in $JARS; do
  i=$((i + 1))
  echo "$jar: median req/s $(median <"$out/rps-$i"), median ratio to nginx $(median <"$out/ratio-$i"), median p99 ratio $(median <"$out/p99ratio-$i")"
  rm -f "$out/ratio-$i" "$out/p99ratio-$i" "$out/rps-$i"
done
