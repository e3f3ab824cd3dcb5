'use strict';
// Byte streams: BYOB readers, byobRequest.respond/respondWithNewView,
// autoAllocateChunkSize, buffer transfer, and their errors.
const assert = require('assert');
const { test } = require('./harness');

test('BYOB read fills the given view and transfers its buffer', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      assert.ok(v instanceof Uint8Array);
      v[0] = 1; v[1] = 2; v[2] = 3;
      c.byobRequest.respond(3);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const view = new Uint8Array(8);
  const { value, done } = await reader.read(view);
  assert.strictEqual(done, false);
  assert.strictEqual(view.byteLength, 0);  // detached
  assert.strictEqual(value.byteLength, 3);
  assert.strictEqual(value.buffer.byteLength, 8);
  assert.deepStrictEqual([...value], [1, 2, 3]);
});

test('enqueued bytes satisfy BYOB reads, split across views', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 2, 3, 4, 5])); c.close(); },
  });
  const reader = rs.getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(2));
  assert.deepStrictEqual([...r.value], [1, 2]);
  r = await reader.read(new Uint8Array(10));
  assert.deepStrictEqual([...r.value], [3, 4, 5]);
  r = await reader.read(new Uint8Array(4));
  assert.strictEqual(r.done, true);
  assert.ok(r.value instanceof Uint8Array);
  assert.strictEqual(r.value.byteLength, 0);
});

test('element size: Uint16Array views get whole elements', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 0, 2, 0, 3])); },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint16Array(4));
  assert.ok(value instanceof Uint16Array);
  assert.deepStrictEqual([...value], [1, 2]);
  const next = await reader.read(new Uint8Array(4));
  assert.deepStrictEqual([...next.value], [3]);
});

test('DataView reads', async () => {
  const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([7, 8])); } });
  const { value } = await rs.getReader({ mode: 'byob' }).read(new DataView(new ArrayBuffer(4)));
  assert.ok(value instanceof DataView);
  assert.strictEqual(value.byteLength, 2);
  assert.strictEqual(value.getUint8(1), 8);
});

test('default reader on a byte stream gets Uint8Arrays', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint16Array([1, 2])); c.close(); },
  });
  const r = rs.getReader();
  const { value } = await r.read();
  assert.ok(value instanceof Uint8Array);
  assert.strictEqual(value.byteLength, 4);
  assert.strictEqual((await r.read()).done, true);
});

test('autoAllocateChunkSize gives default readers a byobRequest', async () => {
  let sawRequest = false;
  const rs = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 16,
    pull(c) {
      const req = c.byobRequest;
      sawRequest = req !== null;
      assert.strictEqual(req.view.byteLength, 16);
      req.view.set([9, 9]);
      req.respond(2);
    },
  });
  const { value } = await rs.getReader().read();
  assert.strictEqual(sawRequest, true);
  assert.deepStrictEqual([...value], [9, 9]);
});

test('respondWithNewView', async () => {
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      const nv = new Uint8Array(v.buffer, v.byteOffset, 2);
      nv.set([4, 5]);
      c.byobRequest.respondWithNewView(nv);
    },
  });
  const { value } = await rs.getReader({ mode: 'byob' }).read(new Uint8Array(6));
  assert.deepStrictEqual([...value], [4, 5]);
});

test('close with a pending BYOB read ends it with an empty view', async () => {
  let controller;
  const rs = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
  const reader = rs.getReader({ mode: 'byob' });
  const p = reader.read(new Uint8Array(4));
  await new Promise((r) => setTimeout(r, 1));
  controller.close();
  controller.byobRequest.respond(0);
  const { value, done } = await p;
  assert.strictEqual(done, true);
  assert.strictEqual(value.byteLength, 0);
});

test('errors', async () => {
  assert.throws(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(1); } }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(0)); } }),
                { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: chunk ArrayBuffer is zero-length or detached' });
  assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: /must be a byte stream/ });
  assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() {} }),
                { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
                { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await assert.rejects(reader.read(new Uint8Array(0)),
                       { code: 'ERR_INVALID_STATE', message: 'Invalid state: View or Viewed ArrayBuffer is zero-length or detached' });
  await assert.rejects(reader.read({}), { code: 'ERR_INVALID_ARG_TYPE' });
  reader.releaseLock();
  await assert.rejects(reader.read(new Uint8Array(1)), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(new Promise((resolve, reject) => {
    const rs = new ReadableStream({
      type: 'bytes',
      pull(c) {
        try { c.close(); c.byobRequest.respond(1); } catch (e) { reject(e); }
      },
    });
    rs.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
});

test('Blob.prototype.stream() is a byte stream', async () => {
  const blob = new Blob(['hello ', 'world']);
  const rs = blob.stream();
  assert.ok(rs instanceof ReadableStream);
  const chunks = [];
  for await (const chunk of rs) chunks.push(...chunk);
  assert.strictEqual(Buffer.from(chunks).toString(), 'hello world');
  const reader = blob.stream().getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5));
  assert.strictEqual(Buffer.from(value).toString(), 'hello');
});

test('Blob.prototype.stream() gives an in-memory blob in one chunk', async () => {
  const sizes = [];
  for await (const chunk of new Blob([new Uint8Array(200000)]).stream()) sizes.push(chunk.byteLength);
  assert.deepStrictEqual(sizes, [200000]);
  const empty = [];
  for await (const chunk of new Blob([]).stream()) empty.push(chunk);
  assert.deepStrictEqual(empty, []);
});

test('BYOB read options.min', async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      n++;
      c.byobRequest.view[0] = n;
      c.byobRequest.respond(1);
    },
  });
  const reader = rs.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(5), { min: 3 });
  assert.deepStrictEqual([...value], [1, 2, 3]);
  const rs2 = new ReadableStream({
    type: 'bytes',
    start(c) { c.enqueue(new Uint8Array([1, 0, 2])); },
    pull(c) { c.enqueue(new Uint8Array([0, 3, 0])); c.close(); },
  });
  const r2 = rs2.getReader({ mode: 'byob' });
  const first = await r2.read(new Uint16Array(4), { min: 2 });
  assert.deepStrictEqual([first.done, [...first.value]], [false, [1, 2, 3]]);
  const second = await r2.read(new Uint16Array(4), { min: 2 });
  assert.deepStrictEqual([second.done, second.value.length], [true, 0]);
  const r3 = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([9])); c.close(); } })
    .getReader({ mode: 'byob' });
  await assert.rejects(r3.read(new DataView(new ArrayBuffer(4)), { min: 4 }),
                       { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream closed' });
  const fresh = () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  await assert.rejects(fresh().read(new Uint8Array(2), { min: 0 }),
                       { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.min' must be greater than 0. Received 0" });
  await assert.rejects(fresh().read(new Uint8Array(4), { min: 5 }),
                       { name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'The value of "options.min" is out of range. It must be <= view.length. Received 5' });
  await assert.rejects(fresh().read(new DataView(new ArrayBuffer(2)), { min: 3 }),
                       { code: 'ERR_OUT_OF_RANGE', message: /<= view\.byteLength/ });
  await assert.rejects(fresh().read(new Uint8Array(2), { min: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fresh().read(new Uint8Array(2), { min: 1.5 }),
                       { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.min' must be an integer. Received 1.5" });
  await assert.rejects(fresh().read(new Uint8Array(2), 1), { code: 'ERR_INVALID_ARG_TYPE' });
});
