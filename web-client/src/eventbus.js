// A Perspective Client whose transport is the Vert.x SockJS event-bus bridge.
import EventBus from "@vertx/eventbus-bridge-client.js";
import { decode, encode } from "./base64url.js";
import { clientClass } from "./engines.js";

const sessionLostListeners = new WeakMap();

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
 * @param {{prefix?: string, reconnectDelayMax?: number}} [options] `prefix`: the server's
 *     address prefix (`parallax`)
 */
export async function eventbus(url = "/eventbus", options = {}) {
    const Client = await clientClass();
    const prefix = options.prefix ?? "parallax";
    const requests = `${prefix}.requests`;
    const replies = `${prefix}.replies.${randomToken()}`;
    const outbox = [];
    let attached = false;
    let everAttached = false;
    let bus;

    const send = (body) => {
        if (attached) {
            try {
                bus.send(requests, body);
                return;
            } catch {
                // The socket closed before the bus noticed: the request waits for the reconnection.
                attached = false;
            }
        }
        outbox.push(body);
    };
    const client = new Client(async (bytes) => send(encode(bytes)), async () => bus.close());

    return await new Promise((resolve, reject) => {
        bus = new EventBus(new URL(url, location.href).href, {
            vertxbus_reconnect_delay_min: 250,
            vertxbus_reconnect_delay_max: options.reconnectDelayMax ?? 4000,
        });
        bus.enableReconnect(true);
        bus.onopen = () => {
            bus.registerHandler(replies, (err, message) => {
                if (err) {
                    console.error("Parallax bridge:", err);
                } else {
                    client.handle_response(decode(message.body));
                }
            });
            bus.send(`${prefix}.attach`, { resume: everAttached }, (err, reply) => {
                if (err) {
                    console.error("Parallax bridge refused the connection:", err);
                    if (!everAttached) {
                        bus.close();
                        reject(new Error(`Parallax bridge refused the connection: ${err.message ?? err.failureType ?? "rejected"}`));
                    }
                    return;
                }
                const lost = everAttached && reply.body !== "resumed";
                attached = true;
                everAttached = true;
                for (const body of outbox.splice(0)) {
                    send(body);
                }
                resolve(client);
                if (lost) {
                    for (const listener of sessionLostListeners.get(client) ?? []) {
                        listener();
                    }
                }
            });
        };
        bus.onclose = () => {
            attached = false;
        };
        bus.onerror = (err) => console.warn("Parallax bridge:", err);
        // For tests and diagnostics: drop the connection as a network failure would.
        Object.defineProperty(client, "__parallax_drop__", { value: () => bus.sockJSConn?.close() });
    });
}

/**
 * Calls `listener` after `client` (from `eventbus`) reconnected to a server
 * that no longer had its session: its views and subscriptions are gone and must
 * be made again. `replicate` does this for its replicas by itself.
 */
export function onSessionLost(client, listener) {
    if (!sessionLostListeners.has(client)) {
        sessionLostListeners.set(client, new Set());
    }
    sessionLostListeners.get(client).add(listener);
    return () => sessionLostListeners.get(client).delete(listener);
}

function randomToken() {
    return encode(crypto.getRandomValues(new Uint8Array(16)));
}
