// Just enough of Perspective's protobuf framing for the transport to know
// which requests wait for a reply: every message starts with its msg_id
// (field 1), then the entity id (field 2), then the one field that says what it is.

/** Request kinds (oneof field numbers) answered only by later pushes, or by nothing. */
const SUBSCRIPTIONS = new Set([4, 21, 29, 34, 39]);

/** The msg_id of a request that waits for a reply, or -1 (a subscription, or unreadable). */
export function awaitedMsgId(bytes) {
    const reader = new Reader(bytes);
    let msgId = -1;
    while (!reader.done()) {
        const tag = reader.varint();
        const field = tag >>> 3;
        if (field === 1) {
            msgId = reader.varint();
        } else if (field === 2) {
            reader.skip(tag & 7);
        } else {
            return SUBSCRIPTIONS.has(field) ? -1 : msgId;
        }
    }
    return msgId;
}

/** The msg_id of a response (0 when absent). */
export function msgIdOf(bytes) {
    const reader = new Reader(bytes);
    return !reader.done() && reader.varint() === 0x08 ? reader.varint() : 0;
}

/**
 * A `Response` carrying a `ServerError` with `message` for request `msgId`,
 * status `VIEW_NOT_FOUND`: what the server would answer about a view of a
 * session it no longer has, and what Perspective's client treats as a view gone.
 */
export function viewGone(msgId, message) {
    const text = new TextEncoder().encode(message);
    const error = [0x0a, ...varint(text.length), ...text, 0x10, 0x01];
    return new Uint8Array([0x08, ...varint(msgId), ...varint((50 << 3) | 2), ...varint(error.length), ...error]);
}

function varint(n) {
    const out = [];
    while (n > 0x7f) {
        out.push((n & 0x7f) | 0x80);
        n >>>= 7;
    }
    out.push(n);
    return out;
}

class Reader {
    constructor(bytes) {
        this.bytes = bytes;
        this.at = 0;
    }

    done() {
        return this.at >= this.bytes.length;
    }

    varint() {
        let n = 0;
        for (let shift = 0; shift < 35 && !this.done(); shift += 7) {
            const b = this.bytes[this.at++];
            n += (b & 0x7f) * 2 ** shift;
            if (b < 0x80) {
                return n;
            }
        }
        return n;
    }

    skip(wireType) {
        if (wireType === 0) {
            this.varint();
        } else if (wireType === 2) {
            const length = this.varint();
            this.at += length;
        } else {
            this.at = this.bytes.length;
        }
    }
}
