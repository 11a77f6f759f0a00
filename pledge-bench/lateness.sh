#!/usr/bin/env bash
# How late breach notices arrive with many open tickets (docs/benchmarks.md, "Breach notices on
# time"). Makes a fresh database on 127.0.0.1:5432 (user postgres, trust authentication), starts the
# server jar on it with webhooks to private addresses allowed (the receiver is on 127.0.0.1) and
# every other pledge.notices setting at its default, then runs dev.pledge.bench.BreachLateness:
# imports TICKETS open tickets whose breaches fall over WINDOW seconds starting LEAD seconds after
# the import starts, and times each breach webhook against its breach_after. Stops the server and
# drops the database.
#
#   pledge-bench/lateness.sh                         # 100 000 tickets over 600 s
#   TICKETS=20000 LEAD=120 WINDOW=120 pledge-bench/lateness.sh
#   KEEP_LOG=/tmp/server.log pledge-bench/lateness.sh    # keeps the server's log
#   SKIP_BUILD=1 SERVER_ARGS='--pledge.notices.batch=1000' pledge-bench/lateness.sh
set -euo pipefail

tickets=${TICKETS:-100000}
lead=${LEAD:-600}
window=${WINDOW:-600}
timeout=${TIMEOUT:-600}
pg_host=${PGHOST:-127.0.0.1}
pg_port=${PGPORT:-5432}
pg_user=${PGUSER:-postgres}

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# shellcheck source=pledge-bench/server.sh
source pledge-bench/server.sh
work=$(mktemp -d)
db=pledge_late_$$_$(date +%s)
psql_=(psql -X -q -h "$pg_host" -p "$pg_port" -U "$pg_user" -v ON_ERROR_STOP=1 -d postgres)
server_pid=

cleanup() {
  if [[ -n $server_pid ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  if [[ -n ${KEEP_LOG:-} ]]; then cp "$work/server.log" "$KEEP_LOG" || true; fi
  "${psql_[@]}" -c "drop database if exists $db" || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ -z ${SKIP_BUILD:-} ]]; then
  ./mvnw -B -q -DskipTests package -pl pledge-server,pledge-bench -am
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"${psql_[@]}" -c "create database $db"

# shellcheck disable=SC2086 # SERVER_ARGS is a list of options
start_server "$db" --pledge.notices.webhook-private-addresses=true ${SERVER_ARGS:-}
echo "server on port $port, database $db, extra server options: ${SERVER_ARGS:-none}"

java -cp pledge-bench/target/benchmarks.jar dev.pledge.bench.BreachLateness \
  --url "http://127.0.0.1:$port" --token "$admin" --tickets "$tickets" \
  --lead "$lead" --window "$window" --timeout "$timeout"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
