#!/usr/bin/env bash
# A crawler on the public side (issue 12, "Many distinct URLs"): every /j/{slug}, then / and
# /api/jurisdictions for every state x kind x stance filter, each URL asked for once (bench/crawler.lua,
# CRAWL_ONCE=1), so every request is a first render. One wrk run per URL kind, so each kind has its own
# requests/s, p50 and p99: a run ends when its walk is done or after DURATION, whichever comes first.
# Against a running app: APP=http://127.0.0.1:18090 APP_PID=<pid> (bench/public-api.sh calls it so);
# alone it starts the built jar (APP_JAR, default target/policy-tracker.jar) on the data bench/public-api.sh
# generated (target/bench-mariadb, database tracker_public_bench; run that script first if missing).
# Besides req/s and latency, the CPU time the app (+ its embedded database) used per request: a figure
# that moves far less than latency when other work shares the cores.
# Rerun: bash bench/crawl.sh      Tunables: DURATION=20s CONNECTIONS=32 THREADS=2 TIMEOUT=10s APP_JAR=
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
APP_JAR=${APP_JAR:-target/policy-tracker.jar}
out=target/bench-public
mkdir -p "$out"
started=""
if [ -z "${APP:-}" ]; then
  [ -d target/bench-mariadb ] || { echo "no benchmark data: run bash bench/public-api.sh first" >&2; exit 1; }
  [ -f "$APP_JAR" ] || mvn -q -B -o -DskipTests package
  port=18092
  ! curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is already in use" >&2; exit 1; }
  PORT=$port java -Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_bench \
    -Dtracker.seed.on-empty=false -Dtracker.security.bcrypt-cost=4 -jar "$APP_JAR" >"$out/app-crawl.log" 2>&1 &
  APP_PID=$!
  started=$APP_PID
  trap 'kill $started 2>/dev/null || true; wait 2>/dev/null || true' EXIT
  APP="http://127.0.0.1:$port"
  until curl -fs -o /dev/null "$APP/api/jurisdictions?state=ZZ"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app did not start: $out/app-crawl.log" >&2; exit 1; }
    sleep 0.2
  done
fi

# The paths, from the listing (which renders the unfiltered listing once, as a visitor's first request would).
curl -fs -o "$out/crawl-listing.json" "$APP/api/jurisdictions"
python3 - "$out/crawl-listing.json" "$out" <<'PY'
import json, sys, itertools
items = json.load(open(sys.argv[1]))["items"]
out = sys.argv[2]
pages = ["/j/" + j["slug"] for j in items]
home, api = [], []
states = sorted({j["state"] for j in items})
for state, kind, stance in itertools.product(states, ["", "city", "county"], ["", "SANCTUARY", "COOPERATES", "NO_DATA"]):
    q = "&".join(p for p in (f"state={state}", kind and f"kind={kind}", stance and f"stance={stance}") if p)
    home.append(f"/?{q}")
    api.append(f"/api/jurisdictions?{q}")
for name, paths in (("j", pages), ("home", home), ("api", api)):
    open(f"{out}/crawl-{name}.txt", "w").write("\n".join(paths) + "\n")
PY
heap() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen/{for(i=1;i<=NF;i++) if($i=="used") {print $(i+1); exit}}'; }
rss() { awk '/VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$APP_PID/status"; }
# CPU time (ms) the app and its embedded database (a child process, when there is one) have used so far:
# per request, a figure that moves far less than latency when other work shares the cores.
cpu_ms() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
db_pid=$(pgrep -P "$APP_PID" mariadbd || true)
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "crawler: $(wc -l <"$out/crawl-j.txt") /j/ pages, $(wc -l <"$out/crawl-home.txt") filters of / and as many of /api/jurisdictions (state x kind x stance), each asked for once"
echo "  wrk -t$THREADS -c$CONNECTIONS, at most $DURATION per kind; load before: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the cores)"
echo "  before: heap used after a full GC $(heap), RSS $(rss)"
printf "  %-40s %8s %8s %9s %9s %9s %13s  %s\n" "URL kind" "asked" "req/s" "p50" "p90" "p99" "CPU ms/req" "statuses"
for kind in j home api; do
  app_before=$(cpu_ms "$APP_PID"); db_before=$(cpu_ms $db_pid)
  CRAWL_ONCE=1 CRAWL_PATHS="$out/crawl-$kind.txt" CRAWL_THREADS=$THREADS \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s bench/crawler.lua "$APP/" \
    >"$out/wrk-crawl-$kind.txt"
  w="$out/wrk-crawl-$kind.txt"
  label=$(case $kind in j) echo "/j/{slug}";; home) echo "/?state&kind&stance";; api) echo "/api/jurisdictions?filters";; esac)
  asked=$(awk '/requests in/{print $1}' "$w")
  # A walk done before DURATION (a thread stops with its last requests in flight uncounted, up to one per
  # connection): wrk still divides by DURATION, so req/s is then a lower bound.
  [ "$((asked + CONNECTIONS))" -lt "$(wc -l <"$out/crawl-$kind.txt")" ] || label="$label (all; req/s >=)"
  # app + database CPU per request asked (the database's is blank when it is not a child of the app)
  cpu=$(awk -v a=$(($(cpu_ms "$APP_PID") - app_before)) -v d=$(($(cpu_ms $db_pid) - db_before)) -v n="$asked" \
    -v db="$db_pid" 'BEGIN{ if (n > 0) printf (db == "" ? "%.1f" : "%.1f+%.1f"), a / n, d / n }')
  printf "  %-40s %8s %8.0f %9s %9s %9s %13s  %s\n" "$label" "$asked" \
    "$(awk '/Requests\/sec/{print $2}' "$w")" "$(awk '$1=="50%"{print $2}' "$w")" "$(awk '$1=="90%"{print $2}' "$w")" \
    "$(awk '$1=="99%"{print $2}' "$w")" "$cpu" "$(grep '^statuses:' "$w" | sed 's/^statuses: *//')"
done
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "  after:  heap used after a full GC $(heap), RSS $(rss) (the response cache is bounded at 64 MB of bodies); load $(cut -d' ' -f1-3 /proc/loadavg)"
