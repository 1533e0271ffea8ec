// Drives the demo pages in Debian's Chromium: `node test/browser.mjs BASE_URL SCREENSHOT_DIR [RESUME_MS]`,
// RESUME_MS being the server's bridge resume period (an outage twice as long loses the session).
// Prints one JSON line {"failures": n, "checks": [...]} and exits non-zero on any failure.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const base = process.argv[2] ?? "http://127.0.0.1:8080/";
const shots = process.argv[3] ?? "target/screenshots";
const resumeMillis = Number(process.argv[4] ?? 30000);
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ALL_PAGES = [
    ["client-only.html", null],
    ["server-only.html", "websocket"],
    ["server-only.html", "eventbus"],
    ["replicated.html", "websocket"],
    ["replicated.html", "eventbus"],
];
// ONLY=replicated.html?transport=eventbus (say) runs that page alone, when chasing one failure.
const PAGES = ALL_PAGES.filter(([path, transport]) =>
    !process.env.ONLY || process.env.ONLY === (transport ? `${path}?transport=${transport}` : path));

const checks = [];
function check(name, ok, detail = "") {
    const result = { name, ok: !!ok, ...(ok ? {} : { detail: String(detail) }) };
    checks.push(result);
    // As it happens, so that a run cut short still says how far it got.
    console.error(`${ok ? "ok" : "FAILED"}: ${name}${ok ? "" : ` (${result.detail})`}`);
}

mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), "parallax-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1400, height: 820 },
    args: [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
});

try {
    await home(context);
    for (const [path, transport] of PAGES) {
        await demoPage(context, path, transport);
    }
} catch (e) {
    check("the suite ran to its end", false, e.stack ?? e);
} finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
}

const failures = checks.filter((c) => !c.ok).length;
console.log(JSON.stringify({ failures, checks }));
process.exit(failures === 0 ? 0 : 1);

async function home(context) {
    const page = await context.newPage();
    await page.goto(new URL("./", base).href);
    const links = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const target of ["client-only.html", "server-only.html?transport=websocket", "server-only.html?transport=eventbus",
        "replicated.html?transport=websocket", "replicated.html?transport=eventbus"]) {
        check(`/ links to ${target}`, links.includes(target), links.join(" "));
    }
    await page.screenshot({ path: join(shots, "index.png") });
    await page.close();
}

async function demoPage(context, path, transport) {
    const label = transport ? `${path}?transport=${transport}` : path;
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("console", (m) => {
        if (m.type() === "error") {
            errors.push(`console: ${m.text()}`);
        }
        page.logs = [...(page.logs ?? []).slice(-15), `${m.type()}: ${m.text().slice(0, 300)}`];
    });
    await page.goto(new URL(transport ? `${path}?transport=${transport}` : path, base).href);

    const loaded = await page
        .waitForFunction(() => window.parallaxDemo?.ready || window.parallaxDemo?.error, null, { timeout: 60000 })
        .then(() => page.evaluate(() => window.parallaxDemo.error), () => "not ready after 60 s");
    const error = loaded && `${loaded} ${errors.join("\n")} ${(page.logs ?? []).join(" | ")}`;
    check(`${label}: loads`, !error, error);
    if (error) {
        await page.screenshot({ path: join(shots, screenshotName(path, transport)) });
        await page.close();
        return;
    }

    const header = await page.locator("header").innerText();
    const design = { "client-only.html": "Client-only", "server-only.html": "Server-only", "replicated.html": "Replicated" }[path];
    const transportName = { websocket: "WebSocket", eventbus: "Vert.x event bus" }[transport] ?? "HTTP snapshot";
    check(`${label}: header names design and transport`, header.includes(design) && header.includes(transportName), header);

    const rows = await page.evaluate(() => window.parallaxDemo.table.size());
    check(`${label}: the viewer's table holds rows`, rows >= 10000, rows);

    await gridShowsCells(page, label);

    if (transport) {
        await ticks(page, label, "the data ticks");
        await gridChanges(page, label);
    }
    if (path === "replicated.html") {
        await replicaSeesRemove(page, label);
        await replicaSeesClear(page, label);
    }
    if (path === "client-only.html") {
        await newSnapshot(page, label);
    }
    if (transport === "eventbus") {
        await page.evaluate(() => window.parallaxDemo.client.__parallax_drop__());
        await page.waitForTimeout(500);
        await ticks(page, label, "ticks again after a dropped connection");
        check(`${label}: a short drop resumes the session`, (await page.evaluate(() => window.parallaxDemo.sessionsLost)) === 0);

        await page.evaluate(() => { document.getElementById("viewer").dataset.before = "outage"; });
        await page.evaluate((ms) => window.parallaxDemo.client.__parallax_drop__(ms), 2 * resumeMillis);
        await page.waitForFunction(() => window.parallaxDemo.sessionsLost > 0, null, { timeout: 4 * resumeMillis + 15000 })
            .catch(() => {});
        check(`${label}: a long outage is noticed as a lost session`, (await page.evaluate(() => window.parallaxDemo.sessionsLost)) === 1);
        await ticks(page, label, "resubscribes and ticks again after its session was lost");
        await gridShowsCells(page, `${label} after resubscribing`);
        check(`${label}: the same viewer carries on after its session was lost`,
            (await page.evaluate(() => document.getElementById("viewer").dataset.before)) === "outage");
        await gridChanges(page, `${label} after resubscribing`);
        if (path === "replicated.html") {
            await replicaSeesRemove(page, `${label} after resubscribing`);
        }
    }
    await page.screenshot({ path: join(shots, screenshotName(path, transport)) });
    check(`${label}: no page errors`, errors.length === 0, errors.join("\n"));
    await page.close();
}

async function gridChanges(page, label) {
    const before = await gridText(page);
    let changed = false;
    for (let i = 0; i < 20 && !changed; i++) {
        await page.waitForTimeout(250);
        changed = (await gridText(page)) !== before;
    }
    check(`${label}: the grid's cells change`, changed);
}

async function gridShowsCells(page, label) {
    const cells = page.locator("perspective-viewer-datagrid regular-table tbody td");
    await cells.first().waitFor({ timeout: 30000 }).catch(() => {});
    const texts = await cells.allInnerTexts();
    check(`${label}: the grid shows cells`, texts.filter((t) => t.trim() !== "").length >= 20, texts.slice(0, 10).join("|"));
}

async function ticks(page, label, what) {
    const before = await page.evaluate(() => window.parallaxDemo.ticks);
    await page.waitForFunction((n) => window.parallaxDemo.ticks >= n + 3, before, { timeout: 15000 }).catch(() => {});
    const after = await page.evaluate(() => window.parallaxDemo.ticks);
    const status = await page.locator("#status").innerText();
    check(`${label}: ${what}`, after >= before + 3, `${before} -> ${after}, status ${status}; ${(page.logs ?? []).join(" | ")}`);
}

/** Removes a key on the server, through the page's server table, and watches for it to leave the replica. */
async function replicaSeesRemove(page, label) {
    const result = await page.evaluate(async () => {
        const { serverTable, table } = window.parallaxDemo;
        const id = 1 + Math.floor(Math.random() * 19000);
        const view = await table.view({ filter: [["id", "==", id]], columns: ["id"] });
        const present = await view.num_rows();
        await serverTable.remove([id]);
        const deadline = Date.now() + 10000;
        let gone = false;
        while (!gone && Date.now() < deadline) {
            gone = (await view.num_rows()) === 0;
            if (!gone) {
                await new Promise((r) => setTimeout(r, 20));
            }
        }
        await view.delete();
        return { id, present, gone };
    });
    check(`${label}: a server-side remove reaches the replica`, result.present === 1 && result.gone, JSON.stringify(result));
}

/** The client-only page stands still until asked for a new snapshot, which brings the server's changes. */
async function newSnapshot(page, label) {
    const before = await gridText(page);
    await page.waitForTimeout(1500);
    check(`${label}: the snapshot stands still`, (await gridText(page)) === before);
    await page.click("#refresh");
    let changed = false;
    for (let i = 0; i < 40 && !changed; i++) {
        await page.waitForTimeout(250);
        changed = (await gridText(page)) !== before;
    }
    check(`${label}: a new snapshot brings the server's changes`, changed);
}

/** Replicates the server's `scratch` table with the page's module, clears it on the server, and watches the copy empty. */
async function replicaSeesClear(page, label) {
    const result = await page.evaluate(async () => {
        const { replicate } = await import("./parallax.js");
        const serverTable = await window.parallaxDemo.client.open_table("scratch");
        const replica = await replicate(serverTable, { name: `scratch-${Math.random()}` });
        const before = await replica.size();
        const index = await replica.get_index();
        await serverTable.clear();
        const deadline = Date.now() + 10000;
        let after = before;
        while (after > 0 && Date.now() < deadline) {
            await new Promise((r) => setTimeout(r, 20));
            after = await replica.size();
        }
        await serverTable.update([{ id: 1, x: 1.5 }, { id: 2, x: 2.5 }, { id: 3, x: 3.5 }]);
        await replica.stop();
        return { before, index, after };
    });
    check(`${label}: a replica takes the server's index and sees a clear`,
        result.before === 3 && result.index === "id" && result.after === 0, JSON.stringify(result));
}

async function gridText(page) {
    return (await page.locator("perspective-viewer-datagrid regular-table tbody").allInnerTexts()).join("\n");
}

function screenshotName(path, transport) {
    return `${path.replace(".html", "")}${transport ? `-${transport}` : ""}.png`;
}
