// Parallax in the browser. One module: Perspective's client, viewer and
// datagrid, plus what Parallax adds for each of the three designs.
//
//   server-only:  viewer.load((await websocket()).open_table("market"))
//                 or over the Vert.x event bus: (await eventbus()).open_table(...)
//   replicated:   viewer.load(replicate(await client.open_table("market")))
//   client-only:  loadHostedTable("market"), or any URL: loadTable("/data.csv")
import { perspective, local, ready } from "./engines.js";

export { eventbus, onSessionLost } from "./eventbus.js";
export { replicate } from "./replica.js";
export { loadHostedTable, loadTable } from "./snapshot.js";
export { perspective, local, ready };

/** Perspective's own WebSocket client, to `/websocket` on this page's server by default. */
export async function websocket(url = "/websocket") {
    await ready();
    const absolute = new URL(url, location.href);
    absolute.protocol = absolute.protocol === "https:" ? "wss:" : "ws:";
    return await perspective.websocket(absolute.href);
}
