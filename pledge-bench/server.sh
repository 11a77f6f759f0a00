# Sourced by load.sh and lateness.sh: starts the server jar on a PostgreSQL database and reads the
# administrator token its first start logs once. Uses pg_host, pg_port, pg_user and work (a
# temporary folder, where the server's log goes); sets port, server_pid and admin.

# start_server DATABASE [SERVER OPTION ...]
start_server() {
  local db=$1
  shift
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Spring Boot takes DEBUG and TRACE from the environment as its debug and trace switches, which
  # log every statement: a caller's variables of those names must not reach the server.
  env -u DEBUG -u TRACE java -jar pledge-server/target/pledge-server.jar --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$db" \
    --spring.datasource.username="$pg_user" "$@" >"$work/server.log" 2>&1 &
  server_pid=$!
  # The token is logged after the server is listening.
  admin=
  for _ in $(seq 1 240); do
    admin=$(sed -n 's/.*Pledge administrator API token (shown once): \(plg_[A-Za-z0-9_-]*\).*/\1/p' \
      "$work/server.log")
    [[ -n $admin ]] && return 0
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
    sleep 0.5
  done
  echo "no administrator token in the server log"
  cat "$work/server.log"
  exit 1
}
