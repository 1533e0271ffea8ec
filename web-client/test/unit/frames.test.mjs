// The transport's reading of Perspective's protobuf framing: `node --test test/unit`.
import assert from "node:assert/strict";
import { test } from "node:test";
import {
    awaitedMsgId, callFailed, describe, isError, msgIdOf, stringField, updatePush, varintField, withMsgId,
} from "../../src/frames.js";

// msg_id 300 (a two-byte varint), entity "v1", then an empty message in field `field` (tag a varint too).
const request = (field) => {
    const tag = (field << 3) | 2;
    const tagBytes = tag > 0x7f ? [(tag & 0x7f) | 0x80, tag >>> 7] : [tag];
    return new Uint8Array([0x08, 0xac, 0x02, 0x12, 0x02, 0x76, 0x31, ...tagBytes, 0x00]);
};

test("a call that is answered once is awaited under its msg_id", () => {
    assert.equal(awaitedMsgId(request(26)), 300); // view_to_rows_string_req
});

test("subscriptions are not awaited: their answers are later pushes", () => {
    for (const field of [4, 21, 29, 34, 39]) {
        assert.equal(awaitedMsgId(request(field)), -1, `field ${field}`);
    }
});

test("a request without msg_id is not awaited", () => {
    assert.equal(awaitedMsgId(new Uint8Array([0x12, 0x00, 0x1a, 0x00])), -1);
});

test("truncated bytes are read without throwing", () => {
    assert.equal(awaitedMsgId(new Uint8Array([0x08, 0xac])), 44);
    assert.equal(msgIdOf(new Uint8Array([])), 0);
});

test("a synthesized error carries the msg_id and the message, and reads as an error", () => {
    const bytes = callFailed(300, "gone");
    assert.equal(msgIdOf(bytes), 300);
    // Response field 50 (server_error), length-delimited: tag 402 as a varint.
    assert.deepEqual([...bytes.slice(3, 5)], [0x92, 0x03]);
    assert.equal(new TextDecoder().decode(bytes.slice(-4)), "gone");
    assert.ok(isError(bytes));
    assert.ok(!isError(updatePush(300)));
});

test("an update push answers the subscription's msg_id with an empty on_update response", () => {
    assert.deepEqual([...updatePush(300)], [0x08, 0xac, 0x02, 0xaa, 0x01, 0x00]);
});

test("describe reads msg_id, entity, the call's field number and its bytes", () => {
    const d = describe(request(26));
    assert.equal(d.msgId, 300);
    assert.equal(d.entity, "v1");
    assert.equal(d.kind, 26);
    assert.equal(d.body.length, 0);
});

test("fields of a call's message read by number and wire type", () => {
    // field 1: "ab"; field 2: varint 150; field 3: fixed32 skipped over; field 4: varint 7.
    const message = new Uint8Array([0x0a, 0x02, 0x61, 0x62, 0x10, 0x96, 0x01, 0x1d, 1, 2, 3, 4, 0x20, 0x07]);
    assert.equal(stringField(message, 1), "ab");
    assert.equal(varintField(message, 2), 150);
    assert.equal(varintField(message, 4), 7);
    assert.equal(varintField(message, 9), 0);
    assert.equal(stringField(message, 9), "");
});

test("withMsgId replaces the leading msg_id and keeps the rest", () => {
    const changed = withMsgId(request(26), 0xf0000000);
    assert.equal(describe(changed).msgId, 0xf0000000);
    assert.equal(describe(changed).entity, "v1");
    assert.equal(describe(changed).kind, 26);
    assert.deepEqual([...withMsgId(new Uint8Array([0x12, 0x00]), 5)], [0x08, 0x05, 0x12, 0x00]);
});
