'use strict';
// ReadableStream with a default controller: reading, queuing, backpressure,
// cancel, readers and their locks, errors with node's codes.
const assert = require('assert');
const { ReadableStream, ReadableStreamDefaultReader } = require('stream/web');

const { test } = require('./harness');

test('globals are stream/web classes', () => {
  assert.strictEqual(globalThis.ReadableStream, ReadableStream);
  assert.strictEqual(globalThis.ReadableStreamDefaultReader, ReadableStreamDefaultReader);
  assert.strictEqual(Object.prototype.toString.call(new ReadableStream()), '[object ReadableStream]');
  const d = Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype.values);
});

test('enqueue, close and read in order', async () => {
  const rs = new ReadableStream({
    start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); },
  });
  const r = rs.getReader();
  assert.strictEqual(rs.locked, true);
  assert.deepStrictEqual(await r.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await r.read(), { value: 'b', done: false });
  assert.deepStrictEqual(await r.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await r.read(), { value: undefined, done: true });
  await r.closed;
});

test('pull is called while desiredSize > 0 and once per read at hwm 0', async () => {
  let pulls = 0;
  const rs = new ReadableStream({
    pull(c) { pulls++; c.enqueue(pulls); if (pulls === 3) c.close(); },
  }, { highWaterMark: 0 });
  await new Promise((r) => setTimeout(r, 5));
  assert.strictEqual(pulls, 0);
  const r = rs.getReader();
  assert.deepStrictEqual(await r.read(), { value: 1, done: false });
  assert.deepStrictEqual(await r.read(), { value: 2, done: false });
  assert.deepStrictEqual(await r.read(), { value: 3, done: false });
  assert.deepStrictEqual(await r.read(), { value: undefined, done: true });
});

test('desiredSize follows the strategy', async () => {
  let controller;
  new ReadableStream({ start(c) { controller = c; } },
                     { highWaterMark: 10, size(chunk) { return chunk.length; } });
  assert.strictEqual(controller.desiredSize, 10);
  controller.enqueue('abcd');
  assert.strictEqual(controller.desiredSize, 6);
  controller.enqueue('abcdefgh');
  assert.strictEqual(controller.desiredSize, -2);
  controller.close();
  assert.strictEqual(controller.desiredSize, -2);
});

test('a throwing size errors the stream and rethrows', async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } }, { size() { throw new Error('boom'); } });
  assert.throws(() => controller.enqueue(1), { message: 'boom' });
  await assert.rejects(rs.getReader().read(), { message: 'boom' });
});

test('start rejection errors the stream', async () => {
  const rs = new ReadableStream({ start() { return Promise.reject(new Error('nope')); } });
  await assert.rejects(rs.getReader().closed, { message: 'nope' });
});

test('cancel reaches the source with its reason and closes readers', async () => {
  let reason;
  const rs = new ReadableStream({ cancel(r) { reason = r; return 'ignored'; } });
  const r = rs.getReader();
  const pending = r.read();
  assert.strictEqual(await r.cancel('why'), undefined);
  assert.strictEqual(reason, 'why');
  assert.deepStrictEqual(await pending, { value: undefined, done: true });
});

test('locks and releaseLock', async () => {
  const rs = new ReadableStream();
  const r = rs.getReader();
  assert.throws(() => rs.getReader(), { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  assert.throws(() => new ReadableStreamDefaultReader(rs), { code: 'ERR_INVALID_STATE' });
  await assert.rejects(rs.cancel(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked' });
  const pending = r.read();
  r.releaseLock();
  await assert.rejects(pending, { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Releasing reader' });
  await assert.rejects(r.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Reader released' });
  await assert.rejects(r.read(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: The reader is not attached to a stream' });
  assert.strictEqual(rs.locked, false);
  rs.getReader();
});

test('controller errors', async () => {
  assert.throws(() => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }),
                { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Controller is already closed' });
  assert.throws(() => new ReadableStream({ start(c) { c.close(); c.close(); } }), { code: 'ERR_INVALID_STATE' });
  const rs = new ReadableStream({ start(c) { c.error(new Error('x')); c.error(new Error('y')); } });
  await assert.rejects(rs.getReader().read(), { message: 'x' });
});

test('argument validation', () => {
  assert.throws(() => new ReadableStream(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ type: 'foo' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({}, { highWaterMark: -1 }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new ReadableStream({}, { size: 1 }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new ReadableStream({ pull: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /source\.pull/ });
  assert.throws(() => new ReadableStream().getReader({ mode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.mode' is invalid. Received 'x'" });
  assert.throws(() => ReadableStream.prototype.getReader.call({}), { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStream' });
  assert.throws(() => new ReadableStreamDefaultReader(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new globalThis.ReadableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => new globalThis.ReadableByteStreamController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
});

test('inspect', () => {
  const util = require('util');
  const rs = new ReadableStream();
  assert.strictEqual(util.inspect(rs), "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
  const r = rs.getReader();
  assert.strictEqual(util.inspect(r), 'ReadableStreamDefaultReader {\n' +
    "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },\n" +
    '  readRequests: 0,\n  close: Promise { <pending> }\n}');
  assert.strictEqual(util.inspect(new ReadableStream({ type: 'bytes' })),
                     "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
  const closed = new ReadableStream({ start(c) { c.close(); } });
  assert.strictEqual(util.inspect(closed), "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
});

test('stream.finished works on a web stream', async () => {
  const { finished } = require('stream/promises');
  let c;
  const rs = new ReadableStream({ start(ctl) { c = ctl; } });
  const done = finished(rs);
  c.close();
  await done;
});


test('a long queue keeps its order while it drains and refills', async () => {
  let controller;
  const rs = new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: Infinity });
  for (let i = 0; i < 10000; i++) controller.enqueue(i);
  const reader = rs.getReader();
  for (let i = 0; i < 6000; i++) assert.strictEqual((await reader.read()).value, i);
  for (let i = 10000; i < 13000; i++) controller.enqueue(i);
  assert.strictEqual(controller.desiredSize, Infinity);
  for (let i = 6000; i < 13000; i++) assert.strictEqual((await reader.read()).value, i);
  controller.close();
  assert.strictEqual((await reader.read()).done, true);
});

test('inspect of BYOB readers and the async iterator', () => {
  const util = require('util');
  const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  assert.strictEqual(util.inspect(reader), 'ReadableStreamBYOBReader {\n' +
    "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: true },\n" +
    '  readIntoRequests: 0,\n  close: Promise { <pending> }\n}');
  const it = new ReadableStream().values();
  assert.strictEqual(Object.prototype.toString.call(it), '[object Object]');
  assert.deepStrictEqual(Object.keys(it), ['next', 'return']);
  assert.strictEqual(typeof it[Symbol.asyncIterator], 'function');
});
