// The replicated design: a table in the browser that follows a hosted table.
import { local } from "./engines.js";
import { onTableSessionLost } from "./eventbus.js";

/**
 * Makes a copy of a hosted table in the browser's own engine and keeps it
 * current: like Perspective's `client.table(server_view)`, but the copy takes
 * the server table's `index` (or `limit`) by itself, and removes and clears on
 * the server reach it (through `view.on_remove`), which Perspective's replicas
 * miss. Views of the replica are computed in the browser: sorting, grouping
 * and filtering never wait for the network.
 *
 * Over `eventbus(...)`, a replica whose server session was lost catches up by
 * itself: the deltas sent while it was away are gone, so it follows a fresh
 * view from a fresh snapshot.
 *
 * @param serverTable a table of a server client, e.g. `await client.open_table("market")`
 * @param {{client?: object, name?: string}} [options] `client`: the local engine to
 *     hold the copy (the page's Web Worker by default)
 * @returns the local table; `replica.stop()` stops following (the table stays)
 */
export async function replicate(serverTable, options = {}) {
    const localClient = options.client ?? (await local());
    const [schema, index] = await Promise.all([serverTable.schema(), serverTable.get_index()]);
    const limit = index ? undefined : await serverTable.get_limit();
    const replica = await localClient.table(schema, {
        ...(index ? { index } : {}),
        ...(limit ? { limit } : {}),
        ...(options.name ? { name: options.name } : {}),
    });
    let following = await follow(serverTable, replica, index);

    // The server's views died with its session; the table, hosted by name, is still there.
    const stopListening = onTableSessionLost(serverTable, async () => {
        // The transport made the old view again; it would go on sending deltas beside the new one.
        await following.stop().catch(() => {});
        following = await follow(serverTable, replica, index, true);
    });
    replica.stop = async () => {
        stopListening();
        await following.stop();
    };
    return replica;
}

/**
 * Subscribes to a flat view of `serverTable` first and then takes its
 * snapshot, so no batch falls between the two. Deltas that arrive before the
 * snapshot are already in it: an indexed replica applies them anyway (upserts
 * in order end where the snapshot is), an unindexed one must not (they would
 * append twice); either applies those that come after it.
 */
async function follow(serverTable, replica, index, replace = false) {
    const view = await serverTable.view();
    let early = [];
    // Changes are issued in the order they came; the local engine applies them in that order.
    const run = (change) => change().catch((e) => console.error("Parallax replica:", e));
    const apply = (change) => (early ? early.push(change) : run(change));
    await view.on_update(({ delta }) => delta && apply(() => replica.update(delta, { format: "arrow" })), { mode: "row" });
    if (index) {
        await view.on_remove(({ indices }) => apply(() => replica.remove(indices, { format: "arrow" })));
    }
    const snapshot = await view.to_arrow();
    const inSnapshot = early.length;
    await (replace ? replica.replace(snapshot, { format: "arrow" }) : replica.update(snapshot, { format: "arrow" }));
    await settle(replica);
    const pending = index ? early : early.slice(inSnapshot);
    early = null;
    pending.forEach(run);
    return { stop: () => view.delete() };
}

/**
 * Waits until the local engine has applied what it was sent. Perspective's
 * Web Worker acknowledges an update before it processes it (it polls on a
 * timer), so `size()` straight after may still count the old rows; making a
 * view processes pending updates first.
 */
async function settle(table) {
    const view = await table.view({ columns: [] });
    await view.delete();
}
