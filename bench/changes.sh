#!/usr/bin/env bash
# The change feed (issue 11, "Performance"): p95 per page of GET /api/changes and of a jurisdiction's
# Atom feed over 25,000 published jurisdictions with 100,000 public changes, cold (each URL's first
# render: nothing kept for it yet) and warm (the same URLs again: PublicResponses' kept bodies).
# Data: PublicBenchmarkData (25,000 jurisdictions published through the audited write path, one in
# three with a policy position: about 33,000 public changes), then ChangeBenchmarkData tops the public
# changes up to 100,000 with edits of published jurisdictions' notes and populations, each through
# RecordWriter.update, for WRITE_SECONDS (300); what is left then is inserted by SQL as entries of the
# same shape (it prints how many of each). Generated once into target/bench-mariadb (database
# tracker_changes_bench); later runs reuse it. Pages asked for, one request at a time (curl's
# time_total, loopback):
#   first:    /api/changes (the first page, default 100)
#   deep:     /api/changes?cursor=... at PAGES random points through the 100,000 (cursor made as the API
#             makes it: base64url of "after:<id>")
#   state:    /api/changes?state=XX&cursor=... (a random state, a random point)
#   kind:     /api/changes?kind=COUNTY&cursor=...
#   limit500: /api/changes?limit=500&cursor=...
#   atom:     /j/{slug}/feed.atom of PAGES random jurisdictions; /feed.atom
# Rerun: bash bench/changes.sh     Tunables: PAGES=200 WRITE_SECONDS=300
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${PAGES:-200}
WRITE_SECONDS=${WRITE_SECONDS:-300}
port=18095
out=target/bench-changes
mkdir -p "$out"

mvn -q -B -o -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
# run from a copy of the classes, so that a build meanwhile cannot change them under the running JVMs
rm -rf "$out/classes" && mkdir -p "$out/classes" && cp -r target/classes target/test-classes "$out/classes/"
cp="$out/classes/test-classes:$out/classes/classes:$(cat target/bench-classpath.txt)"
db_props=(-Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_changes_bench)
java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -cp "$cp" org.civicdata.tracker.bench.PublicBenchmarkData
# (a long socket time-out: the SQL top-up's inserts take seconds each on a loaded machine)
java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -Dbench.changes.write-seconds="$WRITE_SECONDS" \
  -Dtracker.database.socket-timeout=600000 -cp "$cp" \
  org.civicdata.tracker.bench.ChangeBenchmarkData

app_pid=""
trap '[ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true' EXIT
PORT=$port java "${db_props[@]}" -Dtracker.seed.on-empty=false -Dtracker.security.bcrypt-cost=4 \
  -cp "$cp" org.civicdata.tracker.Application >"$out/app.log" 2>&1 &
app_pid=$!
app="http://127.0.0.1:$port"
until curl -fs -o /dev/null "$app/health"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $out/app.log" >&2; exit 1; }
  sleep 0.5
done

last=$(curl -fs "$app/feed.atom" | grep -o 'change:[0-9]*' | head -1 | cut -d: -f2)
echo "latest change id: $last" | tee "$out/summary.txt"
cursor() { printf 'after:%s' "$1" | base64 | tr '+/' '-_' | tr -d '=\n'; }
states=(AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY)
: >"$out/urls-first.txt"
echo "/api/changes" >"$out/urls-first.txt"
RANDOM=42
for kind in deep state kind limit500; do
  : >"$out/urls-$kind.txt"
  for ((i = 0; i < PAGES; i++)); do
    at=$(( (RANDOM * 32768 + RANDOM) % last ))
    case $kind in
      deep) echo "/api/changes?cursor=$(cursor $at)" ;;
      state) echo "/api/changes?state=${states[RANDOM % ${#states[@]}]}&cursor=$(cursor $at)" ;;
      kind) echo "/api/changes?kind=COUNTY&cursor=$(cursor $at)" ;;
      limit500) echo "/api/changes?limit=500&cursor=$(cursor $at)" ;;
    esac >>"$out/urls-$kind.txt"
  done
done
# PAGES jurisdictions' feeds, picked at random (fixed seed) from the published listing's slugs
curl -fs "$app/api/jurisdictions.csv" | tail -n +2 | cut -d, -f1 \
  | shuf -n "$PAGES" --random-source=<(yes) | sed 's#.*#/j/&/feed.atom#' >"$out/urls-atom.txt"
echo "/feed.atom" >>"$out/urls-atom.txt"

measure() {  # $1 = kind, $2 = cold|warm: p50/p95/max in ms, and any status other than 200
  local times="$out/times-$1-$2.txt" bad=0
  : >"$times"
  while read -r url; do
    r=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$app$url")
    [ "${r%% *}" = 200 ] || { bad=$((bad + 1)); echo "status ${r%% *}: $url" >>"$out/errors.txt"; }
    echo "${r#* }" >>"$times"
  done <"$out/urls-$1.txt"
  sort -n "$times" | awk -v k="$1" -v w="$2" -v bad=$bad '{t[NR]=$1*1000} END {
    p50=t[int(NR*0.5+0.5)]; p95=t[int(NR*0.95+0.5)]; if (p95=="") p95=t[NR];
    printf "%-9s %-4s n=%4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  non-200: %d\n", k, w, NR, p50, p95, t[NR], bad }'
}
: >"$out/errors.txt"
{
  echo "date: $(date -u +%FT%TZ)  machine: $(nproc) cores, $(uptime | sed 's/.*load/load/')"
  for kind in first deep state kind limit500 atom; do
    measure "$kind" cold
    measure "$kind" warm
  done
  echo "app log ERRORs: $(grep -c ' ERROR ' "$out/app.log" || true)"
} | tee -a "$out/summary.txt"
