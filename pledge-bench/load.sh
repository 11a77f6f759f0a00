#!/usr/bin/env bash
# The server under load, beside pgbench on the same PostgreSQL (docs/benchmarks.md, "Server under
# load"). Makes two fresh databases on 127.0.0.1:5432 (user postgres, trust authentication), starts
# the server jar on one, runs pgbench -N on the other with as many clients, then the load driver:
# a closed loop at those clients (the most the server accepts), and an open loop at half the
# closed loop's rate (the latencies); last, pgbench -N at that same fixed rate, for the latencies
# PostgreSQL alone gives on this machine. Prints one table; stops the server and drops both
# databases.
#
#   pledge-bench/load.sh                      # 8 clients, 30 s measured
#   CLIENTS=16 SECONDS_MEASURED=60 pledge-bench/load.sh
#   SKIP_BUILD=1 pledge-bench/load.sh         # reuse the jars already built
#   TIMES=backdated pledge-bench/load.sh      # every ticket already in breach when reported
#                                             # (LoadDriver's --times), not events as they happen
#   TRACE_DIR=/tmp/trace pledge-bench/load.sh # keep the open loop's every request and the
#                                             # server's GC pauses there, to find the slow ones
#
# Warm-ups: WARMUP (30 s) before each measurement, and SERVER_WARMUP (120 s) of closed-loop load
# before the server's first: its JIT compiler needs tens of thousands of requests before the
# server runs at full speed, longer on a busy machine; the driver's own JVM, started afresh for
# the open loop, needs its 30 s too, or its warming up shows as the server's latency.
set -euo pipefail

clients=${CLIENTS:-8}
secs=${SECONDS_MEASURED:-30}
warmup=${WARMUP:-30}
server_warmup=${SERVER_WARMUP:-120}
pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pg_user=${PGUSER:-postgres}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=pledge-bench/server.sh
source pledge-bench/server.sh
work=$(mktemp -d)
suffix=$$_$(date +%s)
db=pledge_load_$suffix
bench_db=pgbench_load_$suffix
psql_=(psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -v ON_ERROR_STOP=1 -d postgres)
server_pid=

cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  "${psql_[@]}" -c "drop database if exists $db" -c "drop database if exists $bench_db" || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${SKIP_BUILD:-} ]]; then
  ./mvnw -B -q -DskipTests package -pl pledge-server,pledge-bench -am
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${psql_[@]}" -c "create database $db" -c "create database $bench_db"

trace=()
if [[ -n ${TRACE_DIR:-} ]]; then
  mkdir -p "$TRACE_DIR"
  export JAVA_TOOL_OPTIONS="-Xlog:gc,safepoint:file=$TRACE_DIR/gc.log:time,uptime"
  trace=(--trace "$TRACE_DIR/trace.txt")
fi
start_server "$db"
unset JAVA_TOOL_OPTIONS
echo "server on port $port, database $db"

pgbench_=(pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user")
"${pgbench_[@]}" -i -q "$bench_db" 2>&1 | tail -n 1
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -T "$warmup" "$bench_db" >/dev/null 2>&1
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -T "$secs" "$bench_db" | tee "$work/pgbench.txt"
tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/pgbench.txt")

driver=(java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.LoadDriver
  --url "http://127.0.0.1:$port" --token "$admin" --duration "$secs" --times "${TIMES:-live}")
"${driver[@]}" --mode closed --clients "$clients" --warmup "$server_warmup" | tee "$work/closed.txt"
closed=$(grep '^RESULT ' "$work/closed.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
# pgbench again, so the machine's other work shows as a spread; the ratio takes the higher TPS.
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -T "$secs" "$bench_db" | tee "$work/pgbench2.txt"
tps2=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/pgbench2.txt")
tps_max=$(awk -v a="$tps" -v b="$tps2" 'BEGIN { print (a > b) ? a : b }')
max_writes=$(field writes_per_s "$closed")
half=$(awk -v w="$max_writes" 'BEGIN { printf "%.1f", w / 2 }')
"${driver[@]}" --mode open --rate "$half" --warmup "$warmup" "${trace[@]}" | tee "$work/open.txt"
open=$(grep '^RESULT ' "$work/open.txt")

# pgbench at the same arrival rate; under -R its per-transaction log counts latency from when each
# transaction was due, as the driver's open loop does.
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -R "$half" -T "$secs" -l \
  --log-prefix="$work/pgbench_log" "$bench_db" | grep -E '^(tps|latency)'
pg_p() { cat "$work"/pgbench_log* | awk '{ print $3 }' | sort -n | awk -v p="$1" \
  '{ v[NR] = $1 } END { r = p * NR / 100; i = (r == int(r)) ? r : int(r) + 1; printf "%.2f", v[i] / 1000 }'; }
pg_p50=$(pg_p 50)
pg_p99=$(pg_p 99)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

events=$(field events_per_s "$closed")
echo
printf '| clients | pgbench -N TPS (before / after) | Pledge events/s | ratio | errors | half load (req/s) | p50 ms | p90 ms | p99 ms | max ms | errors | pgbench -N -R p50 / p99 ms |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
printf '| %s | %.0f / %.0f | %.0f | %.2f | %s | %s | %s | %s | %s | %s | %s | %s / %s |\n' \
  "$clients" "$tps" "$tps2" "$events" "$(awk -v e="$events" -v t="$tps_max" 'BEGIN { print e / t }')" \
  "$(field errors "$closed")" "$half" \
  "$(field p50_ms "$open")" "$(field p90_ms "$open")" "$(field p99_ms "$open")" \
  "$(field max_ms "$open")" "$(field errors "$open")" "$pg_p50" "$pg_p99"
