'use strict';
// TransformStream (transform, flush, cancel, terminate, errors, backpressure),
// the queuing strategies, and TextEncoderStream / TextDecoderStream.
const assert = require('assert');
const util = require('util');
const { test } = require('./harness');

async function collect(readable) {
  const out = [];
  for await (const x of readable) out.push(x);
  return out;
}

test('identity transform and flush', async () => {
  const ts = new TransformStream({ flush(c) { c.enqueue('end'); } });
  const w = ts.writable.getWriter();
  w.write('a');
  w.write('b');
  w.close();
  assert.deepStrictEqual(await collect(ts.readable), ['a', 'b', 'end']);
});

test('async transform and backpressure', async () => {
  const ts = new TransformStream({
    async transform(chunk, c) {
      await new Promise((r) => setImmediate(r));
      c.enqueue(chunk * 2);
      c.enqueue(chunk * 2 + 1);
    },
  });
  const w = ts.writable.getWriter();
  assert.strictEqual(w.desiredSize, 1);
  w.write(1);
  assert.strictEqual(w.desiredSize, 0);
  w.write(2);
  w.close();
  assert.deepStrictEqual(await collect(ts.readable), [2, 3, 4, 5]);
});

test('transform error errors both sides', async () => {
  const err = new Error('tx');
  const ts = new TransformStream({ transform() { throw err; } });
  const w = ts.writable.getWriter();
  await assert.rejects(w.write(1), err);
  await assert.rejects(ts.readable.getReader().read(), err);
  await assert.rejects(w.closed, err);
});

test('controller.error and terminate', async () => {
  let controller;
  const ts = new TransformStream({ start(c) { controller = c; } });
  controller.enqueue('x');
  controller.terminate();
  const r = ts.readable.getReader();
  assert.deepStrictEqual(await r.read(), { value: 'x', done: false });
  assert.deepStrictEqual(await r.read(), { value: undefined, done: true });
  await assert.rejects(ts.writable.getWriter().write(1),
                       { name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: TransformStream has been terminated' });
  const ts2 = new TransformStream({ start(c) { c.error(new Error('e')); } });
  await assert.rejects(ts2.readable.getReader().read(), { message: 'e' });
});

test('cancel of the readable side calls transformer.cancel and errors the writable', async () => {
  let reason;
  const ts = new TransformStream({ cancel(r) { reason = r; } });
  await ts.readable.cancel('gone');
  assert.strictEqual(reason, 'gone');
  await assert.rejects(ts.writable.getWriter().closed, (e) => e === 'gone');
});

test('abort of the writable side errors the readable', async () => {
  const ts = new TransformStream();
  await ts.writable.abort(new Error('ab'));
  await assert.rejects(ts.readable.getReader().read(), { message: 'ab' });
});

test('strategies and validation', () => {
  const ts = new TransformStream({}, { highWaterMark: 4 }, { highWaterMark: 2 });
  assert.strictEqual(ts.writable.getWriter().desiredSize, 4);
  assert.throws(() => new TransformStream({ readableType: 'bytes' }), { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => new TransformStream({ transform: 1 }), { code: 'ERR_INVALID_ARG_TYPE', message: /transformer\.transform/ });
  assert.throws(() => new TransformStreamDefaultController(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.strictEqual(util.inspect(new TransformStream()), 'TransformStream {\n' +
    "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
    "  writable: WritableStream { locked: false, state: 'writable' },\n  backpressure: true\n}");
});

test('queuing strategies', () => {
  const c = new CountQueuingStrategy({ highWaterMark: '5' });
  assert.strictEqual(c.highWaterMark, 5);
  assert.strictEqual(c.size(), 1);
  assert.strictEqual(c.size, new CountQueuingStrategy({ highWaterMark: 1 }).size);
  assert.strictEqual(c.size.name, 'size');
  const b = new ByteLengthQueuingStrategy({ highWaterMark: 3 });
  assert.strictEqual(b.size(new Uint8Array(7)), 7);
  assert.deepStrictEqual(Object.keys(CountQueuingStrategy.prototype), ['highWaterMark', 'size']);
  assert.strictEqual(util.inspect(b), 'ByteLengthQueuingStrategy { highWaterMark: 3 }');
  assert.throws(() => new CountQueuingStrategy(), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "init" argument must be of type object. Received undefined' });
  assert.throws(() => new ByteLengthQueuingStrategy({}), { code: 'ERR_MISSING_OPTION', message: 'init.highWaterMark is required' });
});

test('TextEncoderStream joins surrogate pairs split across chunks', async () => {
  const es = new TextEncoderStream();
  assert.strictEqual(es.encoding, 'utf-8');
  const w = es.writable.getWriter();
  w.write('a\ud83d');
  w.write('\ude00b');
  w.write('\ud83d');
  w.close();
  const out = (await collect(es.readable)).map((u) => [...u]);
  assert.deepStrictEqual(out, [[97], [240, 159, 152, 128, 98], [239, 191, 189]]);
});

test('TextDecoderStream decodes across chunk boundaries', async () => {
  const ds = new TextDecoderStream();
  assert.strictEqual(ds.encoding, 'utf-8');
  assert.strictEqual(ds.fatal, false);
  assert.strictEqual(ds.ignoreBOM, false);
  const w = ds.writable.getWriter();
  w.write(new Uint8Array([0xf0, 0x9f]));
  w.write(new Uint8Array([0x98, 0x80, 0xe2]));
  w.close();
  assert.deepStrictEqual(await collect(ds.readable), ['\u{1f600}', '\ufffd']);
  const latin = new TextDecoderStream('latin1');
  assert.strictEqual(latin.encoding, 'windows-1252');
  assert.throws(() => new TextDecoderStream('foo'), { name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED' });
  const bad = new TextDecoderStream();
  await assert.rejects(bad.writable.getWriter().write(1), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  await assert.rejects(fatal.writable.getWriter().write(new Uint8Array([0xff])), { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
});

test('pipeThrough a TextDecoderStream', async () => {
  const rs = ReadableStream.from([new TextEncoder().encode('héllo '), new TextEncoder().encode('wörld')]);
  assert.strictEqual((await collect(rs.pipeThrough(new TextDecoderStream()))).join(''), 'héllo wörld');
});

test('a null strategy is an empty one', () => {
  assert.ok(new ReadableStream(undefined, null) instanceof ReadableStream);
  assert.strictEqual(new WritableStream(undefined, null).getWriter().desiredSize, 1);
  const ts = new TransformStream({}, null, null);
  assert.strictEqual(ts.writable.getWriter().desiredSize, 1);
  assert.throws(() => new ReadableStream(null), { code: 'ERR_INVALID_ARG_TYPE' });
});

test('TextDecoderStream: BOM across chunks, ignoreBOM, utf-16le, buffers of every kind', async () => {
  const decode = async (label, options, chunks) => {
    const ds = new TextDecoderStream(label, options);
    const w = ds.writable.getWriter();
    for (const chunk of chunks) w.write(chunk);
    w.close();
    return (await collect(ds.readable)).join('|');
  };
  assert.strictEqual(await decode('utf-8', {}, [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x41])]), 'A');
  assert.strictEqual(await decode('utf-8', { ignoreBOM: true }, [new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]), '\ufeffA');
  assert.strictEqual(await decode('utf-16le', {}, [new Uint8Array([0x41]), new Uint8Array([0x00, 0x42, 0x00])]), 'AB');
  assert.strictEqual(await decode('utf-8', {}, [new Uint8Array([0x68, 0x69]).buffer,
                                                new DataView(new Uint8Array([0x21]).buffer)]), 'hi|!');
  assert.strictEqual(await decode('utf-8', {}, [new Uint8Array(0)]), '');
  const es = new TextEncoderStream();
  const w = es.writable.getWriter();
  w.write(123);
  w.write('');
  w.write({ toString() { return 'obj'; } });
  w.close();
  assert.deepStrictEqual((await collect(es.readable)).map((u) => [...u]), [[49, 50, 51], [111, 98, 106]]);
});
