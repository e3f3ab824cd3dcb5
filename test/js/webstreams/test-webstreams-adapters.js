'use strict';
// Readable/Writable/Duplex .toWeb and .fromWeb, Readable.from(ReadableStream),
// and stream.pipeline with web streams at either end or in the middle.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, pipeline } = require('stream');
const { pipeline: pipelinePromise } = require('stream/promises');
const { test } = require('./harness');

async function collect(iterable) {
  const out = [];
  for await (const x of iterable) out.push(x);
  return out;
}

test('Readable.toWeb: bytes become Uint8Arrays, objects pass through', async () => {
  const rs = Readable.toWeb(Readable.from(['a', Buffer.from('b')], { objectMode: false }));
  assert.ok(rs instanceof ReadableStream);
  const chunks = await collect(rs);
  assert.deepStrictEqual(chunks.map((c) => c.constructor.name), ['Uint8Array', 'Uint8Array']);
  assert.deepStrictEqual(chunks.map((c) => Buffer.from(c).toString()), ['a', 'b']);
  assert.deepStrictEqual(await collect(Readable.toWeb(Readable.from([1, { x: 2 }]))), [1, { x: 2 }]);
});

test('Readable.toWeb: destroy errors the web stream, cancel destroys the Readable', async () => {
  const r = new Readable({ read() {} });
  const rs = Readable.toWeb(r);
  r.destroy(new Error('boom'));
  await assert.rejects(rs.getReader().read(), { message: 'boom' });
  const r2 = new Readable({ read() {} });
  await Readable.toWeb(r2).cancel('c');
  assert.strictEqual(r2.destroyed, true);
});

test('Readable.toWeb pauses the Readable when the web queue is full', async () => {
  let reads = 0;
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { reads++; this.push(reads); } });
  const rs = Readable.toWeb(r);
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.ok(reads < 10, `${reads}`);
  const reader = rs.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  r.destroy();
});

test('Readable.fromWeb', async () => {
  const r = Readable.fromWeb(ReadableStream.from(['x', 'y']));
  assert.strictEqual(r.readableObjectMode, false);
  assert.strictEqual(r.readableHighWaterMark, 16384);
  assert.deepStrictEqual((await collect(r)).map(String), ['x', 'y']);
  const r2 = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105])]), { encoding: 'utf8' });
  assert.strictEqual(r2.readableEncoding, 'utf8');
  assert.deepStrictEqual(await collect(r2), ['hi']);
  const r3 = Readable.fromWeb(ReadableStream.from([{ a: 1 }]), { objectMode: true });
  assert.deepStrictEqual(await collect(r3), [{ a: 1 }]);
  const bad = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('bad')); } }));
  await assert.rejects(collect(bad), { message: 'bad' });
  let canceled;
  const src = new ReadableStream({ pull(c) { c.enqueue('z'); }, cancel(reason) { canceled = reason; } });
  const r4 = Readable.fromWeb(src);
  const err = new Error('stop');
  r4.on('error', () => {});
  r4.destroy(err);
  await new Promise((resolve) => r4.on('close', resolve));
  assert.strictEqual(canceled, err);
  assert.throws(() => Readable.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "readableStream" argument must be an instance of ReadableStream. Received an instance of Object',
  });
  assert.throws(() => Readable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Readable.from(ReadableStream) iterates it', async () => {
  const r = Readable.from(new ReadableStream({ start(c) { c.enqueue('z'); c.close(); } }));
  assert.strictEqual(r.readableObjectMode, true);
  assert.deepStrictEqual(await collect(r), ['z']);
});

test('Writable.fromWeb', async () => {
  const chunks = [];
  let closed = false;
  const ws = new WritableStream({ write(c) { chunks.push(c); }, close() { closed = true; } });
  const w = Writable.fromWeb(ws);
  assert.strictEqual(w.writableObjectMode, false);
  assert.strictEqual(w.writableHighWaterMark, 16384);
  w.write('hi');
  w.write(Buffer.from('yo'));
  await new Promise((resolve) => w.end(resolve));
  assert.strictEqual(closed, true);
  assert.deepStrictEqual(chunks.map((c) => [Buffer.isBuffer(c), c.toString()]), [[true, 'hi'], [true, 'yo']]);
  const failing = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink'); } }));
  failing.write('x');
  await assert.rejects(new Promise((resolve, reject) => failing.on('error', reject)), { message: 'sink' });
  assert.throws(() => Writable.fromWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Writable.toWeb', async () => {
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  const ws = Writable.toWeb(w);
  const writer = ws.getWriter();
  await writer.write('str');
  await writer.write(new Uint8Array([65]));
  await writer.close();
  assert.deepStrictEqual(got, ['str', 'A']);
  assert.strictEqual(w.writableFinished, true);
  const w2 = new Writable({ write(c, e, cb) { cb(new Error('nope')); } });
  w2.on('error', () => {});
  const writer2 = Writable.toWeb(w2).getWriter();
  await assert.rejects(writer2.closed, { message: 'nope' }).catch(() => {});
  writer2.write('a').catch(() => {});
  await assert.rejects(writer2.closed, { message: 'nope' });
  assert.throws(() => Writable.toWeb({}), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('Duplex.toWeb and Duplex.fromWeb', async () => {
  const { readable, writable } = Duplex.toWeb(new PassThrough());
  const writer = writable.getWriter();
  writer.write('ping');
  writer.close();
  assert.deepStrictEqual((await collect(readable)).map((c) => Buffer.from(c).toString()), ['ping']);
  const written = [];
  const d = Duplex.fromWeb({
    readable: ReadableStream.from(['q']),
    writable: new WritableStream({ write(c) { written.push(c.toString()); } }),
  }, { encoding: 'utf8' });
  d.end('w');
  assert.deepStrictEqual(await collect(d), ['q']);
  await new Promise((resolve) => d.on('finish', resolve));
  assert.deepStrictEqual(written, ['w']);
  assert.throws(() => Duplex.fromWeb({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "pair.readable" property must be an instance of ReadableStream. Received undefined',
  });
});

test('pipeline: ReadableStream -> TransformStream -> node Writable', async () => {
  const out = [];
  await pipelinePromise(
    ReadableStream.from(['a', 'b']),
    new TransformStream({ transform(c, ctl) { ctl.enqueue(c.toUpperCase()); } }),
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }));
  assert.deepStrictEqual(out, ['A', 'B']);
});

test('pipeline: node Readable -> WritableStream', async () => {
  const out = [];
  await pipelinePromise(Readable.from(['x', 'y']), new WritableStream({ write(c) { out.push(c); } }));
  assert.deepStrictEqual(out, ['x', 'y']);
  await new Promise((resolve) => {
    pipeline(Readable.from(['x']), new WritableStream({ write() { throw new Error('w'); } }), (err) => {
      assert.strictEqual(err.message, 'w');
      resolve();
    });
  });
});

test('stream helpers on web streams: addAbortSignal, finished, isDisturbed/isErrored/isReadable', async () => {
  const { addAbortSignal, finished, isDisturbed, isErrored, isReadable, isWritable } = require('stream');
  const ac = new AbortController();
  const rs = addAbortSignal(ac.signal, new ReadableStream());
  ac.abort();
  await assert.rejects(rs.getReader().read(), { name: 'AbortError', code: 'ABORT_ERR' });
  const ac2 = new AbortController();
  const ws = addAbortSignal(ac2.signal, new WritableStream());
  ac2.abort('r');
  await assert.rejects(ws.getWriter().write(1), (err) => err.name === 'AbortError' && err.cause === 'r');
  const ws3 = new WritableStream();
  const done = new Promise((resolve) => finished(ws3, resolve));
  await ws3.close();
  assert.strictEqual(await done, undefined);
  const rs4 = new ReadableStream({ start(c) { c.error(new Error('x')); } });
  assert.strictEqual((await new Promise((resolve) => finished(rs4, resolve))).message, 'x');
  const rs5 = new ReadableStream({ start(c) { c.enqueue(1); } });
  assert.deepStrictEqual([isDisturbed(rs5), isErrored(rs5), isReadable(rs5)], [false, false, true]);
  await rs5.getReader().read();
  assert.deepStrictEqual([isDisturbed(rs5), isErrored(rs4), isReadable(rs4)], [true, true, false]);
  assert.strictEqual(isWritable(new WritableStream()), true);
});
