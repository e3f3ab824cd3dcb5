'use strict';
// stream.isErrored/isReadable/isWritable/isDestroyed/isDisturbed,
// default highWaterMarks, addAbortSignal, compose, Duplex.from, duplexPair,
// Readable.wrap, Transform backpressure, state objects.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, PassThrough } = stream;

const results = {};
function record(name, log) { results[name] = log; }

// Predicates.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isErrored(r), false);
  assert.strictEqual(stream.isDestroyed(r), false);
  assert.strictEqual(stream.isWritable(new PassThrough()), true);
  assert.strictEqual(stream.isWritable(r), null);
  r.on('error', () => {});
  r.destroy(new Error('x'));
  assert.strictEqual(stream.isReadable(r), false);
  // errorEmitted is only set once 'error' was emitted.
  assert.strictEqual(stream.isErrored(r), false);
  r.on('close', () => { results.isErroredAfterClose = stream.isErrored(r); });
  assert.strictEqual(stream.isDestroyed(r), true);
  assert.strictEqual(stream.isDisturbed(r), true);
  assert.strictEqual(stream.Readable.isDisturbed(new Readable()), false);
}

// Default highWaterMark.
{
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 16 * 1024);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  stream.setDefaultHighWaterMark(false, 100);
  stream.setDefaultHighWaterMark(true, 3);
  assert.strictEqual(new Readable().readableHighWaterMark, 100);
  assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 3);
  stream.setDefaultHighWaterMark(false, 16 * 1024);
  stream.setDefaultHighWaterMark(true, 16);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => stream.setDefaultHighWaterMark(false, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// addAbortSignal and the signal option.
{
  const log = [];
  const ac = new AbortController();
  const r = stream.addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (err) => log.push(`error ${err.name} ${err.code}`));
  r.on('close', () => { log.push('close'); record('abortSignal', log); });
  ac.abort();
  assert.throws(() => stream.addAbortSignal('x', r), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => stream.addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
  const w = new Writable({ signal: AbortSignal.abort(), write(c, e, cb) { cb(); } });
  w.on('error', (err) => { results.signalOption = `${err.name} ${w.destroyed}`; });
}

// Transform backpressure: the write callback waits for the reader.
{
  const log = [];
  const t = new Transform({
    highWaterMark: 2,
    transform(c, e, cb) { log.push(`transform ${c}`); cb(null, c); },
  });
  for (let i = 1; i <= 5; i++) log.push(`write ${i} -> ${t.write(String(i))}`);
  setTimeout(() => {
    log.push(`readableLength ${t.readableLength} writableLength ${t.writableLength}`);
    t.on('data', (c) => log.push(`data ${c}`));
    t.end();
    t.on('end', () => { log.push('end'); record('transform-backpressure', log); });
  }, 2);
}

// Transform errors.
{
  const t = new Transform({ transform(c, e, cb) { cb(new Error('tx')); } });
  t.on('error', (err) => { results.transformError = `${err.message} ${t.destroyed}`; });
  t.write('a');
  const t2 = new Transform();
  assert.throws(() => t2.write('a'), { message: 'The _transform() method is not implemented' });
}

// Duplex.from variants, compose, duplexPair.
(async () => {
  const d = Duplex.from(async function* (src) {
    for await (const c of src) yield String(c).toUpperCase();
  });
  d.end('abc');
  results.duplexFromGen = (await d.toArray()).join('');
  results.duplexFromIterable = await Duplex.from(['p', 'q']).toArray();
  results.duplexFromPromise = await Duplex.from(Promise.resolve('v')).toArray();
  const pt = new PassThrough();
  assert.strictEqual(Duplex.from(pt), pt);

  const c = stream.compose(
    new Transform({ transform(ch, e, cb) { cb(null, String(ch) + '1'); } }),
    async function* (src) { for await (const ch of src) yield String(ch) + '2'; },
  );
  c.end('x');
  results.compose = (await c.toArray()).map(String);

  const [a, b] = stream.duplexPair();
  a.write('ping');
  b.once('data', (chunk) => {
    results.duplexPair = String(chunk);
    b.end('pong');
  });
  a.on('data', (chunk) => { results.duplexPairBack = String(chunk); });
})();

// Readable.wrap around an old-style stream.
{
  const old = new stream.Stream();
  old.pause = () => {};
  old.resume = () => {};
  const r = new Readable().wrap(old);
  const got = [];
  r.on('data', (c) => got.push(String(c)));
  r.on('end', () => { results.wrap = got; });
  old.emit('data', 'one');
  old.emit('data', 'two');
  old.emit('end');
}

// State fields libraries read.
{
  const r = new Readable({ read() {} });
  const rs = r._readableState;
  for (const key of ['objectMode', 'highWaterMark', 'buffer', 'length', 'pipes', 'flowing',
    'ended', 'endEmitted', 'reading', 'sync', 'needReadable', 'emittedReadable',
    'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy',
    'destroyed', 'errored', 'closed', 'closeEmitted', 'defaultEncoding',
    'awaitDrainWriters', 'readingMore', 'dataEmitted', 'decoder', 'encoding']) {
    assert.ok(key in rs, key);
  }
  assert.strictEqual(rs.pipesCount, 0);
  assert.strictEqual(rs.flowing, null);
  assert.ok(rs instanceof Readable.ReadableState);
  const ws = new Writable()._writableState;
  for (const key of ['objectMode', 'highWaterMark', 'finalCalled', 'needDrain', 'ending',
    'ended', 'finished', 'destroyed', 'decodeStrings', 'defaultEncoding', 'length',
    'writing', 'corked', 'sync', 'bufferProcessing', 'onwrite', 'writecb', 'writelen',
    'pendingcb', 'prefinished', 'errorEmitted', 'emitClose', 'autoDestroy', 'errored',
    'closed', 'closeEmitted']) {
    assert.ok(key in ws, key);
  }
  assert.deepStrictEqual(ws.getBuffer(), []);
  assert.strictEqual(ws.bufferedRequestCount, 0);
}

// Subclassing the ES5 way and with classes.
{
  function Old(opts) { Readable.call(this, opts); }
  Object.setPrototypeOf(Old.prototype, Readable.prototype);
  Old.prototype._read = function() { this.push('old'); this.push(null); };
  class New extends Writable {
    constructor() { super({ decodeStrings: false }); this.got = []; }
    _write(c, e, cb) { this.got.push(c); cb(); }
  }
  const n = new New();
  n.on('finish', () => { results.subclass = n.got.map(String); });
  new Old().pipe(n);
}

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "isErroredAfterClose": true,
  "abortSignal": [
    "error AbortError ABORT_ERR",
    "close"
  ],
  "signalOption": "AbortError true",
  "transformError": "tx true",
  "wrap": [
    "one",
    "two"
  ],
  "subclass": [
    "old"
  ],
  "duplexFromGen": "ABC",
  "duplexFromIterable": [
    "p",
    "q"
  ],
  "duplexFromPromise": [
    "v"
  ],
  "compose": [
    "x12"
  ],
  "duplexPair": "ping",
  "duplexPairBack": "pong",
  "transform-backpressure": [
    "transform 1",
    "write 1 -> true",
    "transform 2",
    "write 2 -> true",
    "write 3 -> false",
    "write 4 -> false",
    "write 5 -> false",
    "readableLength 2 writableLength 4",
    "transform 3",
    "transform 4",
    "transform 5",
    "data 1",
    "data 2",
    "data 3",
    "data 4",
    "data 5",
    "end"
  ]
};
