#!/usr/bin/env bash
# The server under load, beside pgbench on the same PostgreSQL (docs/benchmarks.md, "Server under
# load"). Makes two fresh databases on 127.0.0.1:5432 (user postgres, trust authentication), starts
# the server jar on one, runs pgbench -N on the other with as many clients, then the load driver:
# a closed loop at those clients (the most the server accepts), and an open loop at half the
# closed loop's rate (the latencies). Prints one table; stops the server and drops both databases.
#
#   pledge-bench/load.sh                      # 8 clients, 10 s warm-up, 30 s measured
#   CLIENTS=16 SECONDS_MEASURED=60 pledge-bench/load.sh
#   SKIP_BUILD=1 pledge-bench/load.sh         # reuse the jars already built
set -euo pipefail

clients=${CLIENTS:-8}
secs=${SECONDS_MEASURED:-30}
warmup=${WARMUP:-10}
pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pg_user=${PGUSER:-postgres}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
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

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
java -jar pledge-server/target/pledge-server.jar --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$db" \
  --spring.datasource.username="$pg_user" >"$work/server.log" 2>&1 &
server_pid=$!

# The first start logs the administrator token once, after the server is listening.
admin=
for _ in $(seq 1 240); do
  admin=$(sed -n 's/.*Pledge administrator API token (shown once): \(plg_[A-Za-z0-9_-]*\).*/\1/p' \
    "$work/server.log")
  [[ -n $admin ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 0.5
done
[[ -n $admin ]] || { echo "no administrator token in the server log"; cat "$work/server.log"; exit 1; }
echo "server on port $port, database $db"

pgbench_=(pgbench -h "$pg_host" -p "$pg_port" -U "$pg_user")
"${pgbench_[@]}" -i -q "$bench_db" 2>&1 | tail -n 1
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -T "$warmup" "$bench_db" >/dev/null 2>&1
"${pgbench_[@]}" -N -c "$clients" -j "$clients" -T "$secs" "$bench_db" | tee "$work/pgbench.txt"
tps=$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)/\1/p' "$work/pgbench.txt")

driver=(java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.LoadDriver
  --url "http://127.0.0.1:$port" --token "$admin" --warmup "$warmup" --duration "$secs")
"${driver[@]}" --mode closed --clients "$clients" | tee "$work/closed.txt"
closed=$(grep '^RESULT ' "$work/closed.txt")
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }
max_writes=$(field writes_per_s "$closed")
half=$(awk -v w="$max_writes" 'BEGIN { printf "%.1f", w / 2 }')
"${driver[@]}" --mode open --rate "$half" | tee "$work/open.txt"
open=$(grep '^RESULT ' "$work/open.txt")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

events=$(field events_per_s "$closed")
echo
printf '| clients | pgbench -N TPS | Pledge events/s (closed) | ratio | errors | open-loop rate (req/s) | events/s | p50 ms | p90 ms | p99 ms | max ms | errors |\n'
printf '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
printf '| %s | %.0f | %.0f | %.2f | %s | %s | %.0f | %s | %s | %s | %s | %s |\n' \
  "$clients" "$tps" "$events" "$(awk -v e="$events" -v t="$tps" 'BEGIN { print e / t }')" \
  "$(field errors "$closed")" "$half" "$(field events_per_s "$open")" \
  "$(field p50_ms "$open")" "$(field p90_ms "$open")" "$(field p99_ms "$open")" \
  "$(field max_ms "$open")" "$(field errors "$open")"
