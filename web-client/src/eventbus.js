// A Perspective Client whose transport is the Vert.x SockJS event-bus bridge.
import EventBus from "@vertx/eventbus-bridge-client.js";
import { decode, encode } from "./base64url.js";
import { clientClass } from "./engines.js";
import { callFailed, updatePush } from "./frames.js";
import { SessionJournal } from "./journal.js";

const sessionLostListeners = new WeakMap();
/** The bridge client each table came from (Perspective hands out a new wrapper of a client per `get_client()`). */
const clientOfTable = new WeakMap();

/**
 * Connects to Parallax's event-bus bridge and returns a Perspective `Client`
 * that works exactly like one from `perspective.websocket(...)`:
 * `open_table`, views, `viewer.load(...)`.
 *
 * A dropped connection is retried with backoff. The server keeps the
 * connection's session for a while (30 s by default), so a browser that comes
 * back in time finds its views and subscriptions as they were and nothing
 * else notices; requests made meanwhile wait and go out on reconnection. If
 * the session is gone (a long outage, a restarted server), the client makes
 * its views (with their expansion) and subscriptions again under the same
 * ids, so a `<perspective-viewer>` carries on as if nothing happened and
 * redraws; calls that were unanswered are sent again, except those that
 * change data (update, remove, replace, delete, make_table), which fail,
 * since whether they took effect is unknown. Updates made while away are not
 * replayed as deltas: listeners of `onSessionLost` are told, so that a copy
 * (`replicate` does this itself) can take a fresh snapshot.
 *
 * @param {string} [url] the bridge's URL, `/eventbus` on this page's server by default
 * @param {{prefix?: string, reconnectDelayMax?: number, onStatus?: function(string): void}} [options]
 *     `prefix`: the server's address prefix (`parallax`); `reconnectDelayMax`: the longest
 *     wait between attempts, in ms; `onStatus`: told `"live"` when (re)attached and
 *     `"reconnecting"` when the connection dropped
 */
export async function eventbus(url = "/eventbus", options = {}) {
    const Client = await clientClass();
    const href = new URL(url, location.href).href;
    const prefix = options.prefix ?? "parallax";
    const requests = `${prefix}.requests`;
    const replies = `${prefix}.replies.${randomToken()}`;
    const maxDelay = options.reconnectDelayMax ?? 4000;
    const onStatus = options.onStatus ?? (() => {});
    // Requests waiting to be sent (the bridge is down), and what the session holds.
    const outbox = [];
    const journal = new SessionJournal();
    let bus;
    let attached = false;
    let everAttached = false;
    let closing = false;
    let attempts = 0;
    let outageUntil = 0;

    const send = (bytes) => {
        if (attached) {
            try {
                bus.send(requests, encode(bytes));
                journal.sent(bytes);
                return;
            } catch {
                // The socket closed before the bus noticed: the request waits for the reconnection.
                attached = false;
            }
        }
        outbox.push(bytes);
    };
    const client = new Client(
        // A copy: the client's buffer is not ours to keep, and the journal and the outbox keep requests.
        async (bytes) => send(bytes.slice()),
        async () => {
            closing = true;
            bus.close();
        },
    );
    const openTable = client.open_table.bind(client);
    client.open_table = async (name) => {
        const table = await openTable(name);
        clientOfTable.set(table, client);
        return table;
    };

    return await new Promise((resolve, reject) => {
        const connect = () => {
            const current = new EventBus(href);
            bus = current;
            current.onopen = () => {
                current.registerHandler(replies, (err, message) => {
                    if (err) {
                        console.error("Parallax bridge:", err);
                    } else {
                        const bytes = decode(message.body);
                        if (journal.answered(bytes)) {
                            client.handle_response(bytes);
                        }
                    }
                });
                current.send(`${prefix}.attach`, {}, (err, reply) => {
                    if (err) {
                        console.error("Parallax bridge refused the connection:", err);
                        if (!everAttached) {
                            closing = true;
                            current.close();
                            reject(new Error(`Parallax bridge refused the connection: ${err.message ?? err.failureType ?? "rejected"}`));
                        }
                        return;
                    }
                    const lost = everAttached && reply.body !== "resumed";
                    const recovery = lost ? journal.recover() : null;
                    attached = true;
                    everAttached = true;
                    attempts = 0;
                    if (recovery) {
                        for (const msgId of recovery.fail) {
                            client.handle_response(callFailed(msgId,
                                "Parallax: the connection's session was lost before this call was answered; it may or may not have taken effect"));
                        }
                        // The new session first gets what the old one held, then what waited meanwhile.
                        outbox.unshift(...recovery.send);
                    }
                    for (const bytes of outbox.splice(0)) {
                        send(bytes);
                    }
                    resolve(client);
                    onStatus("live");
                    if (recovery) {
                        // Whatever changed while away: viewers redraw as after any update.
                        for (const msgId of recovery.updated) {
                            client.handle_response(updatePush(msgId));
                        }
                        for (const listener of sessionLostListeners.get(client) ?? []) {
                            listener();
                        }
                    }
                });
            };
            current.onclose = () => {
                if (bus !== current) {
                    return;
                }
                attached = false;
                if (!closing) {
                    onStatus("reconnecting");
                    const backoff = Math.min(maxDelay, 250 * 2 ** attempts++);
                    setTimeout(connect, Math.max(backoff, outageUntil - Date.now()));
                }
            };
            current.onerror = (err) => console.warn("Parallax bridge:", err);
        };
        connect();
    }).then((connected) => {
        // Diagnostics (and the browser tests): drop the connection as a network
        // failure would, staying away for `outageMs` before reconnecting.
        Object.defineProperty(connected, "__parallax_drop__", {
            value: (outageMs = 0) => {
                outageUntil = Date.now() + outageMs;
                bus.close();
            },
        });
        return connected;
    });
}

/**
 * Calls `listener` after `client` (from `eventbus`) reconnected to a server
 * that no longer had its session: its views and subscriptions are gone and must
 * be made again (tables are hosted by name and stay usable). `replicate` does
 * this for its replicas by itself. Returns a function that removes the listener.
 */
export function onSessionLost(client, listener) {
    if (!sessionLostListeners.has(client)) {
        sessionLostListeners.set(client, new Set());
    }
    sessionLostListeners.get(client).add(listener);
    return () => sessionLostListeners.get(client).delete(listener);
}

/** Like `onSessionLost` for the client `table` was opened with, if that is a bridge client; else does nothing. */
export function onTableSessionLost(table, listener) {
    const client = clientOfTable.get(table);
    return client ? onSessionLost(client, listener) : () => {};
}

function randomToken() {
    return encode(crypto.getRandomValues(new Uint8Array(16)));
}
