// What a bridge connection's server session holds, kept on the browser's side,
// so that a session the server forgot can be made again under the same ids.
import { awaitedMsgId, describe, isError, msgIdOf, stringField, varintField, withMsgId } from "./frames.js";

// Request kinds: the field numbers of Perspective's `Request` oneof.
const MAKE_VIEW = 6;
const VIEW_DELETE = 11;
const VIEW_STATE = new Set([18, 19]); // collapse, expand
const SET_DEPTH = 23;
const ON_UPDATE = 21;
const VIEW_SUBSCRIBE = new Set([ON_UPDATE, 34, 39]); // on_update, on_delete, on_remove
const VIEW_UNSUBSCRIBE = new Set([22, 35, 40]);
const HOSTED_TABLES = 4;
const HOSTED_TABLES_UNSUBSCRIBE = 37;
const TABLE_ON_DELETE = 29;
const TABLE_UNSUBSCRIBE = 30;
/** Calls that change data: if one was under way when the session went, nobody knows whether it took effect. */
const WRITES = new Set([5, 27, 28, 31, 32, 33, 38]);


/**
 * Follows the requests a client sends on a session and the replies it gets,
 * remembering what the session holds: views (made, expanded, collapsed, with
 * their depth) and subscriptions, and the calls not yet answered. When the
 * server has lost the session, `recover()` says what to send to a fresh one so
 * that every view and subscription exists again under the ids the client
 * knows, and which unanswered calls to send again or to fail.
 */
export class SessionJournal {
    constructor() {
        /** view id -> {make, state: [bytes], subscriptions: Map<msgId, bytes>} */
        this.views = new Map();
        /** msg_id -> bytes: subscriptions to tables and to the list of hosted tables */
        this.subscriptions = new Map();
        /** msg_id -> {bytes, kind, entity}: calls sent and not answered yet */
        this.unanswered = new Map();
        /** msg_ids of the journal's own requests, whose replies are not the client's */
        this.own = new Set();
    }

    /** Call for each request as it goes out on the session. */
    sent(bytes) {
        const { msgId, entity, kind, body } = describe(bytes);
        const view = this.views.get(entity);
        if (kind === MAKE_VIEW) {
            this.views.set(stringField(body, 1), { make: bytes, state: [], subscriptions: new Map() });
        } else if (kind === SET_DEPTH && view) {
            // A depth undoes every expand and collapse before it.
            view.state = [bytes];
        } else if (VIEW_STATE.has(kind)) {
            view?.state.push(bytes);
        } else if (VIEW_SUBSCRIBE.has(kind)) {
            view?.subscriptions.set(msgId, bytes);
        } else if (VIEW_UNSUBSCRIBE.has(kind)) {
            view?.subscriptions.delete(varintField(body, 1));
        } else if (kind === TABLE_ON_DELETE || (kind === HOSTED_TABLES && varintField(body, 1) === 1)) {
            this.subscriptions.set(msgId, bytes);
        } else if (kind === TABLE_UNSUBSCRIBE || kind === HOSTED_TABLES_UNSUBSCRIBE) {
            this.subscriptions.delete(varintField(body, 1));
        }
        if (awaitedMsgId(bytes) >= 0) {
            this.unanswered.set(msgId, { bytes, kind, entity, body });
        }
    }

    /**
     * Call for each response. Returns false for a reply to the journal's own
     * requests, which the client must not see.
     */
    answered(bytes) {
        const msgId = msgIdOf(bytes);
        const call = this.unanswered.get(msgId);
        if (call) {
            this.unanswered.delete(msgId);
            if (call.kind === VIEW_DELETE) {
                this.views.delete(call.entity);
            } else if (call.kind === MAKE_VIEW && isError(bytes)) {
                this.views.delete(stringField(call.body, 1));
            }
        }
        if (this.own.delete(msgId)) {
            if (isError(bytes)) {
                console.warn("Parallax: a view could not be made again on the new session");
            }
            return false;
        }
        return true;
    }

    /**
     * The session is gone. Returns `send`: the requests that rebuild it, in
     * order (views, their state, their subscriptions, the other subscriptions,
     * then the unanswered calls that only read); `fail`: the msg_ids of the
     * unanswered calls that changed data; `updated`: the msg_ids of the
     * `on_update` subscriptions, whose views may have changed meanwhile.
     */
    recover() {
        const pending = this.unanswered;
        this.unanswered = new Map();
        const send = [];
        const again = (bytes) => {
            const msgId = describe(bytes).msgId;
            if (pending.has(msgId)) {
                // The client still waits for this one: it gets the new session's answer.
                pending.delete(msgId);
                return bytes;
            }
            return withMsgId(bytes, this.ownId());
        };
        const updated = [];
        for (const view of this.views.values()) {
            send.push(again(view.make));
            for (const bytes of view.state) {
                send.push(again(bytes));
            }
            for (const [msgId, bytes] of view.subscriptions) {
                send.push(bytes);
                if (describe(bytes).kind === ON_UPDATE) {
                    updated.push(msgId);
                }
            }
        }
        send.push(...this.subscriptions.values());
        const fail = [];
        for (const [msgId, call] of pending) {
            if (WRITES.has(call.kind)) {
                fail.push(msgId);
            } else {
                send.push(call.bytes);
            }
        }
        // Each goes through `sent` again as it goes out, which rebuilds what this journal holds.
        return { send, fail, updated };
    }

    /** A msg_id for a request of the journal's own: random, as the client's are, and not one in use. */
    ownId() {
        const id = new Uint32Array(1);
        do {
            crypto.getRandomValues(id);
        } while (this.unanswered.has(id[0]) || this.own.has(id[0]));
        this.own.add(id[0]);
        return id[0];
    }
}
