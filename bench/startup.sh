#!/usr/bin/env bash
# Cold start of the packaged app with the embedded MariaDB, to the first served /api/jurisdictions,
# and resident memory once started. Reruns: bash bench/startup.sh [runs]  (default 3)
#
# "First start" = an empty working directory: MariaDB binaries unpacked, system tables installed,
# migrations applied, seeds loaded. "Later start" = the same directory again (data kept).
# Each start is a new JVM; the clock runs from launching `java -jar` to the first HTTP 200.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jar=target/policy-tracker.jar
[ -f "$jar" ] || mvn -q -B -DskipTests package
port=${BENCH_PORT:-18080}

ms() { date +%s%3N; }
start_and_time() {  # $1 = work dir; prints "<ms to first 200> <pid>"
  local dir=$1 t0 pid
  mkdir -p "$dir/tmp"
  t0=$(ms)
  (cd "$dir" && exec java -Djava.io.tmpdir="$dir/tmp" -jar "$OLDPWD/$jar" >"$dir/app.log" 2>&1) &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/api/jurisdictions"; do
    kill -0 "$pid" 2>/dev/null || { echo "app died; log:" >&2; cat "$dir/app.log" >&2; exit 1; }
    sleep 0.05
  done
  echo "$(( $(ms) - t0 )) $pid"
}
rss_kb() { ps -o rss= -p "$1" | tr -d ' '; }
mariadb_rss_kb() { local p; p=$(pgrep -f "mariadbd.*$1" | head -1); [ -n "$p" ] && rss_kb "$p" || echo 0; }
stop() { kill "$1"; wait "$1" 2>/dev/null || true; }

export PORT=$port
unset DATASOURCES_DEFAULT_URL
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
echo "jar: $(du -m "$jar" | cut -f1) MB"
printf "%-6s %-12s %10s %12s %14s\n" run start ms_to_200 jvm_rss_MB mariadb_rss_MB
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d "$PWD/target/bench-start-XXXX")
  for kind in first later later; do
    read -r took pid < <(start_and_time "$dir")
    sleep 1  # let start-up work settle before reading memory
    printf "%-6s %-12s %10s %12s %14s\n" "$i" "$kind" "$took" "$(( $(rss_kb "$pid") / 1024 ))" "$(( $(mariadb_rss_kb "$dir") / 1024 ))"
    stop "$pid"
  done
  rm -rf "$dir"
done
