// The fan-out comparison's client: N stock @perspective-dev/client 5.5.1
// clients, spread over a few Node processes, each with one live view of a
// table and a row-mode on_update, while a publisher (this process) sends
// keyed updates into the table at a fixed rate; against whichever server the
// URL names (Perspective's own Node server or Parallax). Run one server at a time.
//
//   node fanout.mjs run URL LABEL DATA_DIR OUT.json --subscribers N [--processes P] [--rate R]
//        [--warmup-s S] [--seconds S] [--drain-s S] [--server-pid PID]
//   node fanout.mjs report A.json[,A2.json..] B.json[,B2.json..]   (one file per subscriber count)
//
// DATA_DIR holds rows.arrow and ticks-NNNNN.arrow (written by FanOutData).
// Batch k sets the marker row's price to -(k + 1); the one negative price in a
// delta names the newest batch it carries, so each batch's latency (its send
// to its arrival at each subscriber, folded or not) is known on either server.
// Times are process.hrtime (CLOCK_MONOTONIC, one clock for every process).
// Every wait is bounded; a run that fails writes its error into OUT.json.
import perspective from "@perspective-dev/client";
import { tableFromIPC } from "apache-arrow";
import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { arrayBufferOf, dispatch, percentile, printTable, within } from "./common.mjs";

/** The view of subscriber i is VIEWS[i % 3]: the same three as the Java harness (ViewMix). */
const VIEWS = [
  { title: "flat, sort price desc", marker: "price", config: { sort: [["price", "desc"]] } },
  {
    title: "group_by sym (sum qty, avg price, unique sym)",
    marker: "price",
    config: { group_by: ["sym"], columns: ["sym", "qty", "price"], aggregates: { sym: "unique", qty: "sum", price: "avg" } },
  },
  {
    title: "group_by sym x split_by side (sum qty, avg price, unique sym)",
    marker: "buy|price",
    config: {
      group_by: ["sym"], split_by: ["side"], columns: ["sym", "qty", "price"],
      aggregates: { sym: "unique", qty: "sum", price: "avg" },
    },
  },
];
/** No single call may take longer than this. */
const CALL_TIMEOUT_MS = 120_000;
/** Every subscriber must be subscribed within this. */
const SETUP_TIMEOUT_MS = 600_000;
/** Linux's clock ticks per second in /proc/PID/stat. */
const CLOCK_TICKS = 100;

const call = (promise, what) => within(promise, CALL_TIMEOUT_MS, what);
const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function usage() {
  console.error("usage: node fanout.mjs run URL LABEL DATA_DIR OUT.json --subscribers N [--processes P] [--rate R]"
    + " [--warmup-s S] [--seconds S] [--drain-s S] [--server-pid PID]\n"
    + "       node fanout.mjs report A.json[,A2.json...] B.json[,B2.json...]");
  process.exit(2);
}

/** CPU seconds the process has used (user + system), from /proc; null when it cannot be read. */
function processCpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** The process's resident memory now and at its peak, in MB, from /proc. */
function processMemoryMb(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return { rss: null, peak: null };
  }
}

/** The batch the delta's marker names (the newest it carries), or -1. */
function newestBatch(delta, column) {
  const vector = tableFromIPC(delta).getChild(column);
  if (!vector) {
    return -1;
  }
  const values = vector.toArray();
  for (let r = 0; r < values.length; r++) {
    if (values[r] < 0 && vector.isValid(r)) {
      return -values[r] - 1;
    }
  }
  return -1;
}

// ---------------------------------------------------------------------------
// A subscriber process: subscribers first..first+count-1.
// ---------------------------------------------------------------------------

async function subscribe([url, tableName, first, count]) {
  const subs = [];
  for (let i = Number(first); i < Number(first) + Number(count); i++) {
    const kind = VIEWS[i % VIEWS.length];
    const client = await within(perspective.websocket(url), 30_000, "connect");
    const table = await call(client.open_table(tableName), "open_table");
    const view = await call(table.view(kind.config), "view");
    const s = { kind, client, view, newest: [], arrivals: [], bytes: [], deltas: 0, unmarked: 0, covered: 0, error: null };
    await call(view.on_update(({ delta }) => {
      const at = nowMs();
      s.deltas++;
      try {
        const k = newestBatch(delta, kind.marker);
        if (k < 0) {
          s.unmarked++;
          return;
        }
        s.newest.push(k);
        s.arrivals.push(at);
        s.bytes.push(delta.byteLength);
        s.covered = Math.max(s.covered, k + 1);
      } catch (e) {
        s.error ??= `${kind.title}: ${e?.message ?? e}`;
      }
    }, { mode: "row" }), "on_update");
    subs.push(s);
  }
  let cpuStart = null;
  process.on("message", async (m) => {
    if (m.type === "start") {
      cpuStart = process.cpuUsage();
    } else if (m.type === "finish") {
      const deadline = nowMs() + m.drainMs;
      while (nowMs() < deadline && subs.some((s) => s.covered < m.batches)) {
        await sleep(1);
      }
      process.send({ type: "caught", at: Math.max(0, ...subs.flatMap((s) => s.arrivals.slice(-1))) });
      const cpu = process.cpuUsage(cpuStart ?? undefined);
      process.send({ type: "result", ...tally(subs, m), cpuSeconds: (cpu.user + cpu.system) / 1e6 });
    } else if (m.type === "exit") {
      // Only once the parent has every message: an exit may reach it before the last of them.
      await Promise.all(subs.map((s) => Promise.resolve(s.client.terminate()).catch(() => {})));
      process.exit(0);
    }
  });
  process.send({ type: "ready" });
}

/** Latencies (ms) of every measured batch at every subscriber, and the counts, as in the Java harness. */
function tally(subs, { sendMs, recordFrom, batches }) {
  const latencies = [];
  const t = {
    measuredDeltas: 0, measuredBytes: 0, folded: 0, unmarked: 0, behind: 0, minDeltas: Infinity, minSeen: Infinity,
    errors: [],
  };
  for (const s of subs) {
    let covered = 0;
    for (let j = 0; j < s.newest.length; j++) {
      const n = s.newest[j];
      for (let k = Math.max(covered, recordFrom); k <= n; k++) {
        latencies.push(s.arrivals[j] - sendMs[k]);
      }
      t.folded += Math.max(0, n - covered);
      covered = Math.max(covered, n + 1);
      if (n >= recordFrom) {
        t.measuredDeltas++;
        t.measuredBytes += s.bytes[j];
      }
    }
    t.unmarked += s.unmarked;
    t.behind += s.covered < batches ? 1 : 0;
    t.minDeltas = Math.min(t.minDeltas, s.deltas);
    t.minSeen = Math.min(t.minSeen, s.covered);
    if (s.error) {
      t.errors.push(s.error);
    }
  }
  return { latencies, ...t };
}

// ---------------------------------------------------------------------------
// The coordinator: table, subscriber processes, publisher, results.
// ---------------------------------------------------------------------------

function options(rest) {
  const o = { subscribers: 1, processes: 2, rate: 20, warmupS: 10, seconds: 20, drainS: 30, serverPid: null };
  const names = {
    "--subscribers": "subscribers", "--processes": "processes", "--rate": "rate", "--warmup-s": "warmupS",
    "--seconds": "seconds", "--drain-s": "drainS", "--server-pid": "serverPid",
  };
  for (let i = 0; i < rest.length; i += 2) {
    const key = names[rest[i]];
    const v = Number(rest[i + 1]);
    if (!key || !Number.isFinite(v) || v < 0) {
      usage();
    }
    o[key] = v;
  }
  if (o.subscribers < 1 || o.processes < 1 || o.rate <= 0 || o.seconds <= 0 || o.seconds > 600 || o.warmupS > 600
    || o.drainS > 600) {
    usage();
  }
  return o;
}

/** Forks the subscriber processes; resolves once all are subscribed. */
async function startSubscribers(url, tableName, o) {
  const p = Math.min(o.processes, o.subscribers);
  const children = [];
  let first = 0;
  for (let c = 0; c < p; c++) {
    const count = Math.floor(o.subscribers / p) + (c < o.subscribers % p ? 1 : 0);
    const child = fork(fileURLToPath(import.meta.url), ["subscribe", url, tableName, String(first), String(count)],
      { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    child.inbox = [];
    child.on("message", (m) => child.inbox.push(m));
    children.push(child);
    first += count;
  }
  await within(Promise.all(children.map((child) => new Promise((resolve, reject) => {
    child.on("message", (m) => m.type === "ready" && resolve());
    child.on("exit", (code) => reject(new Error(`a subscriber process exited (${code}) before subscribing`)));
  }))), SETUP_TIMEOUT_MS, "subscribing");
  return children;
}

/** The next message of `type` from `child` (already come or coming). */
function message(child, type, ms) {
  return within(new Promise((resolve, reject) => {
    const take = () => {
      const i = child.inbox.findIndex((m) => m.type === type);
      if (i >= 0) {
        resolve(child.inbox.splice(i, 1)[0]);
        return true;
      }
      return false;
    };
    if (!take()) {
      child.on("message", take);
      child.on("exit", (code) => reject(new Error(`a subscriber process exited (${code})`)));
    }
  }), ms, `subscriber process: ${type}`);
}

async function run(args) {
  const [url, label, dataDir, out, ...rest] = args;
  if (!out) {
    usage();
  }
  const o = options(rest);
  const recordFrom = Math.round(o.warmupS * o.rate);
  const batches = recordFrom + Math.max(1, Math.round(o.seconds * o.rate));
  const files = fs.readdirSync(dataDir).filter((f) => /^ticks-\d+\.arrow$/.test(f)).sort();
  if (files.length < batches) {
    throw new Error(`${dataDir} has ${files.length} batches; this run sends ${batches}`);
  }
  const ticks = files.slice(0, batches).map((f) => arrayBufferOf(path.join(dataDir, f)));
  const result = { label, url, ...o, loadavgBefore: os.loadavg() };
  const client = await within(perspective.websocket(url), 30_000, "connect");
  let children = [];
  try {
    const tableName = `fanout_${process.pid}`;
    const table = await call(client.table(arrayBufferOf(path.join(dataDir, "rows.arrow")), { name: tableName, index: "id" }),
      "table");
    result.rows = await call(table.size(), "size");
    const setupStart = nowMs();
    children = await startSubscribers(url, tableName, o);
    result.setupS = (nowMs() - setupStart) / 1000;
    process.stderr.write(`[${label}] ${o.subscribers} subscribers in ${result.setupS.toFixed(1)} s; publishing ... `);

    const sendMs = new Array(batches).fill(0);
    const acks = [];
    let late = 0;
    let start = null;
    const t0 = nowMs();
    for (let k = 0; k < batches; k++) {
      const due = t0 + k * (1000 / o.rate);
      const wait = due - nowMs();
      if (wait > 0) {
        await sleep(wait);
      }
      if (k === recordFrom) {
        start = { at: nowMs(), server: o.serverPid && processCpuSeconds(o.serverPid), self: process.cpuUsage() };
        children.forEach((c) => c.send({ type: "start" }));
      }
      sendMs[k] = nowMs();
      late = Math.max(late, sendMs[k] - due);
      acks.push(table.update(ticks[k]));
    }
    const selfCpu = process.cpuUsage(start.self);
    children.forEach((c) => c.send({ type: "finish", sendMs, recordFrom, batches, drainMs: o.drainS * 1000 }));
    const drainMs = o.drainS * 1000 + CALL_TIMEOUT_MS;
    const caught = await Promise.all(children.map((c) => message(c, "caught", drainMs)));
    const end = Math.max(...caught.map((m) => m.at));
    const serverEnd = o.serverPid && processCpuSeconds(o.serverPid);
    const windowS = (Math.max(end, sendMs[batches - 1]) - start.at) / 1000;
    const parts = await Promise.all(children.map((c) => message(c, "result", CALL_TIMEOUT_MS)));
    children.forEach((c) => c.send({ type: "exit" }));
    const updates = await call(Promise.allSettled(acks), "update acks");

    const latencies = parts.flatMap((p) => p.latencies).sort((a, b) => a - b);
    const sum = (key) => parts.reduce((a, p) => a + p[key], 0);
    Object.assign(result, {
      batches: batches - recordFrom,
      windowS,
      latencyMs: {
        n: latencies.length,
        p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99),
        max: latencies[latencies.length - 1],
      },
      deltasPerS: sum("measuredDeltas") / windowS,
      mbPerS: sum("measuredBytes") / 1e6 / windowS,
      folded: sum("folded"),
      unmarked: sum("unmarked"),
      behind: sum("behind"),
      minDeltas: Math.min(...parts.map((p) => p.minDeltas)),
      sent: batches,
      minSeen: Math.min(...parts.map((p) => p.minSeen)),
      serverCores: o.serverPid && serverEnd != null && start.server != null ? (serverEnd - start.server) / windowS : null,
      server: o.serverPid ? processMemoryMb(o.serverPid) : null,
      clientCores: (sum("cpuSeconds") + (selfCpu.user + selfCpu.system) / 1e6) / windowS,
      publisherLateMs: late,
      errors: [
        ...parts.flatMap((p) => p.errors),
        ...updates.filter((u) => u.status === "rejected").slice(0, 3).map((u) => `update: ${u.reason?.message ?? u.reason}`),
      ],
    });
    const l = result.latencyMs;
    process.stderr.write(`p50 ${l.p50?.toFixed(1)} ms, p99 ${l.p99?.toFixed(1)} ms, `
      + `${result.deltasPerS.toFixed(0)} deltas/s, ${result.behind} behind\n`);
  } catch (e) {
    result.error = String(e?.message ?? e);
    process.stderr.write(`FAILED: ${result.error}\n`);
  } finally {
    await within(Promise.all(children.map((c) => (c.exitCode !== null ? null
      : new Promise((resolve) => c.on("exit", resolve))))), 10_000, "subscriber processes exiting").catch(() => {});
    children.forEach((c) => c.exitCode === null && c.kill("SIGKILL"));
    result.loadavgAfter = os.loadavg();
    fs.writeFileSync(out, JSON.stringify(result, null, 1));
    await Promise.resolve(client.terminate()).catch(() => {});
  }
}

// ---------------------------------------------------------------------------
// The report: both servers, level by level.
// ---------------------------------------------------------------------------

function report([a, b]) {
  if (!b) {
    usage();
  }
  const load = (list) => new Map(list.split(",").filter((f) => fs.existsSync(f))
    .map((f) => JSON.parse(fs.readFileSync(f, "utf8"))).map((r) => [r.subscribers, r]));
  const A = load(a);
  const B = load(b);
  const levels = [...new Set([...A.keys(), ...B.keys()])].sort((x, y) => x - y);
  const any = A.values().next().value ?? B.values().next().value;
  const la = A.values().next().value?.label ?? "A";
  const lb = B.values().next().value?.label ?? "B";
  const f = (v, d = 1) => (v == null || !Number.isFinite(v) ? "-" : v.toFixed(d));
  const lat = (r) => {
    if (!r || r.error) {
      return `FAILED${r?.error ? `: ${r.error}` : ""}`;
    }
    return r.latencyMs.n === 0 ? "none arrived in time"
      : `${f(r.latencyMs.p50)} / ${f(r.latencyMs.p90)} / ${f(r.latencyMs.p99)} / ${f(r.latencyMs.max)}`;
  };
  const ratio = (x, y, key) => (x && y && !x.error && !y.error && x.latencyMs.n > 0 && y.latencyMs.n > 0
    && x.behind === 0 && y.behind === 0 ? `${f(x.latencyMs[key] / y.latencyMs[key], 2)}x` : "-");
  const rows = [["subscribers", `${la} p50 / p90 / p99 / max ms`, `${lb} p50 / p90 / p99 / max ms`, "p50 ratio",
    "p99 ratio", "deltas/s", "MB/s", "folded", "behind", "batches seen / sent", "server CPU (cores)",
    "server RSS peak MB",
    "client CPU (cores)"]];
  const both = (x, y, g) => `${x && !x.error ? g(x) : "-"} / ${y && !y.error ? g(y) : "-"}`;
  for (const n of levels) {
    const x = A.get(n);
    const y = B.get(n);
    rows.push([String(n), lat(x), lat(y), ratio(x, y, "p50"), ratio(x, y, "p99"),
      both(x, y, (r) => f(r.deltasPerS, 0)), both(x, y, (r) => f(r.mbPerS, 2)), both(x, y, (r) => String(r.folded)),
      both(x, y, (r) => String(r.behind)), both(x, y, (r) => `${r.minSeen ?? "?"} of ${r.sent ?? "?"}`),
      both(x, y, (r) => f(r.serverCores, 2)),
      both(x, y, (r) => f(r.server?.peak, 0)), both(x, y, (r) => f(r.clientCores, 2))]);
  }
  console.log(`# Fan-out: ${la} vs ${lb}, stock @perspective-dev/client 5.5.1 subscribers\n`);
  console.log(`${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC; ${os.cpus().length} cores`
    + ` (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}. ${any?.rows ?? "?"} rows (indexed by id, the last`
    + ` the marker), ${any?.rate} batches/s, ${any?.warmupS} s warm-up, ${any?.seconds} s measured; each server`
    + ` alone on the machine in turn, with the same data and update stream; the subscribers run in`
    + ` ${any?.processes} Node process(es) and the publisher in one more, all sharing the machine's cores with`
    + ` the server. Ratios are ${la} / ${lb}, only where both kept up. "a / b" cells are ${la} / ${lb}. Latency`
    + ` percentiles cover the measured batches that arrived before the drain time ran out; "behind": subscribers`
    + ` without the last batch by then; "batches seen": the newest batch the furthest-behind subscriber had.\n`);
  printTable(rows);
  for (const R of [...A.values(), ...B.values()]) {
    for (const e of R.errors ?? []) {
      console.log(`\n- ${R.label} at ${R.subscribers}: ${e}`);
    }
  }
}

dispatch({ run: async (args) => { await run(args); process.exit(0); }, subscribe, report }, usage);
