// The demo pages: one live table, bound by the design the page is named for.
import { eventbus, loadHostedTable, local, onSessionLost, replicate, websocket } from "./parallax.js";

const TABLE = "market";
const DESIGNS = {
    "server-only": {
        blurb: "Table and views live on the server; the viewer fetches only the rows on screen.",
        transports: ["websocket", "eventbus"],
    },
    replicated: {
        blurb: "A copy in the browser, indexed like the server's, kept current by Arrow row deltas, removes included.",
        transports: ["websocket", "eventbus"],
    },
    "client-only": {
        blurb: "One Arrow snapshot over HTTP, loaded into the browser's own engine. No connection stays open.",
        transports: ["http"],
    },
};
const TRANSPORT_NAMES = { websocket: "WebSocket", eventbus: "Vert.x event bus", http: "HTTP snapshot" };
const SHORT_NAMES = { websocket: "WebSocket", eventbus: "Event bus", http: "HTTP" };

// Grouped by symbol and side, the busiest first.
const GROUPED = {
    plugin: "Datagrid",
    group_by: ["sym", "side"],
    expressions: { notional: '"qty" * "price"' },
    columns: ["qty", "price", "notional", "ts"],
    aggregates: { price: "avg", notional: "sum", ts: "max" },
    sort: [["qty", "desc"]],
    settings: false,
    theme: "Pro Dark",
    columns_config: {
        price: { number_format: { minimumFractionDigits: 2, maximumFractionDigits: 2 } },
        notional: { number_format: { notation: "compact", maximumFractionDigits: 2 } },
    },
};

// Where the engine serving the viewer has no pivots: every quote, the latest first.
const FLAT = {
    plugin: "Datagrid",
    columns: ["sym", "side", "qty", "price", "ts"],
    sort: [["ts", "desc"]],
    settings: false,
    theme: "Pro Dark",
    columns_config: {
        side: { fg_mode: "color", fg_color: "#b388ff" },
        price: { number_format: { minimumFractionDigits: 2, maximumFractionDigits: 2 } },
    },
};

const design = document.body.dataset.design;
const params = new URLSearchParams(location.search);
const transport = design === "client-only" ? "http" : params.get("transport") ?? "websocket";
const $ = (id) => document.getElementById(id);

/** What the browser tests read: the table the viewer shows and how many updates it has seen. */
const demo = (window.parallaxDemo = { design, transport, ticks: 0, sessionsLost: 0, ready: false, error: null });

describe();
main().catch((e) => {
    demo.error = String(e?.message ?? e);
    status("error", demo.error);
    console.error(e);
});

async function main() {
    if (!DESIGNS[design].transports.includes(transport)) {
        throw new Error(`Unknown transport '${transport}': use ${DESIGNS[design].transports.join(" or ")}`);
    }
    const viewer = $("viewer");
    let client;
    let table;
    if (design === "client-only") {
        client = await local();
        table = await loadHostedTable(TABLE, { rest: "tables" });
        demo.snapshotAt = new Date();
        offerNewSnapshots(table);
    } else {
        demo.client = transport === "eventbus"
            ? await eventbus("eventbus", { onStatus: (s) => demo.ready && status(s, s) })
            : await websocket("websocket");
        demo.serverTable = await demo.client.open_table(TABLE);
        if (design === "replicated") {
            client = await local();
            table = await replicate(demo.serverTable, { name: TABLE });
        } else {
            client = demo.client;
            table = demo.serverTable;
        }
    }
    demo.table = table;
    await viewer.load(client);
    const layout = (await groups(table)) ? GROUPED : FLAT;
    await viewer.restore({ ...layout, table: TABLE, title: `${TABLE} · ${title(design)}` });
    await count(table);
    if (transport === "eventbus") {
        // The server forgot this page (it restarted, or the page was away too long): the transport
        // made the views again and the viewer carries on; the replica takes a fresh snapshot itself.
        onSessionLost(demo.client, () => demo.sessionsLost++);
    }
    status("live", design === "client-only" ? "snapshot" : "live");
    demo.ready = true;
}

/** The client-only page's button: the table's rows replaced by a fresh snapshot, the layout kept. */
function offerNewSnapshots(table) {
    const button = $("refresh");
    button.hidden = false;
    button.onclick = async () => {
        button.disabled = true;
        try {
            const response = await fetch(`tables/${TABLE}?format=arrow`);
            await table.replace(await response.arrayBuffer(), { format: "arrow" });
            demo.snapshotAt = new Date();
            $("rate").textContent = demo.snapshotAt.toLocaleTimeString();
            $("rows").textContent = (await table.size()).toLocaleString();
        } finally {
            button.disabled = false;
        }
    };
}

/** Whether the engine behind `table` can group it (a server may serve flat views only). */
async function groups(table) {
    try {
        await (await table.view({ group_by: ["sym"], columns: ["qty"] })).delete();
        return true;
    } catch {
        return false;
    }
}

/** Counts the table's updates for the header, and keeps its size current. */
async function count(table) {
    $("rows").textContent = (await table.size()).toLocaleString();
    if (design === "client-only") {
        $("rate").textContent = demo.snapshotAt.toLocaleTimeString();
        $("rate-unit").textContent = "snapshot taken";
        return;
    }
    let recent = [];
    const view = await table.view({ columns: [] });
    await view.on_update(async () => {
        demo.ticks++;
        recent.push(performance.now());
        $("rows").textContent = (await table.size()).toLocaleString();
    });
    setInterval(() => {
        const now = performance.now();
        recent = recent.filter((t) => now - t < 2000);
        $("rate").textContent = (recent.length / 2).toFixed(1);
    }, 500);
}

function describe() {
    $("transport").textContent = TRANSPORT_NAMES[transport] ?? transport;
    $("transport").dataset.transport = transport;
    $("blurb").textContent = DESIGNS[design].blurb;
    const links = [];
    for (const [name, d] of Object.entries(DESIGNS)) {
        const choices = d.transports.map((t) => {
            const href = t === "http" ? `${name}.html` : `${name}.html?transport=${t}`;
            const here = name === design && t === transport;
            return `<a href="${href}"${here ? ' class="here"' : ""}>${SHORT_NAMES[t]}</a>`;
        });
        links.push(`<span class="group"><span class="label">${title(name)}</span>${choices.join("")}</span>`);
    }
    $("nav").innerHTML = links.join("");
    document.title = `Parallax · ${title(design)} · ${TRANSPORT_NAMES[transport] ?? transport}`;
}

function title(name) {
    return name.charAt(0).toUpperCase() + name.slice(1);
}

function status(kind, text) {
    $("status").className = `status ${kind}`;
    $("status").textContent = text;
}
