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
 * A `Response` carrying a `ServerError` with `message` (status unknown) for
 * request `msgId`: the answer to a call whose outcome cannot be known.
 */
export function callFailed(msgId, message) {
    const text = new TextEncoder().encode(message);
    const error = [0x0a, ...varint(text.length), ...text];
    return new Uint8Array([0x08, ...varint(msgId), ...varint((50 << 3) | 2), ...varint(error.length), ...error]);
}

/** A `ViewOnUpdateResp` push without a delta for the `on_update` subscribed under `msgId`: "the view changed". */
export function updatePush(msgId) {
    return new Uint8Array([0x08, ...varint(msgId), ...varint((21 << 3) | 2), 0x00]);
}

/**
 * What a request is: its msg_id (-1 when absent), entity id, the field
 * number of the call it carries (0 when none) and that call's bytes.
 */
export function describe(bytes) {
    const reader = new Reader(bytes);
    const out = { msgId: -1, entity: "", kind: 0, body: new Uint8Array(0) };
    while (!reader.done()) {
        const tag = reader.varint();
        const field = tag >>> 3;
        if (field === 1 && (tag & 7) === 0) {
            out.msgId = reader.varint();
        } else if (field === 2 && (tag & 7) === 2) {
            out.entity = new TextDecoder().decode(reader.bytesField());
        } else if ((tag & 7) === 2) {
            out.kind = field;
            out.body = reader.bytesField();
            return out;
        } else {
            reader.skip(tag & 7);
        }
    }
    return out;
}

/** Field `field` of a message as a string ("" when absent). */
export function stringField(message, field) {
    const bytes = find(message, field, 2);
    return bytes ? new TextDecoder().decode(bytes) : "";
}

/** Field `field` of a message as an unsigned integer (0 when absent). */
export function varintField(message, field) {
    return find(message, field, 0) ?? 0;
}

/** Whether a response is a `ServerError`. */
export function isError(bytes) {
    return find(bytes, 50, 2) !== undefined;
}

/** `bytes` with its msg_id set to `msgId` (field 1 leads every message the client writes). */
export function withMsgId(bytes, msgId) {
    const reader = new Reader(bytes);
    if (!reader.done() && reader.varint() === 0x08) {
        reader.varint();
    } else {
        reader.at = 0;
    }
    const head = [0x08, ...varint(msgId)];
    const out = new Uint8Array(head.length + bytes.length - reader.at);
    out.set(head);
    out.set(bytes.subarray(reader.at), head.length);
    return out;
}

function find(message, wanted, wireType) {
    const reader = new Reader(message);
    while (!reader.done()) {
        const tag = reader.varint();
        if (tag >>> 3 === wanted && (tag & 7) === wireType) {
            return wireType === 0 ? reader.varint() : reader.bytesField();
        }
        reader.skip(tag & 7);
    }
    return undefined;
}

/** The bytes of `n` (an unsigned 32-bit integer) as a protobuf varint. */
export function varint(n) {
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

    bytesField() {
        const length = this.varint();
        const start = this.at;
        this.at = Math.min(this.bytes.length, start + length);
        return this.bytes.subarray(start, this.at);
    }

    skip(wireType) {
        if (wireType === 0) {
            this.varint();
        } else if (wireType === 2) {
            const length = this.varint();
            this.at += length;
        } else if (wireType === 1 || wireType === 5) {
            this.at += wireType === 1 ? 8 : 4;
        } else {
            this.at = this.bytes.length;
        }
    }
}
