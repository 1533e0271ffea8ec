#!/usr/bin/env bash
# Fan-out: many subscribers on live views while the table ticks; how late the
# deltas arrive and what the server spends.
#  1. The Java harness (dev.parallax.bench.fanout.FanOut): a Parallax server in
#     its own process, N Vert.x WebSocket clients; -> OUT/parallax.md.
#  2. The same step with N stock @perspective-dev/client 5.5.1 clients
#     (load-tests/src/main/node/fanout.mjs, in PROCESSES Node processes)
#     against Perspective's own Node server, then against parallax-server.jar,
#     each alone on an ephemeral loopback port, per N, with the same data and
#     update stream; -> OUT/comparison.md.
#
# Builds nothing: run `mvn -DskipTests package` first. Needs java, node, npm.
# Settings (environment):
#   SUBSCRIBERS (1,10,50,200), ROWS (100000), RATE (20 batches/s), BATCH_ROWS (500),
#   WARMUP_S (10), MEASURE_S (20), DRAIN_S (30): as the harness's fanout.* properties;
#   PROCESSES (2): Node processes the stock clients are spread over;
#   STEPS (java,node): which of the two to run;
#   OUT (load-tests/target/fan-out); PARALLAX_JAVA_OPTS: extra JVM options for both Parallax runs;
#   PERSPECTIVE_DEFLATE (on: its stock permessage-deflate; off: without, as ours serves).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SUBSCRIBERS=${SUBSCRIBERS:-1,10,50,200}
ROWS=${ROWS:-100000}
RATE=${RATE:-20}
BATCH_ROWS=${BATCH_ROWS:-500}
WARMUP_S=${WARMUP_S:-10}
MEASURE_S=${MEASURE_S:-20}
DRAIN_S=${DRAIN_S:-30}
PROCESSES=${PROCESSES:-2}
STEPS=${STEPS:-java,node}
PERSPECTIVE_DEFLATE=${PERSPECTIVE_DEFLATE:-on}
OUT=${OUT:-$ROOT/load-tests/target/fan-out}
NODE_DIR=$ROOT/load-tests/src/main/node
SERVER_JAR=$ROOT/verticles/target/parallax-server.jar
BENCH_JAR=$ROOT/load-tests/target/benchmarks.jar
# One level's whole Node run may take no longer than this (setup, sending, draining).
RUN_TIMEOUT_S=$((600 + WARMUP_S + MEASURE_S + 2 * DRAIN_S))
START_TIMEOUT_S=60

for jar in "$SERVER_JAR" "$BENCH_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar: run 'mvn -DskipTests package' first" >&2; exit 2; }
done
mkdir -p "$OUT"
# shellcheck source=servers.sh
source "$ROOT/load-tests/servers.sh"
trap stop_server EXIT

if [[ ,$STEPS, == *,java,* ]]; then
  echo "Java harness: $SUBSCRIBERS subscribers" >&2
  # shellcheck disable=SC2086
  java ${PARALLAX_JAVA_OPTS:-} --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$BENCH_JAR" \
    -Dfanout.subscribers="$SUBSCRIBERS" -Dfanout.rows="$ROWS" -Dfanout.rate="$RATE" \
    -Dfanout.batchRows="$BATCH_ROWS" -Dfanout.warmupSeconds="$WARMUP_S" -Dfanout.seconds="$MEASURE_S" \
    -Dfanout.drainSeconds="$DRAIN_S" -Dfanout.out="$OUT" \
    dev.parallax.bench.fanout.FanOut 2>"$OUT/java.log" || { tail -20 "$OUT/java.log" >&2; exit 1; }
fi

if [[ ,$STEPS, == *,node,* ]]; then
  (cd "$NODE_DIR" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
  BATCHES=$(awk -v w="$WARMUP_S" -v s="$MEASURE_S" -v r="$RATE" 'BEGIN { printf "%d", (w + s) * r + 0.5 }')
  rm -rf "$OUT/data"
  java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$BENCH_JAR" dev.parallax.bench.fanout.FanOutData \
    "$OUT/data" "$ROWS" "$((BATCHES + 1))" "$BATCH_ROWS" 2>"$OUT/data.log" || { cat "$OUT/data.log" >&2; exit 1; }

  # measure LABEL N: fanout.mjs against the server now running.
  measure() {
    (cd "$NODE_DIR" && timeout "$RUN_TIMEOUT_S" node fanout.mjs run "$SERVER_URL" "$1" "$OUT/data" \
      "$OUT/$1-$2.json" --subscribers "$2" --processes "$PROCESSES" --rate "$RATE" --warmup-s "$WARMUP_S" \
      --seconds "$MEASURE_S" --drain-s "$DRAIN_S" --server-pid "$SERVER_PID") || echo "the $1 run at $2 failed" >&2
  }
  PERSPECTIVE_ARGS=()
  [[ $PERSPECTIVE_DEFLATE == off ]] && PERSPECTIVE_ARGS=(--no-deflate)
  A_FILES=()
  B_FILES=()
  for n in ${SUBSCRIBERS//,/ }; do
    start_perspective "$OUT/perspective-server-$n.log" "${PERSPECTIVE_ARGS[@]}"
    measure perspective "$n"
    stop_server
    A_FILES+=("$OUT/perspective-$n.json")
    start_parallax "$OUT/parallax-server-$n.log"
    measure parallax "$n"
    stop_server
    B_FILES+=("$OUT/parallax-$n.json")
  done
  {
    (IFS=,; cd "$NODE_DIR" && node fanout.mjs report "${A_FILES[*]}" "${B_FILES[*]}")
    echo
    echo "Updates: $BATCH_ROWS keyed rows (+ the marker row) per batch. Perspective's permessage-deflate:"\
      "$PERSPECTIVE_DEFLATE (Parallax serves without). MB/s counts the Arrow deltas as the client hands them over."
  } | tee "$OUT/comparison.md"
fi
