// Helpers shared by the harness scripts (sidebyside.mjs, fanout.mjs).
import fs from "node:fs";

/** `promise`, or a rejection naming `what` if it takes longer than `ms`. */
export function within(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A file's bytes as an ArrayBuffer of their own, as the client's table() and update() take them. */
export function arrayBufferOf(file) {
  const b = fs.readFileSync(file);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Prints `rows` (the first is the header) as a Markdown table, its columns padded to line up. */
export function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => "| " + r.map((v, c) => v.padEnd(widths[c])).join(" | ") + " |";
  console.log(line(rows[0]));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const r of rows.slice(1)) {
    console.log(line(r));
  }
}

/**
 * Runs the handler of the command line's mode (`node script.mjs MODE ARGS..`)
 * with ARGS; exits 1 with the error's stack if it fails, through `usage` if no
 * handler has that mode.
 */
export function dispatch(handlers, usage) {
  const [mode, ...args] = process.argv.slice(2);
  const handler = handlers[mode];
  if (!handler) {
    usage();
    return;
  }
  Promise.resolve().then(() => handler(args)).catch((e) => {
    console.error(e?.stack ?? String(e));
    process.exit(1);
  });
}
