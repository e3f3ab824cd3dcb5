'use strict';
// pipe/unpipe: backpressure with a slow consumer, several destinations,
// 'pipe'/'unpipe' events, end: false, legacy Stream.prototype.pipe.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

const results = {};
function record(name, log) { results[name] = log; }

// Slow consumer: the source is paused while the destination is full.
{
  const log = [];
  let n = 0;
  const src = new Readable({
    highWaterMark: 4,
    read() {
      n++;
      log.push(`_read ${n}`);
      if (n > 6) this.push(null);
      else this.push(`c${n}`);
    },
  });
  const dst = new Writable({
    highWaterMark: 4,
    write(chunk, enc, cb) {
      log.push(`write ${chunk} flowing=${src.readableFlowing} needDrain=${dst.writableNeedDrain}`);
      setTimeout(cb, 2);
    },
  });
  dst.on('drain', () => log.push('drain'));
  dst.on('pipe', (s) => log.push(`pipe ${s === src}`));
  dst.on('unpipe', (s) => log.push(`unpipe ${s === src}`));
  dst.on('finish', () => log.push('finish'));
  src.on('end', () => log.push('end'));
  dst.on('close', () => { log.push('close'); record('slow-consumer', log); });
  assert.strictEqual(src.pipe(dst), dst);
  assert.strictEqual(src._readableState.pipes.length, 1);
}

// Two destinations: the source waits for both to drain.
{
  const log = [];
  const src = new Readable({ objectMode: true, read() {} });
  function mk(name, delay) {
    return new Writable({
      objectMode: true,
      highWaterMark: 1,
      write(chunk, enc, cb) { log.push(`${name} ${chunk}`); setTimeout(cb, delay); },
    });
  }
  const a = mk('a', 1);
  const b = mk('b', 6);
  src.pipe(a);
  src.pipe(b);
  for (let i = 0; i < 4; i++) src.push(i);
  src.push(null);
  let closed = 0;
  const onclose = () => { if (++closed === 2) record('two-dests', log); };
  a.on('finish', () => log.push('a finish'));
  b.on('finish', () => log.push('b finish'));
  a.on('close', onclose);
  b.on('close', onclose);
}

// unpipe stops the flow; end: false keeps the destination open.
{
  const log = [];
  const src = new PassThrough();
  const dst = new PassThrough();
  dst.on('data', (c) => log.push(`dst ${c}`));
  dst.on('unpipe', () => log.push('unpipe'));
  src.pipe(dst, { end: false });
  src.write('1');
  setTimeout(() => {
    src.unpipe(dst);
    log.push(`pipes=${src._readableState.pipes.length} flowing=${src.readableFlowing}`);
    src.write('2');
    src.end();
    setTimeout(() => {
      log.push(`src length=${src.readableLength} dst writable=${dst.writable}`);
      record('unpipe', log);
    }, 5);
  }, 5);
}

// unpipe() with no argument removes all destinations.
{
  const src = new Readable({ read() {} });
  const d1 = new PassThrough();
  const d2 = new PassThrough();
  src.pipe(d1);
  src.pipe(d2);
  assert.strictEqual(src._readableState.pipes.length, 2);
  src.unpipe();
  assert.strictEqual(src._readableState.pipes.length, 0);
  assert.strictEqual(src.readableFlowing, false);
}

// An error on the destination unpipes it and reaches its own listener.
{
  const log = [];
  const src = new Readable({ read() {} });
  const dst = new Writable({ write(c, e, cb) { cb(new Error('dst failed')); } });
  dst.on('error', (err) => log.push(`dst error ${err.message}`));
  dst.on('unpipe', () => log.push('unpipe'));
  dst.on('close', () => {
    log.push(`close pipes=${src._readableState.pipes.length}`);
    record('dest-error', log);
  });
  src.pipe(dst);
  src.push('x');
}

// Writable cannot be piped from.
{
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => {
    results.cannotPipe = `${err.code} ${err.message}`;
  });
  w.pipe(new PassThrough());
}

// Legacy Stream.pipe.
{
  const log = [];
  const src = new stream.Stream();
  const dst = new stream.Stream();
  dst.writable = true;
  dst.write = (c) => { log.push(`write ${c}`); return true; };
  dst.end = () => log.push('end');
  src.pipe(dst);
  src.emit('data', 'a');
  src.emit('data', 'b');
  src.emit('end');
  src.emit('data', 'after');
  record('legacy', log);
  assert.strictEqual(stream.Stream, stream);
  assert.ok(new Readable() instanceof stream);
  assert.ok(new Readable() instanceof require('events'));
}

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "legacy": [
    "write a",
    "write b",
    "end"
  ],
  "cannotPipe": "ERR_STREAM_CANNOT_PIPE Cannot pipe, not readable",
  "dest-error": [
    "unpipe",
    "dst error dst failed",
    "close pipes=0"
  ],
  "unpipe": [
    "dst 1",
    "unpipe",
    "pipes=0 flowing=false",
    "src length=1 dst writable=true"
  ],
  "slow-consumer": [
    "pipe true",
    "_read 1",
    "_read 2",
    "write c1 flowing=true needDrain=false",
    "_read 3",
    "_read 4",
    "write c2 flowing=false needDrain=true",
    "drain",
    "_read 5",
    "write c3 flowing=true needDrain=false",
    "_read 6",
    "write c4 flowing=false needDrain=true",
    "drain",
    "_read 7",
    "write c5 flowing=true needDrain=false",
    "end",
    "write c6 flowing=false needDrain=false",
    "finish",
    "unpipe true",
    "close"
  ],
  "two-dests": [
    "a 0",
    "b 0",
    "a 1",
    "b 1",
    "a 2",
    "b 2",
    "a 3",
    "b 3",
    "a finish",
    "b finish"
  ]
};
