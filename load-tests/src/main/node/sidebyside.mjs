// The side-by-side harness's client: the same stock @perspective-dev/client
// 5.5.1 calls, timed by the same code, against whichever server the URL names
// (Perspective's own Node server or Parallax). Run one server at a time.
//
//   node sidebyside.mjs run URL LABEL DATA_DIR OUT.json [--reps N] [--warmup N] [--budget-s S] [--only STEP,..]
//   node sidebyside.mjs report A.json[,A2.json..] B.json[,B2.json..]
//        (rounds pooled per server; ratio = A / B of the medians)
//
// DATA_DIR holds rows.arrow and ticks-SS-BB.arrow (written by SideBySideData).
// A step that fails (an error, a timeout) is recorded as
// failed with its message and the run goes on with the next step.
import perspective from "@perspective-dev/client";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { arrayBufferOf, dispatch, percentile, printTable, within } from "./common.mjs";

/** Rows of a first screen, as a grid shows them. */
const SCREEN = 100;
/** No single call may take longer than this. */
const CALL_TIMEOUT_MS = 120_000;
/** How long after a timed update run deltas are still counted, to catch any that came after the timer stopped. */
const LATE_DELTA_MS = 300;

function usage() {
  console.error("usage: node sidebyside.mjs run URL LABEL DATA_DIR OUT.json [--reps N] [--warmup N] [--budget-s S]"
    + " [--only STEP,...]\n"
    + "       node sidebyside.mjs report A.json[,A2.json...] B.json[,B2.json...]");
  process.exit(2);
}

const call = (promise, what) => within(promise, CALL_TIMEOUT_MS, what);

/** A window's shape, "rows x columns", so both servers' answers can be compared by eye. */
function shape(columns) {
  const names = Object.keys(columns);
  const rows = names.length === 0 ? 0 : columns[names[0]].length;
  return `${rows}x${names.length}`;
}

/** The rows of an Arrow buffer, read by the client's own local engine. */
async function arrowRowCount(buffer) {
  if (!buffer) {
    return 0;
  }
  const t = await within(perspective.table(buffer.slice(0)), 30_000, "local table");
  const n = await t.size();
  await t.delete();
  return n;
}

/**
 * Each step: setup (untimed), the timed body returning a check string (what
 * came back, so both servers' answers can be compared), teardown (untimed,
 * may add to the check).
 */
function steps(ctx) {
  const firstScreen = (config) => ({
    async timed() {
      const view = await call(ctx.table.view(config), "view");
      ctx.view = view;
      const cols = await call(view.to_columns({ start_row: 0, end_row: SCREEN }), "to_columns");
      return shape(cols);
    },
    async after() {
      await call(ctx.view.delete(), "view delete");
    },
  });
  return [
    {
      key: "load",
      title: `load ${ctx.rows} rows from Arrow (client.table)`,
      async before(rep) {
        ctx.loadName = `sbs_load_${process.pid}_${rep}`;
        ctx.loadBuffer = ctx.rowsArrow.slice(0);
      },
      async timed() {
        const t = await call(ctx.client.table(ctx.loadBuffer, { name: ctx.loadName, index: "id" }), "table");
        ctx.loaded = t;
        return `${await call(t.size(), "size")} rows`;
      },
      async after() {
        await call(ctx.loaded.delete(), "table delete");
      },
    },
    { key: "group_by", title: "group_by sym (view + first screen)", ...firstScreen({ group_by: ["sym"] }) },
    {
      key: "group_split",
      title: "group_by sym x split_by side (view + first screen)",
      ...firstScreen({ group_by: ["sym"], split_by: ["side"] }),
    },
    {
      key: "sort",
      title: `sort by price desc (view + first ${SCREEN} rows)`,
      ...firstScreen({ sort: [["price", "desc"]] }),
    },
    {
      key: "flat_arrow",
      title: "flat view, to_arrow of all rows",
      async timed() {
        const view = await call(ctx.table.view(), "view");
        ctx.view = view;
        const arrow = await call(view.to_arrow(), "to_arrow");
        return `${(arrow.byteLength / 1e6).toFixed(1)} MB`;
      },
      async after() {
        await call(ctx.view.delete(), "view delete");
      },
    },
    {
      key: "updates",
      title: `${ctx.ticks.length} x ${ctx.batchRows} keyed updates, live group_by, on_update rows (all deltas in)`,
      async before(rep) {
        ctx.view = await call(ctx.table.view({ group_by: ["sym"] }), "view");
        await call(ctx.view.to_columns({ start_row: 0, end_row: SCREEN }), "to_columns");
        ctx.deltas = 0;
        await call(ctx.view.on_update((u) => {
          ctx.deltas++;
          ctx.lastDeltaBuffer = u.delta;
        }, { mode: "row" }), "on_update");
        ctx.tickBuffers = ctx.tickSets[rep % ctx.tickSets.length].map((t) => t.slice(0));
      },
      async timed() {
        const acks = Promise.all(ctx.tickBuffers.map((b) => ctx.table.update(b)));
        await call(acks, "updates");
        // A view call queued behind the updates is answered after every delta
        // they caused (Perspective may fold pipelined updates into fewer deltas;
        // after() checks that none arrives later).
        await call(ctx.view.num_rows(), "num_rows");
        if (ctx.deltas === 0) {
          throw new Error("no delta arrived");
        }
        ctx.deltasInTime = ctx.deltas;
        return `${ctx.deltas} deltas`;
      },
      async after() {
        await new Promise((resolve) => setTimeout(resolve, LATE_DELTA_MS));
        const late = ctx.deltas - ctx.deltasInTime;
        await call(ctx.view.delete(), "view delete");
        return `last delta ${await arrowRowCount(ctx.lastDeltaBuffer)} rows${late > 0 ? `, ${late} LATE` : ""}`;
      },
    },
  ];
}

async function measure(step, opts) {
  const times = [];
  let check = null;
  const started = performance.now();
  const total = opts.warmup + opts.reps;
  for (let rep = 0; rep < total; rep++) {
    if (rep > opts.warmup && performance.now() - started > opts.budgetMs) {
      break;
    }
    if (step.before) {
      await step.before(rep);
    }
    const t0 = performance.now();
    check = await step.timed();
    const ms = performance.now() - t0;
    if (step.after) {
      const more = await step.after();
      if (more) {
        check += `, ${more}`;
      }
    }
    if (rep >= opts.warmup) {
      times.push(ms);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { times, n: times.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), check };
}

async function run(args) {
  const [url, label, dataDir, out, ...rest] = args;
  if (!out) {
    usage();
  }
  const opts = { reps: 5, warmup: 1, budgetMs: 300_000, only: null };
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === "--only" && rest[i + 1]) {
      opts.only = rest[i + 1].split(",");
      continue;
    }
    const v = Number(rest[i + 1]);
    if (!Number.isFinite(v) || v < 0) {
      usage();
    }
    if (rest[i] === "--reps" && v >= 1) {
      opts.reps = v;
    } else if (rest[i] === "--warmup") {
      opts.warmup = v;
    } else if (rest[i] === "--budget-s") {
      opts.budgetMs = v * 1000;
    } else {
      usage();
    }
  }
  const ctx = { rowsArrow: arrayBufferOf(path.join(dataDir, "rows.arrow")) };
  // ticks-SS-BB.arrow: set SS, batch BB; each repetition of the update step sends its own set.
  ctx.tickSets = [];
  for (const f of fs.readdirSync(dataDir).filter((f) => /^ticks-\d+-\d+\.arrow$/.test(f)).sort()) {
    const set = Number(f.split("-")[1]);
    (ctx.tickSets[set] ??= []).push(arrayBufferOf(path.join(dataDir, f)));
  }
  if (ctx.tickSets.length === 0) {
    throw new Error(`no ticks-SS-BB.arrow in ${dataDir}`);
  }
  ctx.ticks = ctx.tickSets[0];
  const result = { label, url, opts, loadavgBefore: os.loadavg(), steps: {} };
  ctx.client = await within(perspective.websocket(url), 30_000, "connect");
  try {
    ctx.table = await call(ctx.client.table(ctx.rowsArrow.slice(0), { name: `sbs_${process.pid}`, index: "id" }),
      "table");
    ctx.rows = await call(ctx.table.size(), "size");
    const first = await within(perspective.table(ctx.ticks[0].slice(0)), 30_000, "local table");
    ctx.batchRows = await first.size();
    await first.delete();
    result.rows = ctx.rows;
    for (const step of steps(ctx).filter((s) => !opts.only || opts.only.includes(s.key))) {
      process.stderr.write(`[${label}] ${step.title} ... `);
      try {
        result.steps[step.key] = { title: step.title, ...(await measure(step, opts)) };
        const s = result.steps[step.key];
        process.stderr.write(`median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms (n=${s.n}; ${s.check})\n`);
      } catch (e) {
        result.steps[step.key] = { title: step.title, error: String(e?.message ?? e) };
        process.stderr.write(`FAILED: ${result.steps[step.key].error}\n`);
        await ctx.view?.delete().catch(() => {});
      }
      ctx.view = null;
    }
    await call(ctx.table.delete(), "table delete").catch(() => {});
  } finally {
    result.loadavgAfter = os.loadavg();
    fs.writeFileSync(out, JSON.stringify(result, null, 1));
    await Promise.resolve(ctx.client.terminate()).catch(() => {});
  }
}

/**
 * One server's results over several rounds (files of `run`), its times pooled
 * per step; a step that failed in any round is failed.
 */
function pooled(files) {
  const runs = files.map((f) => JSON.parse(fs.readFileSync(f, "utf8")));
  const R = { ...runs[0], steps: {}, rounds: runs.length, loadavgs: runs.map((r) => [r.loadavgBefore, r.loadavgAfter]) };
  for (const run of runs) {
    for (const [key, s] of Object.entries(run.steps)) {
      const p = (R.steps[key] ??= { title: s.title, times: [], checks: [] });
      if (s.error) {
        p.error ??= s.error;
      } else {
        p.times.push(...s.times);
        p.checks.push(s.check);
      }
    }
  }
  for (const p of Object.values(R.steps)) {
    const sorted = [...p.times].sort((x, y) => x - y);
    p.n = sorted.length;
    p.median = percentile(sorted, 50);
    p.p95 = percentile(sorted, 95);
    p.check = [...new Set(p.checks)].join(" / ");
  }
  return R;
}

function report([a, b]) {
  if (!b) {
    usage();
  }
  const A = pooled(a.split(","));
  const B = pooled(b.split(","));
  const ms = (s) => (s ? (s.error ? "FAILED" : `${s.median.toFixed(1)} (${s.p95.toFixed(1)})`) : "-");
  const rows = [["step", `${A.label} ms median (p95)`, `${B.label} ms median (p95)`, `ratio ${A.label}/${B.label}`,
    "checks"]];
  for (const key of new Set([...Object.keys(A.steps), ...Object.keys(B.steps)])) {
    const x = A.steps[key];
    const y = B.steps[key];
    const ok = x && y && !x.error && !y.error;
    const ratio = ok ? `${(x.median / y.median).toFixed(2)}x` : "-";
    const check = ok ? (x.check === y.check ? x.check : `${x.check} | ${y.check}`) : "";
    rows.push([(x ?? y).title, ms(x), ms(y), ratio, check]);
  }
  printTable(rows);
  for (const R of [A, B]) {
    for (const s of Object.values(R.steps)) {
      if (s.error) {
        console.log(`${R.label} failed "${s.title}": ${s.error}`);
      }
    }
    const la = (l) => l.map((v) => v.toFixed(2)).join(" ");
    console.log(`${R.label}: ${R.rows} rows, ${R.rounds} round(s) of ${R.opts.reps} reps after ${R.opts.warmup} `
      + `warm-up; load average (1/5/15 min) ${R.loadavgs.map(([x, y]) => `${la(x)} before, ${la(y)} after`)
        .join("; ")}`);
  }
}

dispatch({ run: async (args) => { await run(args); process.exit(0); }, report }, usage);
