#!/usr/bin/env bash
# Side by side: Perspective's own Node server, then Parallax, each alone on an
# ephemeral loopback port, driven by the same stock @perspective-dev/client
# 5.5.1 script (load-tests/src/main/node/sidebyside.mjs) over the same data.
# Prints each step's median and p95 for both and the ratio Perspective/Parallax.
#
# Builds nothing: run `mvn -DskipTests package` first. Needs java, node, npm.
# Settings (environment):
#   ROWS (1000000), BATCHES (50), BATCH_ROWS (1000): the data;
#   REPS (5), WARMUP (3; the JVM compiles the update path late): per server and round;
#   ROUNDS (1: Perspective, then Parallax; more alternate them again, times pooled);
#   BUDGET_S (300): measuring time per step, after which repetitions stop;
#   OUT (load-tests/target/side-by-side): data, logs, raw times and report.md;
#   PARALLAX_JAVA_OPTS: extra JVM options for our server (e.g. a JFR recording);
#   PERSPECTIVE_DEFLATE (on: its stock permessage-deflate; off: without, as ours serves).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
ROWS=${ROWS:-1000000}
BATCHES=${BATCHES:-50}
BATCH_ROWS=${BATCH_ROWS:-1000}
REPS=${REPS:-5}
WARMUP=${WARMUP:-3}
ROUNDS=${ROUNDS:-1}
BUDGET_S=${BUDGET_S:-300}
PERSPECTIVE_DEFLATE=${PERSPECTIVE_DEFLATE:-on}
OUT=${OUT:-$ROOT/load-tests/target/side-by-side}
NODE_DIR=$ROOT/load-tests/src/main/node
SERVER_JAR=$ROOT/verticles/target/parallax-server.jar
BENCH_JAR=$ROOT/load-tests/target/benchmarks.jar
# One server's whole run, and a server's start, may take no longer than these.
RUN_TIMEOUT_S=3600
START_TIMEOUT_S=60

for jar in "$SERVER_JAR" "$BENCH_JAR"; do
  [[ -f $jar ]] || { echo "missing $jar: run 'mvn -DskipTests package' first" >&2; exit 2; }
done
rm -rf "$OUT/data"
mkdir -p "$OUT"
(cd "$NODE_DIR" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)

echo "Writing $ROWS rows and $BATCHES x $BATCH_ROWS updates to $OUT/data" >&2
java --add-opens=java.base/java.nio=ALL-UNNAMED -cp "$BENCH_JAR" \
  dev.parallax.bench.sidebyside.SideBySideData "$OUT/data" "$ROWS" "$BATCHES" "$BATCH_ROWS" $((WARMUP + REPS)) \
  2>"$OUT/data.log" || { cat "$OUT/data.log" >&2; exit 1; }

# shellcheck source=servers.sh
source "$ROOT/load-tests/servers.sh"
trap stop_server EXIT

# measure LABEL URL OUT.json: the client script against the server now running.
measure() {
  (cd "$NODE_DIR" && timeout "$RUN_TIMEOUT_S" node sidebyside.mjs run "$2" "$1" "$OUT/data" "$3" \
    --reps "$REPS" --warmup "$WARMUP" --budget-s "$BUDGET_S")
}

PERSPECTIVE_ARGS=()
[[ $PERSPECTIVE_DEFLATE == off ]] && PERSPECTIVE_ARGS=(--no-deflate)
A_FILES=()
B_FILES=()
# Rounds alternate the servers, so that a change in the machine's load between
# rounds falls on both.
for round in $(seq "$ROUNDS"); do
  start_perspective "$OUT/perspective-server.log" "${PERSPECTIVE_ARGS[@]}"
  measure perspective "$SERVER_URL" "$OUT/perspective-$round.json" || echo "the Perspective run failed" >&2
  stop_server
  A_FILES+=("$OUT/perspective-$round.json")

  start_parallax "$OUT/parallax-server.log"
  measure parallax "$SERVER_URL" "$OUT/parallax-$round.json" || echo "the Parallax run failed" >&2
  stop_server
  B_FILES+=("$OUT/parallax-$round.json")
done

(IFS=,; cd "$NODE_DIR" && node sidebyside.mjs report "${A_FILES[*]}" "${B_FILES[*]}") | tee "$OUT/report.md"
