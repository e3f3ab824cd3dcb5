'use strict';
// pipeTo / pipeThrough (preventClose, preventAbort, preventCancel, signal),
// tee of default and byte streams, async iteration and ReadableStream.from.
const assert = require('assert');
const { test } = require('./harness');

function source(chunks) {
  return new ReadableStream({
    start(c) { for (const x of chunks) c.enqueue(x); c.close(); },
  });
}

function sink(log, extra = {}) {
  return new WritableStream({
    write(chunk) { log.push(chunk); },
    close() { log.push('closed'); },
    abort(reason) { log.push(`abort:${reason?.message ?? reason}`); },
    ...extra,
  });
}

test('pipeTo moves every chunk and closes', async () => {
  const log = [];
  await source([1, 2, 3]).pipeTo(sink(log));
  assert.deepStrictEqual(log, [1, 2, 3, 'closed']);
});

test('pipeTo preventClose leaves the destination open and unlocked', async () => {
  const log = [];
  const ws = sink(log);
  const rs = source(['a']);
  await rs.pipeTo(ws, { preventClose: true });
  assert.deepStrictEqual(log, ['a']);
  assert.strictEqual(ws.locked, false);
  assert.strictEqual(rs.locked, false);
  await ws.getWriter().close();
  assert.deepStrictEqual(log, ['a', 'closed']);
});

test('a source error aborts the destination unless preventAbort', async () => {
  const log = [];
  const err = new Error('src');
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(err); } });
  await assert.rejects(rs.pipeTo(sink(log)), err);
  assert.deepStrictEqual(log, ['abort:src']);
  const log2 = [];
  const ws = sink(log2);
  await assert.rejects(new ReadableStream({ start(c) { c.error(err); } }).pipeTo(ws, { preventAbort: true }), err);
  assert.deepStrictEqual(log2, []);
  assert.strictEqual(ws.locked, false);
});

test('a destination error cancels the source unless preventCancel', async () => {
  let canceled;
  const err = new Error('dst');
  const rs = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(r) { canceled = r; } });
  const ws = new WritableStream({ write() { throw err; } });
  await assert.rejects(rs.pipeTo(ws), err);
  assert.strictEqual(canceled, err);
  let canceled2 = 'no';
  const rs2 = new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(r) { canceled2 = r; } });
  await assert.rejects(rs2.pipeTo(new WritableStream({ write() { throw err; } }), { preventCancel: true }), err);
  assert.strictEqual(canceled2, 'no');
  assert.strictEqual(rs2.locked, false);
});

test('pipeTo with an abort signal', async () => {
  const ac = new AbortController();
  let canceled;
  const log = [];
  const rs = new ReadableStream({ pull(c) { c.enqueue(1); }, cancel(r) { canceled = r; } }, { highWaterMark: 0 });
  const ws = new WritableStream({
    write(c) { log.push(c); return new Promise((r) => setImmediate(r)); },
    abort(r) { log.push('abort'); },
  });
  const p = rs.pipeTo(ws, { signal: ac.signal });
  setTimeout(() => ac.abort(), 2);
  await assert.rejects(p, { name: 'AbortError', code: 20, message: 'This operation was aborted' });
  assert.strictEqual(canceled.name, 'AbortError');
  assert.strictEqual(log[log.length - 1], 'abort');
  const ac2 = new AbortController();
  ac2.abort(new Error('custom'));
  await assert.rejects(source([1]).pipeTo(new WritableStream(), { signal: ac2.signal }), { message: 'custom' });
});

test('pipeTo argument errors', async () => {
  const locked = new ReadableStream();
  locked.getReader();
  await assert.rejects(locked.pipeTo(new WritableStream()), { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked' });
  await assert.rejects(new ReadableStream().pipeTo({}), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(new ReadableStream().pipeTo(new WritableStream(), { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /options\.signal/ });
  assert.throws(() => new ReadableStream().pipeThrough({}), { code: 'ERR_INVALID_ARG_TYPE', message: /transform\.readable/ });
});

test('pipeThrough a TransformStream', async () => {
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  const out = [];
  for await (const x of source(['a', 'b']).pipeThrough(upper)) out.push(x);
  assert.deepStrictEqual(out, ['A', 'B']);
});

test('pipeTo respects backpressure of the destination', async () => {
  let maxQueued = 0;
  let pulled = 0;
  const rs = new ReadableStream({ pull(c) { pulled++; c.enqueue(pulled); if (pulled === 20) c.close(); } },
                                { highWaterMark: 0 });
  let written = 0;
  const ws2 = new WritableStream({
    write() {
      written++;
      // The source is never more than the destination's queue ahead.
      maxQueued = Math.max(maxQueued, pulled - written);
      return new Promise((r) => setImmediate(r));
    },
  }, { highWaterMark: 2 });
  await rs.pipeTo(ws2);
  assert.strictEqual(pulled, 20);
  assert.strictEqual(written, 20);
  assert.ok(maxQueued <= 3, `${maxQueued}`);
});

test('tee gives both branches every chunk; cancel needs both', async () => {
  let canceled;
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.close(); },
    cancel(r) { canceled = r; },
  });
  const [a, b] = rs.tee();
  assert.strictEqual(rs.locked, true);
  const got = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  assert.deepStrictEqual(await Promise.all([got(a), got(b)]), [[1, 2], [1, 2]]);
  const rs2 = new ReadableStream({ cancel(r) { canceled = r; } });
  const [c, d] = rs2.tee();
  const p1 = c.cancel('r1');
  assert.strictEqual(canceled, undefined);
  await d.cancel('r2');
  await p1;
  assert.deepStrictEqual(canceled, ['r1', 'r2']);
});

test('tee of a byte stream gives byte streams with separate buffers', async () => {
  const rs = new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } });
  const [a, b] = rs.tee();
  assert.match(require('util').inspect(a), /supportsBYOB: true/);
  const ra = await a.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  const rb = await b.getReader().read();
  assert.deepStrictEqual([...ra.value], [1, 2]);
  assert.deepStrictEqual([...rb.value], [1, 2]);
  assert.notStrictEqual(ra.value.buffer, rb.value.buffer);
});

test('tee propagates errors', async () => {
  const err = new Error('t');
  const [a, b] = new ReadableStream({ start(c) { c.error(err); } }).tee();
  await assert.rejects(a.getReader().read(), err);
  await assert.rejects(b.getReader().read(), err);
});

test('async iteration: break cancels unless preventCancel', async () => {
  let canceled = false;
  const make = () => new ReadableStream({
    pull(c) { c.enqueue(1); },
    cancel() { canceled = true; },
  });
  const s1 = make();
  for await (const x of s1) { assert.strictEqual(x, 1); break; }
  assert.strictEqual(canceled, true);
  assert.strictEqual(s1.locked, false);
  canceled = false;
  const s2 = make();
  for await (const x of s2.values({ preventCancel: true })) { assert.strictEqual(x, 1); break; }
  assert.strictEqual(canceled, false);
  assert.strictEqual(s2.locked, false);
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked[Symbol.asyncIterator](), { code: 'ERR_INVALID_STATE' });
});

test('async iteration surfaces errors', async () => {
  const err = new Error('it');
  const rs = new ReadableStream({ start(c) { c.enqueue(1); c.error(err); } });
  await assert.rejects(async () => { for await (const x of rs) { assert.strictEqual(x, 1); } }, err);
});

test('ReadableStream.from', async () => {
  const collect = async (s) => { const out = []; for await (const x of s) out.push(x); return out; };
  assert.deepStrictEqual(await collect(ReadableStream.from([1, 2, 3])), [1, 2, 3]);
  assert.deepStrictEqual(await collect(ReadableStream.from([Promise.resolve('p')])), ['p']);
  async function* gen() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await collect(ReadableStream.from(gen())), ['a', 'b']);
  assert.deepStrictEqual(await collect(ReadableStream.from('hi')), ['h', 'i']);
  let returned = false;
  const it = { [Symbol.asyncIterator]() { return { next: async () => ({ value: 1, done: false }), return: async () => { returned = true; return {}; } }; } };
  const rs = ReadableStream.from(it);
  await rs.cancel('x');
  assert.strictEqual(returned, true);
  assert.throws(() => ReadableStream.from(1), { name: 'TypeError', code: 'ERR_ARG_NOT_ITERABLE' });
  const nested = ReadableStream.from(ReadableStream.from([5]));
  assert.deepStrictEqual(await collect(nested), [5]);
});
