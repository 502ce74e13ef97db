#!/usr/bin/env bash
# A crawler on the public side (issue 12, "Many distinct URLs"): every /j/{slug}, and / and /api/jurisdictions
# for every state x kind x stance x (DOJ letter status | funding threat status) filter, each URL asked for
# once (bench/crawler.lua, CRAWL_ONCE=1), so every request is a first render. Each list is shuffled (fixed
# seed) and cut in three, so no URL is asked twice across the runs:
#   warm-up     WARMUP_J /j/ pages and WARMUP_FILTERS of each filter list, 8 connections, not measured: a
#               flood meets a server that has been running (its code compiled, today's listing kept), not
#               one just started (bench/startup.sh measures that);
#   saturated   wrk -c CONNECTIONS, as fast as it answers, for DURATION: the ceiling (req/s), and the
#               latency of a closed loop at that ceiling (p50 is about CONNECTIONS / req/s: queueing);
#   paced       the same connections, each waiting a random pause (exponential, mean CONNECTIONS / rate)
#               after each answer, the rate PACE (default 0.5) x the saturated req/s: first renders as a
#               crawler walking at half the ceiling meets them (the p99 target of issue 12).
# One wrk run per URL kind and mode, so each has its own requests/s, p50 and p99.
# Against a running app: APP=http://127.0.0.1:18090 APP_PID=<pid> (bench/public-api.sh calls it so);
# alone it starts the built jar (APP_JAR, default target/policy-tracker.jar) on the data bench/public-api.sh
# generated (target/bench-mariadb, database tracker_public_bench; run that script first if missing).
# Besides req/s and latency, the CPU time the app (+ its embedded database) used per request: a figure
# that moves far less than latency when other work shares the cores.
# Rerun: bash bench/crawl.sh      Tunables: DURATION=20s CONNECTIONS=32 THREADS=2 TIMEOUT=10s PACE=0.5
#                                 WARMUP_J=1000 WARMUP_FILTERS=200 APP_JAR=
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
PACE=${PACE:-0.5}
WARMUP_J=${WARMUP_J:-1000}
WARMUP_FILTERS=${WARMUP_FILTERS:-200}
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
python3 - "$out/crawl-listing.json" "$out" "$WARMUP_J" "$WARMUP_FILTERS" <<'PY'
import json, sys, itertools, random
items = json.load(open(sys.argv[1]))["items"]
out, warm_j, warm_filters = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
pages = ["/j/" + j["slug"] for j in items]
home, api = [], []
states = sorted({j["state"] for j in items})
letters = ["SENT", "RESPONDED", "FOUND_COMPLIANT", "FOUND_NON_COMPLIANT", "SUBPOENAED", "WITHDRAWN"]
threats = ["THREATENED", "WITHHELD", "ENJOINED", "RESTORED"]
statuses = [""] + [f"letter={v}" for v in letters] + [f"threat={v}" for v in threats]
for state, kind, stance, status in itertools.product(
        states, ["", "city", "county"], ["", "SANCTUARY", "COOPERATES", "NO_DATA"], statuses):
    q = "&".join(p for p in (f"state={state}", kind and f"kind={kind}", stance and f"stance={stance}", status) if p)
    home.append(f"/?{q}")
    api.append(f"/api/jurisdictions?{q}")
rng = random.Random(12)
for name, paths, warm in (("j", pages, warm_j), ("home", home, warm_filters), ("api", api, warm_filters)):
    open(f"{out}/crawl-{name}.txt", "w").write("\n".join(paths) + "\n")
    paths = paths[:]
    rng.shuffle(paths)
    rest = paths[warm:]
    cut = len(rest) * 3 // 5
    for part, chunk in (("warm", paths[:warm]), ("saturated", rest[:cut]), ("paced", rest[cut:])):
        open(f"{out}/crawl-{name}-{part}.txt", "w").write("\n".join(chunk) + "\n")
PY
heap() { jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/garbage-first heap|def new generation|PSYoungGen/{for(i=1;i<=NF;i++) if($i=="used") {print $(i+1); exit}}'; }
rss() { awk '/VmRSS/{printf "%.0f MB", $2/1024}' "/proc/$APP_PID/status"; }
# CPU time (ms) the app and its embedded database (a child process, when there is one) have used so far:
# per request, a figure that moves far less than latency when other work shares the cores.
cpu_ms() { local t=0 p; for p in "$@"; do [ -r "/proc/$p/stat" ] && t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat"))); done; echo $((t * 1000 / $(getconf CLK_TCK))); }
db_pid=$(pgrep -P "$APP_PID" mariadbd || true)
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "crawler: $(wc -l <"$out/crawl-j.txt") /j/ pages, $(wc -l <"$out/crawl-home.txt") filters of / and as many of /api/jurisdictions (state x kind x stance x letter|threat status), each asked for once"
echo "  wrk -t$THREADS -c$CONNECTIONS, at most $DURATION per kind and mode; load before: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the cores)"
for kind in j home api; do  # warm-up, not measured
  CRAWL_ONCE=1 CRAWL_PATHS="$out/crawl-$kind-warm.txt" CRAWL_THREADS=$THREADS \
    wrk -t"$THREADS" -c8 -d10s --timeout "$TIMEOUT" -s bench/crawler.lua "$APP/" >"$out/wrk-crawl-$kind-warm.txt"
done
echo "  warm-up (not measured): $WARMUP_J /j/ pages, $WARMUP_FILTERS of each filter list"
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "  before: heap used after a full GC $(heap), RSS $(rss)"
printf "  %-40s %-9s %8s %8s %9s %9s %9s %13s  %s\n" "URL kind" "mode" "asked" "req/s" "p50" "p90" "p99" "CPU ms/req" "statuses"
for kind in j home api; do
  saturated=""
  for mode in saturated paced; do
    paths="$out/crawl-$kind-$mode.txt"
    w="$out/wrk-crawl-$kind-$mode.txt"
    delay=""
    if [ "$mode" = paced ]; then
      # mean pause per connection after each answer: CONNECTIONS / (PACE x the saturated rate), in ms
      delay=$(awk -v c="$CONNECTIONS" -v p="$PACE" -v r="$saturated" 'BEGIN{ printf "%.1f", c * 1000 / (p * r) }')
    fi
    app_before=$(cpu_ms "$APP_PID"); db_before=$(cpu_ms $db_pid)
    CRAWL_ONCE=1 CRAWL_PATHS="$paths" CRAWL_THREADS=$THREADS CRAWL_DELAY_MS="$delay" \
      wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s bench/crawler.lua "$APP/" >"$w"
    label=$(case $kind in j) echo "/j/{slug}";; home) echo "/?state&kind&stance&status";; api) echo "/api/jurisdictions?filters";; esac)
    asked=$(awk '/requests in/{print $1}' "$w")
    rate=$(awk '/Requests\/sec/{print $2}' "$w")
    [ "$mode" = saturated ] && saturated=$rate
    # A walk done before DURATION (a thread stops with its last requests in flight uncounted, up to one per
    # connection): wrk still divides by DURATION, so req/s is then a lower bound.
    [ "$((asked + CONNECTIONS))" -lt "$(wc -l <"$paths")" ] || label="$label (all; req/s >=)"
    [ -z "$delay" ] || mode="paced ${delay%.*}ms"
    # app + database CPU per request asked (the database's is blank when it is not a child of the app)
    cpu=$(awk -v a=$(($(cpu_ms "$APP_PID") - app_before)) -v d=$(($(cpu_ms $db_pid) - db_before)) -v n="$asked" \
      -v db="$db_pid" 'BEGIN{ if (n > 0) printf (db == "" ? "%.1f" : "%.1f+%.1f"), a / n, d / n }')
    printf "  %-40s %-9s %8s %8.0f %9s %9s %9s %13s  %s\n" "$label" "$mode" "$asked" "$rate" \
      "$(awk '$1=="50%"{print $2}' "$w")" "$(awk '$1=="90%"{print $2}' "$w")" \
      "$(awk '$1=="99%"{print $2}' "$w")" "$cpu" "$(grep '^statuses:' "$w" | sed 's/^statuses: *//')"
  done
done
jcmd "$APP_PID" GC.run >/dev/null 2>&1 || true
echo "  after:  heap used after a full GC $(heap), RSS $(rss) (the response cache is bounded at 64 MB of bodies); load $(cut -d' ' -f1-3 /proc/loadavg)"
