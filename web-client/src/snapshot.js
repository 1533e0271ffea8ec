// The client-only design: a table in the browser loaded from a URL.
import { local } from "./engines.js";

const FORMATS = [
    ["arrow", /arrow|octet-stream|feather/, /\.(arrow|arrows|feather|ipc)$/],
    ["csv", /csv/, /\.csv$/],
    ["ndjson", /ndjson|jsonl/, /\.(ndjson|jsonl)$/],
    ["json", /json/, /\.json$/],
];

/**
 * Loads Arrow, CSV, JSON or NDJSON from `url` into a new table of the
 * browser's own engine; after that the page needs no server. For a hosted
 * table, `loadTable("/tables/market?format=arrow")` takes its snapshot.
 *
 * @param {string} url where the data is
 * @param {{client?: object, format?: string, index?: string, limit?: number, name?: string}} [options]
 *     `format`: `arrow`, `csv`, `json` or `ndjson` (by default from the
 *     response's content type, then the URL's extension); the rest as for
 *     Perspective's `client.table`
 */
export async function loadTable(url, options = {}) {
    const response = await fetch(url);
    if (!response.ok) {
        throw new Error(`Cannot load ${url}: HTTP ${response.status} ${await response.text()}`);
    }
    const format = options.format ?? formatOf(response.headers.get("content-type") ?? "", url);
    let data;
    if (format === "arrow") {
        data = await response.arrayBuffer();
    } else if (format === "json") {
        data = await response.json();
    } else {
        data = await response.text();
    }
    const tableOptions = {};
    for (const key of ["index", "limit", "name"]) {
        if (options[key] !== undefined) {
            tableOptions[key] = options[key];
        }
    }
    if (format === "ndjson") {
        tableOptions.format = "ndjson";
    }
    const client = options.client ?? (await local());
    return await client.table(data, tableOptions);
}

/**
 * Loads a snapshot of hosted table `name` into a new table of the browser's
 * own engine, keyed like the server's: its `index` (or `limit`) comes from
 * `GET /tables`, its rows as Arrow from `GET /tables/{name}?format=arrow`.
 *
 * @param {string} name the hosted table
 * @param {{rest?: string, client?: object}} [options] `rest`: where the server's REST
 *     routes are (`/tables` on this page's server by default)
 */
export async function loadHostedTable(name, options = {}) {
    const rest = options.rest ?? "/tables";
    const listing = await fetch(rest);
    if (!listing.ok) {
        throw new Error(`Cannot list the hosted tables at ${rest}: HTTP ${listing.status}`);
    }
    const hosted = (await listing.json()).find((t) => t.name === name);
    if (!hosted) {
        throw new Error(`The server hosts no table '${name}'`);
    }
    return await loadTable(`${rest}/${encodeURIComponent(name)}?format=arrow`, {
        client: options.client,
        format: "arrow",
        name,
        ...(hosted.index ? { index: hosted.index } : {}),
        ...(hosted.limit ? { limit: hosted.limit } : {}),
    });
}

function formatOf(contentType, url) {
    const path = new URL(url, location.href);
    const asked = path.searchParams.get("format");
    for (const [format, type, extension] of FORMATS) {
        if (type.test(contentType) || asked === format || extension.test(path.pathname)) {
            return format;
        }
    }
    throw new Error(`Cannot tell the format of ${url} (${contentType || "no content type"}): pass options.format`);
}
