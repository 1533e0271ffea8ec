# Starting and stopping the servers the load-test scripts compare, one at a
# time, each on an ephemeral loopback port. Sourced by run-side-by-side.sh and
# run-fan-out.sh, which set ROOT, NODE_DIR and SERVER_JAR first.
#   start_perspective LOG [ARGS..] / start_parallax LOG: start one; set SERVER_PID and SERVER_URL.
#   stop_server: SIGTERM, then SIGKILL after 10 s.

START_TIMEOUT_S=${START_TIMEOUT_S:-60}
SERVER_PID=
SERVER_URL=

stop_server() {
  if [[ -n $SERVER_PID ]]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
  fi
}

# wait_for LOG PATTERN: the first match of PATTERN in LOG, once the server wrote it.
wait_for() {
  local deadline=$((SECONDS + START_TIMEOUT_S)) found
  while ((SECONDS < deadline)); do
    found=$(grep -o -m1 -E "$2" "$1" || true)
    if [[ -n $found ]]; then echo "$found"; return 0; fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "server did not start; its log:" >&2
  cat "$1" >&2
  return 1
}

# start_perspective LOG [ARGS..]: Perspective's own Node server (perspective-server.mjs ARGS).
start_perspective() {
  local log=$1
  shift
  (cd "$NODE_DIR" && exec node perspective-server.mjs "$@") >"$log" 2>&1 &
  SERVER_PID=$!
  SERVER_URL="ws://127.0.0.1:$(wait_for "$log" '^PORT [0-9]+' | cut -d' ' -f2)/websocket"
}

# start_parallax LOG: parallax-server.jar, with PARALLAX_JAVA_OPTS.
start_parallax() {
  # shellcheck disable=SC2086
  java ${PARALLAX_JAVA_OPTS:-} -jar "$SERVER_JAR" --host 127.0.0.1 --port 0 >"$1" 2>&1 &
  SERVER_PID=$!
  SERVER_URL=$(wait_for "$1" 'ws://127\.0\.0\.1:[0-9]+/websocket')
}
