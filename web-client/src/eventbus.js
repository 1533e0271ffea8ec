// A Perspective Client whose transport is the Vert.x SockJS event-bus bridge.
import EventBus from "@vertx/eventbus-bridge-client.js";
import { decode, encode } from "./base64url.js";
import { clientClass } from "./engines.js";
import { awaitedMsgId, msgIdOf, viewGone } from "./frames.js";

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
 * the session is gone, the listeners of `onSessionLost` are told, so they can
 * make their views and subscriptions again.
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
    // Requests waiting to be sent (the bridge is down), and msg_ids of those sent and not yet answered.
    const outbox = [];
    const awaiting = new Set();
    let bus;
    let attached = false;
    let everAttached = false;
    let closing = false;
    let attempts = 0;
    let outageUntil = 0;

    const send = (request) => {
        if (attached) {
            try {
                bus.send(requests, request.body);
                if (request.msgId >= 0) {
                    awaiting.add(request.msgId);
                }
                return;
            } catch {
                // The socket closed before the bus noticed: the request waits for the reconnection.
                attached = false;
            }
        }
        outbox.push(request);
    };
    const client = new Client(
        async (bytes) => send({ body: encode(bytes), msgId: awaitedMsgId(bytes) }),
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
                        awaiting.delete(msgIdOf(bytes));
                        client.handle_response(bytes);
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
                    if (lost) {
                        // The old session's replies will never come: fail those calls instead of leaving them waiting.
                        for (const msgId of awaiting) {
                            client.handle_response(viewGone(msgId, "Parallax: the connection's session was lost; no reply"));
                        }
                        awaiting.clear();
                    }
                    attached = true;
                    everAttached = true;
                    attempts = 0;
                    for (const request of outbox.splice(0)) {
                        send(request);
                    }
                    resolve(client);
                    onStatus("live");
                    if (lost) {
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
