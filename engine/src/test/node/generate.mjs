// Conformance fixture generator for Parallax.
//
// Replays every case in corpus/*.json through the REAL Perspective engine
// (@perspective-dev/client, pinned in package.json) and writes the same cases,
// with an "expected" field filled in for the table and for every step, to
// ../resources/conformance/<corpus-name>.json. It also writes
// ../resources/conformance/features.json (the engine's GetFeaturesResp).
//
// Usage:  npm ci && node generate.mjs [corpus-name ...]
//
// Output is deterministic: no wall-clock time, no randomness, JSON
// pretty-printed with a 1-space indent. Row objects and to_columns maps keep
// Perspective's key order (it is the column order); maps Perspective returns
// in hash order (schemas, expression schemas, config.aggregates,
// config.expressions, validate_expressions results) are written with sorted
// keys.

import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

// Record under TZ=UTC so that no local-time conversion can leak into the
// fixtures (5.5.1 parses and prints datetimes as UTC whatever the TZ is; this
// is a safeguard): re-run ourselves if needed.
if (process.env.TZ !== "UTC") {
    const r = spawnSync(process.execPath, process.argv.slice(1), {
        env: { ...process.env, TZ: "UTC" },
        stdio: "inherit",
    });
    process.exit(r.status ?? 1);
}

const { default: perspective, make_session } = await import("@perspective-dev/client");
const arrow = await import("apache-arrow");
const { tableFromIPC } = arrow;

const HERE = path.dirname(fileURLToPath(import.meta.url));
const CORPUS_DIR = path.join(HERE, "corpus");
const OUT_DIR = path.resolve(HERE, "../resources/conformance");

// ---------------------------------------------------------------------------
// Normalisation to plain JSON
// ---------------------------------------------------------------------------

function normalise(value) {
    if (value === undefined) return null;
    if (value === null) return null;
    switch (typeof value) {
        case "bigint":
            return Number(value);
        case "number":
            if (Number.isNaN(value)) return "NaN";
            if (value === Infinity) return "Infinity";
            if (value === -Infinity) return "-Infinity";
            if (Object.is(value, -0)) return 0;
            return value;
        case "string":
        case "boolean":
            return value;
        case "function":
        case "symbol":
            return String(value);
    }
    if (value instanceof Date) return value.getTime();
    if (ArrayBuffer.isView(value) || Array.isArray(value)) {
        return Array.from(value, normalise);
    }
    if (value instanceof Map) {
        const out = {};
        for (const [k, v] of value) out[String(k)] = normalise(v);
        return out;
    }
    const out = {};
    for (const k of Object.keys(value)) out[k] = normalise(value[k]);
    return out;
}

// Perspective returns several unordered maps (view/table schema, expression
// schema, config.aggregates, config.expressions, validate_expressions maps)
// whose key order changes from call to call. Those are emitted with their
// keys sorted so the fixtures stay stable when the corpus changes.
function sortKeys(obj) {
    if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return obj;
    if (obj.error !== undefined && Object.keys(obj).length === 1) return obj;
    const out = {};
    for (const k of Object.keys(obj).sort()) out[k] = obj[k];
    return out;
}

function normaliseConfig(config) {
    if (config === null || typeof config !== "object" || config.error !== undefined) return config;
    const out = { ...config };
    for (const k of ["expressions", "aggregates"]) {
        if (out[k] && typeof out[k] === "object" && !Array.isArray(out[k])) out[k] = sortKeys(out[k]);
    }
    return out;
}

function normaliseValidation(result) {
    if (result === null || typeof result !== "object" || result.error !== undefined) return result;
    const out = {};
    for (const k of Object.keys(result).sort()) out[k] = sortKeys(result[k]);
    return out;
}

function errorMessage(e) {
    if (e === null || e === undefined) return String(e);
    if (typeof e === "string") return e;
    if (typeof e.message === "string") return e.message;
    return String(e);
}

// Runs `fn`; returns its normalised result, or {"error": msg} if it throws.
async function attempt(fn) {
    try {
        return normalise(await fn());
    } catch (e) {
        return { error: errorMessage(e) };
    }
}

// ---------------------------------------------------------------------------
// Arrow IPC decoding (deltas and to_arrow)
// ---------------------------------------------------------------------------

function decodeArrow(buffer) {
    if (buffer === undefined || buffer === null) return null;
    const bytes =
        buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    const table = tableFromIPC(bytes);
    const fields = table.schema.fields;
    const columns = fields.map((f) => f.name);
    const types = fields.map((f) => String(f.type));
    const vectors = fields.map((_, i) => table.getChildAt(i));
    const rows = [];
    for (let r = 0; r < table.numRows; r++) {
        rows.push(vectors.map((v) => normalise(v.get(r))));
    }
    return { columns, types, rows };
}

// Arrow input: {"columns": [{"name", "type", "values"}]} as an IPC stream, one
// batch. 64-bit values are given as strings so that they stay exact in JSON.
const ARROW_TYPES = {
    int32: () => new arrow.Int32(),
    int64: () => new arrow.Int64(),
    uint32: () => new arrow.Uint32(),
    uint64: () => new arrow.Uint64(),
    float64: () => new arrow.Float64(),
    utf8: () => new arrow.Utf8(),
};

function arrowBytes(data) {
    const vectors = {};
    for (const c of data.columns) {
        const make = ARROW_TYPES[c.type];
        if (!make) throw new Error(`unknown arrow type ${c.type}`);
        const big = c.type === "int64" || c.type === "uint64";
        const values = c.values.map((v) => (v === null ? null : big ? BigInt(v) : v));
        vectors[c.name] = arrow.vectorFromArray(values, make());
    }
    return arrow.tableToIPC(new arrow.Table(vectors), "stream").buffer;
}

function payload(format, data) {
    return format === "arrow" ? arrowBytes(data) : data;
}

// ---------------------------------------------------------------------------
// Features (GetFeaturesReq over the raw protocol; the JS Client does not
// expose get_features in this version)
// ---------------------------------------------------------------------------

const COLUMN_TYPES = ["string", "date", "datetime", "integer", "float", "boolean"];
const GROUP_ROLLUP_MODES = ["rollup", "flat", "total"];
const SPLIT_ROLLUP_MODES = ["flat", "rollup"];

// Minimal protobuf wire-format reader: returns [{field, wire, value}] where
// value is a bigint for varints and a Uint8Array for length-delimited fields.
function readProto(bytes) {
    const out = [];
    let pos = 0;
    const varint = () => {
        let result = 0n;
        let shift = 0n;
        for (;;) {
            const b = bytes[pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0) return result;
            shift += 7n;
        }
    };
    while (pos < bytes.length) {
        const key = Number(varint());
        const field = key >>> 3;
        const wire = key & 7;
        if (wire === 0) {
            out.push({ field, wire, value: varint() });
        } else if (wire === 2) {
            const len = Number(varint());
            out.push({ field, wire, value: bytes.subarray(pos, pos + len) });
            pos += len;
        } else if (wire === 1) {
            out.push({ field, wire, value: bytes.subarray(pos, pos + 8) });
            pos += 8;
        } else if (wire === 5) {
            out.push({ field, wire, value: bytes.subarray(pos, pos + 4) });
            pos += 4;
        } else {
            throw new Error(`unsupported protobuf wire type ${wire}`);
        }
    }
    return out;
}

const utf8 = new TextDecoder();

// Values of a repeated enum field entry (packed or not).
function enumValues(entry) {
    if (entry.wire === 0) return [Number(entry.value)];
    const vals = [];
    const b = entry.value;
    let pos = 0;
    while (pos < b.length) {
        let result = 0;
        let shift = 0;
        for (;;) {
            const byte = b[pos++];
            result += (byte & 0x7f) * 2 ** shift;
            if ((byte & 0x80) === 0) break;
            shift += 7;
        }
        vals.push(result);
    }
    return vals;
}

function decodeTypeMap(entries, decodeValue) {
    const pairs = [];
    for (const e of entries) {
        let key = 0;
        let value = new Uint8Array(0);
        for (const m of readProto(e.value)) {
            if (m.field === 1) key = Number(m.value);
            if (m.field === 2) value = m.value;
        }
        pairs.push([key, decodeValue(value)]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    const out = {};
    for (const [k, v] of pairs) out[COLUMN_TYPES[k] ?? `type_${k}`] = v;
    return out;
}

function decodeFeatures(bytes) {
    const unknown = [];
    const f = {
        group_by: false,
        split_by: false,
        expressions: false,
        on_update: false,
        sort: false,
        unordered: false,
        group_rollup_mode: [],
        split_rollup_mode: [],
        filter_ops: {},
        aggregates: {},
        window_aggregates: {},
    };
    const filterEntries = [];
    const aggEntries = [];
    const windowEntries = [];
    for (const e of readProto(bytes)) {
        switch (e.field) {
            case 1: f.group_by = e.value !== 0n; break;
            case 2: f.split_by = e.value !== 0n; break;
            case 3: f.expressions = e.value !== 0n; break;
            case 4: f.on_update = e.value !== 0n; break;
            case 5: f.sort = e.value !== 0n; break;
            case 6: filterEntries.push(e); break;
            case 7: aggEntries.push(e); break;
            case 8:
                for (const v of enumValues(e))
                    f.group_rollup_mode.push(GROUP_ROLLUP_MODES[v] ?? `mode_${v}`);
                break;
            case 9: windowEntries.push(e); break;
            case 10: f.unordered = e.value !== 0n; break;
            case 11:
                for (const v of enumValues(e))
                    f.split_rollup_mode.push(SPLIT_ROLLUP_MODES[v] ?? `mode_${v}`);
                break;
            default:
                unknown.push(e.field);
        }
    }
    // ColumnTypeOptions { repeated string options = 1; }
    f.filter_ops = decodeTypeMap(filterEntries, (b) =>
        readProto(b).filter((m) => m.field === 1).map((m) => utf8.decode(m.value)),
    );
    // AggregateOptions { repeated AggregateArgs aggregates = 1; }
    // AggregateArgs { string name = 1; repeated ColumnType args = 2; }
    f.aggregates = decodeTypeMap(aggEntries, (b) =>
        readProto(b)
            .filter((m) => m.field === 1)
            .map((m) => {
                let name = "";
                const args = [];
                for (const a of readProto(m.value)) {
                    if (a.field === 1) name = utf8.decode(a.value);
                    if (a.field === 2)
                        for (const v of enumValues(a)) args.push(COLUMN_TYPES[v] ?? `type_${v}`);
                }
                return args.length === 0 ? name : [name, args];
            }),
    );
    // WindowAggregateOptions { repeated WindowAggregateArgs options = 1; }
    // WindowAggregateArgs { string name = 1; repeated string frames = 2;
    //   bool offset = 3; bool alpha = 4; optional ColumnType result_type = 5; }
    f.window_aggregates = decodeTypeMap(windowEntries, (b) =>
        readProto(b)
            .filter((m) => m.field === 1)
            .map((m) => {
                const spec = { name: "", frames: [], offset: false, alpha: false };
                for (const a of readProto(m.value)) {
                    if (a.field === 1) spec.name = utf8.decode(a.value);
                    if (a.field === 2) spec.frames.push(utf8.decode(a.value));
                    if (a.field === 3) spec.offset = a.value !== 0n;
                    if (a.field === 4) spec.alpha = a.value !== 0n;
                    if (a.field === 5) spec.result_type = COLUMN_TYPES[Number(a.value)];
                }
                return spec;
            }),
    );
    if (unknown.length > 0) f.unknown_proto_fields = unknown;
    return f;
}

async function getFeatures() {
    const responses = [];
    const session = await make_session(async (buf) => {
        responses.push(new Uint8Array(buf));
    });
    // Request { msg_id: 1, get_features_req (field 3): {} }
    await session.handle_request(new Uint8Array([0x08, 0x01, 0x1a, 0x00]));
    for (let i = 0; i < 100 && responses.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 10));
    }
    session.close();
    if (responses.length === 0) throw new Error("no GetFeaturesResp received");
    // Response { msg_id = 1; entity_id = 2; get_features_resp = 3; error = ... }
    for (const e of readProto(responses[0])) {
        if (e.field === 3 && e.wire === 2) return decodeFeatures(e.value);
    }
    throw new Error("response did not contain get_features_resp");
}

// ---------------------------------------------------------------------------
// Case execution
// ---------------------------------------------------------------------------

// Methods recorded by the "outputs" op (all exist on View in 5.5.1).
async function snapshot(view) {
    const out = {};
    out.schema = sortKeys(await attempt(() => view.schema()));
    out.expression_schema = sortKeys(await attempt(() => view.expression_schema()));
    out.num_rows = await attempt(() => view.num_rows());
    out.num_columns = await attempt(() => view.num_columns());
    out.dimensions = await attempt(() => view.dimensions());
    out.column_paths = await attempt(() => view.column_paths());
    out.config = normaliseConfig(await attempt(() => view.get_config()));
    out.to_json = await attempt(() => view.to_json());
    out.to_columns = await attempt(() => view.to_columns());
    out.to_csv = await attempt(() => view.to_csv());
    out.to_ndjson = await attempt(() => view.to_ndjson());
    out.to_json_id_index = await attempt(() => view.to_json({ id: true, index: true }));
    out.arrow = await attempt(async () => decodeArrow(await view.to_arrow()));
    if (out.schema && out.schema.error === undefined) {
        const mm = {};
        for (const col of Object.keys(out.schema)) {
            mm[col] = await attempt(() => view.get_min_max(col));
        }
        out.min_max = mm;
    } else {
        out.min_max = { error: "schema unavailable" };
    }
    return out;
}

function updateOptions(format) {
    switch (format) {
        case "csv":
            return { format: "csv" };
        case "ndjson":
            return { format: "ndjson" };
        case "rows":
        case "columns":
        case "arrow":
        case undefined:
            return undefined;
        default:
            throw new Error(`unknown data format ${format}`);
    }
}

async function createTable(spec) {
    const options = { ...(spec.options ?? {}) };
    switch (spec.format) {
        case "csv":
        case "rows":
        case "columns":
        case "schema":
        case "arrow":
            break;
        case "ndjson":
            options.format = "ndjson";
            break;
        default:
            throw new Error(`unknown table format ${spec.format}`);
    }
    return perspective.table(payload(spec.format, spec.data), options);
}

// Lets any pending on_update callbacks run.
async function settle(table) {
    await table.size();
    await new Promise((r) => setImmediate(r));
}

async function runCase(c) {
    const out = structuredClone(c);
    const views = new Map(); // id -> {view, deltas: []}
    let table;
    try {
        table = await createTable(c.table);
        out.table.expected = { ok: true };
    } catch (e) {
        // Table creation failed: the steps cannot run; each is marked so.
        out.table.expected = { error: errorMessage(e) };
        for (const step of out.steps ?? []) step.expected = { skipped: "table creation failed" };
        return out;
    }

    const failedViews = new Set(); // ids whose "view" step threw
    const viewOf = (id, stepIndex) => {
        const v = views.get(id);
        if (!v) throw new Error(`case ${c.name} step ${stepIndex}: unknown view id ${id}`);
        return v.view;
    };

    const mutation = async (fn) => {
        for (const v of views.values()) v.deltas.length = 0;
        let expected;
        try {
            await fn();
            await settle(table);
            expected = { size: await table.size() };
        } catch (e) {
            expected = { error: errorMessage(e) };
            try {
                await settle(table);
            } catch (_) {
                // ignore
            }
        }
        if (views.size > 0) {
            expected.deltas = {};
            for (const [id, v] of views) expected.deltas[id] = v.deltas.splice(0);
        }
        return expected;
    };

    for (let i = 0; i < (c.steps ?? []).length; i++) {
        const step = c.steps[i];
        let expected;
        if (step.op !== "view" && step.id !== undefined && failedViews.has(step.id)) {
            // The view could not be created; steps that use it cannot run.
            out.steps[i].expected = { skipped: "view creation failed" };
            if (step.op === "delete_view") failedViews.delete(step.id);
            continue;
        }
        switch (step.op) {
            case "update":
                expected = await mutation(() =>
                    table.update(payload(step.format, step.data), updateOptions(step.format)),
                );
                break;
            case "replace":
                expected = await mutation(() =>
                    table.replace(payload(step.format, step.data), updateOptions(step.format)),
                );
                break;
            case "remove":
                expected = await mutation(() => table.remove(step.keys));
                break;
            case "clear":
                expected = await mutation(() => table.clear());
                break;
            case "view": {
                if (views.has(step.id) || failedViews.has(step.id))
                    throw new Error(`case ${c.name}: duplicate view ${step.id}`);
                try {
                    const view = await table.view(step.config ?? {});
                    const entry = { view, deltas: [] };
                    await view.on_update(
                        (upd) => {
                            try {
                                entry.deltas.push(decodeArrow(upd.delta));
                            } catch (e) {
                                entry.deltas.push({ error: errorMessage(e) });
                            }
                        },
                        { mode: "row" },
                    );
                    views.set(step.id, entry);
                    expected = { ok: true };
                } catch (e) {
                    expected = { error: errorMessage(e) };
                    failedViews.add(step.id);
                }
                break;
            }
            case "outputs":
                expected = await snapshot(viewOf(step.id, i));
                break;
            case "window": {
                const view = viewOf(step.id, i);
                const w = { ...(step.window ?? {}) };
                if (step.id_index) {
                    w.id = true;
                    w.index = true;
                }
                expected = {
                    to_json: await attempt(() => view.to_json(w)),
                    to_columns: await attempt(() => view.to_columns(w)),
                    to_csv: await attempt(() => view.to_csv(w)),
                };
                break;
            }
            case "expand":
            case "collapse": {
                const view = viewOf(step.id, i);
                expected = {
                    result: await attempt(() => view[step.op](step.row)),
                    outputs: await snapshot(view),
                };
                break;
            }
            case "set_depth": {
                const view = viewOf(step.id, i);
                expected = {
                    result: await attempt(() => view.set_depth(step.depth)),
                    outputs: await snapshot(view),
                };
                break;
            }
            case "delete_view": {
                const view = viewOf(step.id, i);
                views.delete(step.id);
                try {
                    await view.delete();
                    expected = { ok: true };
                } catch (e) {
                    expected = { error: errorMessage(e) };
                }
                break;
            }
            case "table_meta":
                expected = {
                    size: await attempt(() => table.size()),
                    schema: sortKeys(await attempt(() => table.schema())),
                    columns: await attempt(() => table.columns()),
                    index: await attempt(() => table.get_index()),
                    limit: await attempt(() => table.get_limit()),
                };
                break;
            case "validate_expressions":
                expected = normaliseValidation(
                    await attempt(() => table.validate_expressions(step.expressions)),
                );
                break;
            default:
                throw new Error(`case ${c.name}: unknown op ${step.op}`);
        }
        out.steps[i].expected = expected;
    }

    for (const v of views.values()) {
        try {
            await v.view.delete();
        } catch (_) {
            // ignore
        }
    }
    try {
        await table.delete();
    } catch (_) {
        // ignore
    }
    return out;
}

function stringify(obj) {
    return JSON.stringify(obj, null, 1) + "\n";
}

async function main() {
    fs.mkdirSync(OUT_DIR, { recursive: true });
    const only = process.argv.slice(2);

    const features = await getFeatures();
    fs.writeFileSync(path.join(OUT_DIR, "features.json"), stringify(features));

    const corpora = fs
        .readdirSync(CORPUS_DIR)
        .filter((f) => f.endsWith(".json"))
        .sort();
    for (const file of corpora) {
        const name = file.replace(/\.json$/, "");
        if (only.length > 0 && !only.includes(name)) continue;
        const corpus = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, file), "utf8"));
        const seen = new Set();
        const cases = [];
        for (const c of corpus.cases) {
            if (seen.has(c.name)) throw new Error(`${file}: duplicate case name ${c.name}`);
            seen.add(c.name);
            cases.push(await runCase(c));
        }
        fs.writeFileSync(path.join(OUT_DIR, `${name}.json`), stringify({ cases }));
        console.log(`${name}: ${cases.length} cases`);
    }
}

main().then(
    () => process.exit(0),
    (e) => {
        console.error(e);
        process.exit(1);
    },
);
