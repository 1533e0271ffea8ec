// The transport's reading of Perspective's protobuf framing: `node --test test/unit`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { awaitedMsgId, msgIdOf, viewGone } from "../../src/frames.js";

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

test("a synthesized error carries the msg_id, the message and VIEW_NOT_FOUND", () => {
    const bytes = viewGone(300, "gone");
    assert.equal(msgIdOf(bytes), 300);
    // Response field 50 (server_error), length-delimited: tag 402 as a varint.
    assert.deepEqual([...bytes.slice(3, 5)], [0x92, 0x03]);
    assert.equal(new TextDecoder().decode(bytes.slice(-6, -2)), "gone");
    assert.deepEqual([...bytes.slice(-2)], [0x10, 0x01]);
});
