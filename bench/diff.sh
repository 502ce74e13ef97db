#!/usr/bin/env bash
# The public "What changed" page (/changes) and the map's time control over 25,000 jurisdictions with
# many dated records (issue 11, "Performance": p95 under 100 ms a page). Data: bench/public-api.sh's
# 25,000 published jurisdictions (PublicBenchmarkData) plus DiffBenchmarkData's dated records (a DOJ
# letter for each, a statement and a designation for every second, a policy position starting on a day
# for every third, a funding threat for every fourth, dated on random days of 2010-2025): with the
# jurisdictions about 98,000 records, 73,000 of them dated. Generated through the audited write path
# (about 15 minutes the first time) into target/bench-mariadb (database tracker_public_bench), reused later.
# One client, requests one after the other, over loopback, each kind measured on its own:
#   first   the first page of a window never asked for (random 12-month windows, every state and the
#           whole map): the diff is read from the database and the page rendered;
#   paged   pages 2.. of those windows: the diff is kept per data version, the page rendered;
#   cached  the same URLs again: the rendered page as kept (PublicResponses), with its ETag;
#   304     revalidation with If-None-Match;
#   widest  the whole 2009-2026 window, first page (every dated record at once: the worst case);
#   map     / and /?state=XX first renders (the map page with its time control).
# Rerun: bash bench/diff.sh      Tunables: WINDOWS=60 SEED=1 BENCH_PORT=18097 APP_JAR=target/policy-tracker.jar
set -euo pipefail
cd "$(dirname "$0")/.."
WINDOWS=${WINDOWS:-60}
SEED=${SEED:-1}
APP_JAR=${APP_JAR:-target/policy-tracker.jar}
out=target/bench-diff
mkdir -p "$out"
port=${BENCH_PORT:-18097}

[ -f "$APP_JAR" ] || mvn -q -B -o -DskipTests package
[ -f target/bench-classpath.txt ] || mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
db_props=(-Dtracker.embedded-db.dir=target/bench-mariadb -Dtracker.embedded-db.database=tracker_public_bench)
for generator in PublicBenchmarkData DiffBenchmarkData; do
  java "${db_props[@]}" -Dtracker.security.bcrypt-cost=4 -Dvaadin.productionMode=true -cp "$cp" \
    "org.civicdata.tracker.bench.$generator"
done

! curl -fs -o /dev/null "http://127.0.0.1:$port/" || { echo "port $port is already in use" >&2; exit 1; }
PORT=$port java "${db_props[@]}" -Dtracker.seed.on-empty=false -Dtracker.security.bcrypt-cost=4 -jar "$APP_JAR" \
  >"$out/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/api/jurisdictions?state=ZZ"; do
  kill -0 "$app_pid" 2>/dev/null || { echo "the app did not start: $out/app.log" >&2; exit 1; }
  sleep 0.2
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the cores)"
python3 - "http://127.0.0.1:$port" "$WINDOWS" "$SEED" <<'PY'
import http.client, random, re, sys, time, urllib.parse
base, windows, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
host = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
def get(path, etag=None):
    headers = {"If-None-Match": etag} if etag else {}
    started = time.perf_counter()
    conn.request("GET", path, headers=headers)
    r = conn.getresponse()
    body = r.read()
    ms = (time.perf_counter() - started) * 1000
    if r.status not in (200, 304):
        sys.exit(f"{path}: HTTP {r.status} {body[:300]!r}")
    return ms, r.status, r.getheader("ETag"), body.decode("utf-8")
def report(name, times, note=""):
    t = sorted(times)
    pick = lambda q: t[min(len(t) - 1, int(q * len(t)))]
    print(f"  {name:<8} {len(t):>5} requests  p50 {pick(0.5):7.1f} ms  p95 {pick(0.95):7.1f} ms  max {t[-1]:7.1f} ms  {note}")
states = "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split()
rng = random.Random(seed)
get("/changes?from=2000-01-01&to=2000-06-30")  # warm-up: the first render (class loading), not measured
first, paged, cached, revalidated, items = [], [], [], [], []
urls = []
for i in range(windows):
    start = f"{rng.randint(2010, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    end = f"{int(start[:4]) + 1}{start[4:]}"
    state = "" if i % 3 == 0 else "&state=" + rng.choice(states)
    path = f"/changes?from={start}&to={end}{state}"
    ms, _, etag, body = get(path)
    first.append(ms)
    total = sum(int(n) for n in re.findall(r'<li>(?:<a [^>]*>)?[A-Za-z ]+: (\d+)', body))
    items.append(total)
    pages = int(re.search(r"Page 1 of (\d+)", body).group(1))
    urls.append((path, etag))
    for p in range(2, min(pages, 4) + 1):
        ms, _, etag, _ = get(f"{path}&page={p}")
        paged.append(ms)
        urls.append((f"{path}&page={p}", etag))
for path, etag in urls:
    cached.append(get(path)[0])
    revalidated.append(get(path, etag)[0])
wide = []
for state in ["", "&state=CA", "&state=TX"]:
    ms, _, _, body = get(f"/changes?from=2009-12-31&to=2026-12-03{state}")
    wide.append(ms)
    pages = re.search(r"Page 1 of (\d+)", body).group(1)
    print(f"  widest window{state or ' (whole map)'}: {ms:.0f} ms, {pages} pages")
maps = [get("/")[0]] + [get(f"/?state={s}")[0] for s in states]
steps = re.search(r'data-steps="([^"]*)"', get("/")[3]).group(1).split()
print(f"/changes over 25,000 jurisdictions: {windows} random 12-month windows (every third the whole map, the rest one state), "
      f"{min(items)}-{max(items)} changes each (median {sorted(items)[len(items)//2]}), up to 4 pages each")
report("first", first, "(diff read + page 1 rendered)")
report("paged", paged, "(pages 2-4: diff kept, page rendered)")
report("cached", cached, "(rendered page kept)")
report("304", revalidated, "(If-None-Match)")
report("widest", wide, "(2009-12-31..2026-12-03: all 73,000 dated records; whole map, CA, TX)")
report("map", maps, f"(/ and /?state=XX first renders with the time control; {len(steps)} steps on the national map)")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
if grep -q ' ERROR ' "$out/app.log"; then echo "the app logged errors: $out/app.log" >&2; exit 1; fi
