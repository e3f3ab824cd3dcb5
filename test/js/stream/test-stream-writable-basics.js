'use strict';
// Writable: backpressure and 'drain', cork/uncork/_writev, _final,
// _construct, write after end, multiple callbacks, decodeStrings.
const assert = require('assert');
const { Writable } = require('stream');

const results = {};
function record(name, log) { results[name] = log; }

// Backpressure: write() returns false at the mark, then 'drain'.
{
  const log = [];
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, enc, cb) { log.push(`_write ${chunk} ${enc}`); setTimeout(cb, 1); },
  });
  log.push(`w1 ${w.write('abc')}`);
  log.push(`w2 ${w.write('de')}`);
  log.push(`needDrain ${w.writableNeedDrain} length ${w.writableLength}`);
  w.on('drain', () => {
    log.push(`drain length ${w.writableLength}`);
    w.end('z', () => log.push('end cb'));
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push(`finish finished=${w.writableFinished}`));
  w.on('close', () => { log.push('close'); record('backpressure', log); });
}

// A write whose callback runs synchronously leaves no backpressure: write()
// returns true and no 'drain' follows (node 20's rule, even at hwm 0).
{
  for (const hwm of [0, 1, 2]) {
    const w = new Writable({ highWaterMark: hwm, write(c, e, cb) { cb(); } });
    w.on('drain', () => assert.fail('unexpected drain'));
    assert.strictEqual(w.write('abc'), true);
    assert.strictEqual(w.writableNeedDrain, false);
  }
  const w = new Writable({ highWaterMark: 0, write(c, e, cb) { setTimeout(cb, 1); } });
  assert.strictEqual(w.write('a'), false);
  assert.strictEqual(w.writableNeedDrain, true);
}

// cork/uncork with _writev.
{
  const log = [];
  const w = new Writable({
    write(chunk, enc, cb) { log.push(`_write ${chunk}`); cb(); },
    writev(chunks, cb) {
      log.push(`_writev ${chunks.map((c) => `${c.chunk}:${c.encoding}`).join(',')} all=${chunks.allBuffers}`);
      cb();
    },
  });
  w.cork();
  w.write('a');
  w.write('b', () => log.push('cb b'));
  w.write('c');
  log.push(`corked ${w.writableCorked} buffered ${w.writableBuffer.length}`);
  process.nextTick(() => {
    w.uncork();
    log.push(`after uncork corked ${w.writableCorked}`);
    w.end();
  });
  w.on('finish', () => log.push('finish'));
  w.on('close', () => { log.push('close'); record('cork-writev', log); });
}

// _final runs before 'finish'; _construct before the first write.
{
  const log = [];
  const w = new Writable({
    construct(cb) { log.push('construct'); process.nextTick(cb); },
    write(chunk, enc, cb) { log.push(`write ${chunk}`); cb(); },
    final(cb) { log.push('final'); setTimeout(() => { log.push('final done'); cb(); }, 1); },
  });
  w.write('1');
  w.end('2');
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push('finish'));
  w.on('close', () => { log.push('close'); record('final-construct', log); });
}

// Write after end.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.write('x', (err) => log.push(`cb ${err.code}`));
  w.on('error', (err) => {
    log.push(`error ${err.code} ${err.message}`);
    assert.strictEqual(err.name, 'Error');
  });
  w.on('close', () => { log.push('close'); record('write-after-end', log); });
}

// Callback called twice.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  w.on('error', (err) => log.push(`error ${err.code} ${err.message}`));
  w.on('close', () => { log.push('close'); record('multiple-callback', log); });
  w.write('x');
}

// Invalid chunks throw synchronously.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
  assert.throws(() => w.write({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received an instance of Object',
  });
  assert.throws(() => w.write('x', 'nope'), { code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError' });
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
  w.setDefaultEncoding('HEX');
  assert.strictEqual(w._writableState.defaultEncoding, 'hex');
}

// decodeStrings: false keeps strings; objectMode passes anything.
{
  const got = [];
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { got.push([c, e]); cb(); } });
  w.write('hi', 'latin1');
  w.write(new Uint8Array([1]));
  assert.deepStrictEqual(got[0], ['hi', 'latin1']);
  assert.strictEqual(got[1][1], 'buffer');
  const o = [];
  const ow = new Writable({ objectMode: true, write(c, e, cb) { o.push(c); cb(); } });
  ow.write(1);
  ow.write({ a: 1 });
  assert.deepStrictEqual(o, [1, { a: 1 }]);
  assert.strictEqual(ow.writableHighWaterMark, 16);
  assert.strictEqual(ow.writableObjectMode, true);
}

// Error from _write: callback gets it, then 'error', then 'close'.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
  w.write('a', (err) => log.push(`cb ${err.message}`));
  w.write('b', (err) => log.push(`cb2 ${err && err.message}`));
  w.on('error', (err) => log.push(`error ${err.message} errored=${w.errored === err}`));
  w.on('finish', () => log.push('finish'));
  w.on('close', () => { log.push(`close destroyed=${w.destroyed}`); record('write-error', log); });
}

// end() twice; end callback after finish.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end('a', () => log.push('end1'));
  w.on('finish', () => {
    log.push('finish');
    w.end(() => log.push('late end cb'));
  });
  w.on('close', () => {
    w.end((err) => { log.push(`end after close ${err && err.code}`); record('end-twice', log); });
  });
}

// Writable without _write.
{
  const w = new Writable();
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

// instanceof across Duplex.
{
  const { Duplex, Transform } = require('stream');
  assert.ok(new Duplex() instanceof Writable);
  assert.ok(new Transform() instanceof Writable);
  assert.ok(!(({}) instanceof Writable));
  // Callable without new.
  assert.ok(Writable() instanceof Writable);
}

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "write-after-end": [
    "cb ERR_STREAM_WRITE_AFTER_END",
    "error ERR_STREAM_WRITE_AFTER_END write after end",
    "close"
  ],
  "multiple-callback": [
    "error ERR_MULTIPLE_CALLBACK Callback called multiple times",
    "close"
  ],
  "write-error": [
    "cb boom",
    "cb2 boom",
    "error boom errored=true",
    "close destroyed=true"
  ],
  "end-twice": [
    "end1",
    "finish",
    "late end cb",
    "end after close ERR_STREAM_ALREADY_FINISHED"
  ],
  "cork-writev": [
    "corked 1 buffered 3",
    "_writev a:buffer,b:buffer,c:buffer all=true",
    "after uncork corked 0",
    "cb b",
    "finish",
    "close"
  ],
  "final-construct": [
    "construct",
    "write 1",
    "write 2",
    "final",
    "final done",
    "prefinish",
    "finish",
    "close"
  ],
  "backpressure": [
    "_write abc buffer",
    "w1 true",
    "w2 false",
    "needDrain true length 5",
    "_write de buffer",
    "drain length 0",
    "_write z buffer",
    "prefinish",
    "end cb",
    "finish finished=true",
    "close"
  ]
};
