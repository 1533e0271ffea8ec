// The bridge's encoding of protocol bytes: `node --test test/unit`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decode, encode } from "../../src/base64url.js";

test("bytes survive a round trip, every value and length", () => {
    for (let n = 0; n < 70; n++) {
        const bytes = new Uint8Array(n).map((_, i) => (i * 37 + n) & 0xff);
        assert.deepEqual(decode(encode(bytes)), bytes, `length ${n}`);
    }
});

test("the alphabet is URL-safe and unpadded", () => {
    const text = encode(new Uint8Array([0xfb, 0xff, 0xbf, 0xfe]));
    assert.equal(text, "-_-__g");
});
