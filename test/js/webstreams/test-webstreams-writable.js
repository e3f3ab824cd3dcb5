'use strict';
// WritableStream: writer lifecycle, backpressure (ready/desiredSize),
// close/abort ordering, controller.signal and error(), node's errors.
const assert = require('assert');
const util = require('util');
const { test } = require('./harness');

test('writes run one at a time, in order, then close', async () => {
  const log = [];
  const ws = new WritableStream({
    async write(chunk, controller) {
      assert.strictEqual(typeof controller.error, 'function');
      log.push(`start ${chunk}`);
      await new Promise((r) => setImmediate(r));
      log.push(`end ${chunk}`);
    },
    close() { log.push('close'); },
  });
  const w = ws.getWriter();
  const p1 = w.write(1);
  const p2 = w.write(2);
  const pc = w.close();
  await Promise.all([p1, p2, pc]);
  await w.closed;
  assert.deepStrictEqual(log, ['start 1', 'end 1', 'start 2', 'end 2', 'close']);
  assert.strictEqual(util.inspect(ws), "WritableStream { locked: true, state: 'closed' }");
});

test('desiredSize and ready follow the queue', async () => {
  let release;
  const ws = new WritableStream({
    write() { return new Promise((r) => { release = r; }); },
  }, { highWaterMark: 2 });
  const w = ws.getWriter();
  assert.strictEqual(w.desiredSize, 2);
  w.write('a');
  w.write('b');
  assert.strictEqual(w.desiredSize, 0);
  let ready = false;
  w.ready.then(() => { ready = true; });
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(ready, false);
  release();
  await new Promise((r) => setImmediate(r));
  assert.strictEqual(ready, true);
  assert.strictEqual(w.desiredSize, 1);
});

test('abort rejects queued writes and calls sink.abort, signal fires', async () => {
  let abortReason;
  let signal;
  let finishWrite;
  let writing;
  const inFlight = new Promise((resolve) => { writing = resolve; });
  const ws = new WritableStream({
    start(c) { signal = c.signal; },
    write() {
      writing();
      return new Promise((resolve) => { finishWrite = resolve; });
    },
    abort(r) { abortReason = r; },
  });
  const w = ws.getWriter();
  const p1 = w.write(1);
  const p2 = w.write(2);
  await inFlight;  // write 1 is in flight, write 2 queued
  const err = new Error('stop');
  const pa = w.abort(err);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, err);
  finishWrite();
  await p1;
  await assert.rejects(p2, err);
  await pa;
  assert.strictEqual(abortReason, err);
  await assert.rejects(w.closed, err);
  assert.strictEqual(util.inspect(ws), "WritableStream { locked: true, state: 'errored' }");
});

test('a failing write errors the stream', async () => {
  const err = new Error('w');
  const ws = new WritableStream({ write() { throw err; } });
  const w = ws.getWriter();
  await assert.rejects(w.write(1), err);
  await assert.rejects(w.write(2), err);
  await assert.rejects(w.closed, err);
  assert.strictEqual(w.desiredSize, null);
});

test('controller.error', async () => {
  const err = new Error('c');
  const ws = new WritableStream({ start(c) { c.error(err); } });
  const w = ws.getWriter();
  await assert.rejects(w.write(1), err);
});

test('locks, release and state errors', async () => {
  const ws = new WritableStream();
  const w = ws.getWriter();
  assert.throws(() => ws.getWriter(), { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ws.abort(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  await assert.rejects(ws.close(), { code: 'ERR_INVALID_STATE', message: 'Invalid state: WritableStream is locked' });
  w.close();
  await assert.rejects(w.close(), { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: Failure to close WritableStream' });
  w.releaseLock();
  await assert.rejects(w.write(1), { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer is not bound to a WritableStream' });
  await assert.rejects(w.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
  const w2 = new WritableStream().getWriter();
  w2.releaseLock();
  await assert.rejects(w2.closed, { code: 'ERR_INVALID_STATE', message: 'Invalid state: Writer has been released' });
});

test('argument errors', () => {
  assert.throws(() => new WritableStream(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new WritableStream({ type: 'x' }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new WritableStream({ write: 'no' }), { code: 'ERR_INVALID_ARG_TYPE', message: /sink\.write/ });
  assert.throws(() => new WritableStreamDefaultWriter({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new WritableStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
});

test('inspect of writer and controller', () => {
  let controller;
  const ws = new WritableStream({ start(c) { controller = c; } });
  assert.strictEqual(util.inspect(controller),
                     "WritableStreamDefaultController { stream: WritableStream { locked: false, state: 'writable' } }");
  const w = ws.getWriter();
  assert.strictEqual(util.inspect(w), 'WritableStreamDefaultWriter {\n' +
    "  stream: WritableStream { locked: true, state: 'writable' },\n" +
    '  close: Promise { <pending> },\n  ready: Promise { undefined },\n  desiredSize: 1\n}');
  assert.strictEqual(util.inspect(controller.signal), 'AbortSignal { aborted: false }');
});
