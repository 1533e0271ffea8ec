// The bridge client's memory of its server session: `node --test test/unit`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { describe, updatePush, varint } from "../../src/frames.js";
import { SessionJournal } from "../../src/journal.js";

const MAKE_VIEW = 6;
const VIEW_DELETE = 11;
const EXPAND = 19;
const SET_DEPTH = 23;
const ON_UPDATE = 21;
const REMOVE_ON_UPDATE = 22;
const TO_ROWS = 26;
const TABLE_ON_DELETE = 29;
const UPDATE = 33;

const text = (s) => [...new TextEncoder().encode(s)];
const stringField = (field, s) => [...varint((field << 3) | 2), ...varint(text(s).length), ...text(s)];
const varintField = (field, n) => [...varint(field << 3), ...varint(n)];

/** A Request: msg_id, entity id, then the call in field `kind` holding `body`. */
function request(msgId, entity, kind, body = []) {
    return new Uint8Array([
        ...varintField(1, msgId), ...stringField(2, entity), ...varint((kind << 3) | 2), ...varint(body.length), ...body,
    ]);
}

/** A Response answering `msgId` with an empty message in field `field` (50: a ServerError). */
const response = (msgId, field = 26) => new Uint8Array([...varintField(1, msgId), ...varint((field << 3) | 2), 0x00]);

const makeView = (msgId, table, viewId) => request(msgId, table, MAKE_VIEW, stringField(1, viewId));
/** kind:entity:msg_id of a request, "own" for the msg_ids the journal chose. */
const summarize = (j) => (bytes) => {
    const d = describe(bytes);
    return `${d.kind}:${d.entity}:${j.own.has(d.msgId) ? "own" : d.msgId}`;
};

test("a lost session is rebuilt: views in order, their state, then their subscriptions", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    j.sent(request(2, "v1", EXPAND, varintField(1, 3)));
    j.answered(response(2, 19));
    j.sent(request(3, "v1", ON_UPDATE));
    j.sent(makeView(4, "market", "v2"));
    j.answered(response(4, 6));
    j.sent(request(5, "market", TABLE_ON_DELETE));
    const { send, fail, updated } = j.recover();
    assert.deepEqual(send.map(summarize(j)), ["6:market:own", "19:v1:own", "21:v1:3", "6:market:own", "29:market:5"]);
    assert.deepEqual(fail, []);
    assert.deepEqual(updated, [3]);
});

test("the client's msg_ids are random: a large one is still the client's", () => {
    const j = new SessionJournal();
    j.sent(request(0xfffffff0, "v1", TO_ROWS));
    assert.equal(j.answered(response(0xfffffff0)), true);
});

test("the journal's own replies are kept from the client; others pass", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    const [remade] = j.recover().send;
    j.sent(remade);
    assert.equal(j.answered(response(describe(remade).msgId, 6)), false);
    assert.equal(j.answered(response(7)), true);
    assert.equal(j.answered(updatePush(3)), true);
});

test("unanswered reads are sent again under their own msg_id; unanswered writes fail", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    j.sent(request(2, "v1", TO_ROWS));
    j.sent(request(3, "market", UPDATE, stringField(1, "[]")));
    const { send, fail } = j.recover();
    assert.deepEqual(send.map(summarize(j)), ["6:market:own", "26:v1:2"]);
    assert.deepEqual(fail, [3]);
});

test("a view still being made is made again under the msg_id the client waits on", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    assert.deepEqual(j.recover().send.map(summarize(j)), ["6:market:1"]);
});

test("deleted views, refused views and ended subscriptions are not rebuilt", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "gone"));
    j.answered(response(1, 6));
    j.sent(request(2, "gone", VIEW_DELETE));
    j.answered(response(2, 11));
    j.sent(makeView(3, "market", "refused"));
    j.answered(response(3, 50));
    j.sent(makeView(4, "market", "kept"));
    j.answered(response(4, 6));
    j.sent(request(5, "kept", ON_UPDATE));
    j.sent(request(6, "kept", REMOVE_ON_UPDATE, varintField(1, 5)));
    j.answered(response(6, 22));
    assert.deepEqual(j.recover().send.map(summarize(j)), ["6:market:own"]);
});

test("a view deleted while the session went is made again so that the delete can be answered", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    j.sent(request(2, "v1", VIEW_DELETE));
    assert.deepEqual(j.recover().send.map(summarize(j)), ["6:market:own", "11:v1:2"]);
});

test("set_depth replaces the expands and collapses before it", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    for (let i = 2; i < 6; i++) {
        j.sent(request(i, "v1", EXPAND, varintField(1, i)));
        j.answered(response(i, 19));
    }
    j.sent(request(6, "v1", SET_DEPTH, varintField(1, 1)));
    j.answered(response(6, 23));
    assert.deepEqual(j.recover().send.map(summarize(j)), ["6:market:own", "23:v1:own"]);
});

test("what recovery sends rebuilds the journal as it goes out, so a second loss recovers again", () => {
    const j = new SessionJournal();
    j.sent(makeView(1, "market", "v1"));
    j.answered(response(1, 6));
    j.sent(request(2, "v1", ON_UPDATE));
    for (const bytes of j.recover().send) {
        j.sent(bytes);
    }
    assert.deepEqual(j.recover().send.map(summarize(j)), ["6:market:own", "21:v1:2"]);
});
