'use strict';
// Event order of end/finish/close, destroy(err) ('error' then 'close', each
// once), autoDestroy, emitClose, errored/closed/destroyed getters, Duplex
// and allowHalfOpen.
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

const results = {};
function record(name, log) { results[name] = log; }
function watch(stream, log, name, events) {
  for (const ev of events) {
    stream.on(ev, (arg) => {
      if (ev === 'error') log.push(`${name}:error ${arg.message}`);
      else log.push(`${name}:${ev}`);
    });
  }
}

// destroy(err) on a Readable: 'error' then 'close', once; getters.
{
  const log = [];
  const r = new Readable({ read() {} });
  watch(r, log, 'r', ['error', 'close', 'end']);
  const err = new Error('kaput');
  r.destroy(err, (e) => log.push(`cb ${e === err}`));
  r.destroy(new Error('second'));
  log.push(`destroyed=${r.destroyed} errored=${r.errored === err} closed=${r.closed}`);
  r.on('close', () => {
    log.push(`after close destroyed=${r.destroyed} closed=${r.closed}`);
    record('readable-destroy-err', log);
  });
}

// destroy() without error: only 'close'.
{
  const log = [];
  const w = new Writable({ write(c, e, cb) { cb(); } });
  watch(w, log, 'w', ['error', 'close', 'finish']);
  w.destroy();
  log.push(`writable=${w.writable} destroyed=${w.destroyed}`);
  w.on('close', () => record('writable-destroy', log));
}

// emitClose: false and autoDestroy: false.
{
  const log = [];
  const r = new Readable({ emitClose: false, read() {} });
  watch(r, log, 'r', ['close', 'end']);
  r.push(null);
  r.resume();
  const r2 = new Readable({ autoDestroy: false, read() {} });
  watch(r2, log, 'r2', ['close', 'end', 'error']);
  r2.push(null);
  r2.resume();
  const r3 = new Readable({ autoDestroy: false, read() {} });
  watch(r3, log, 'r3', ['close', 'error']);
  r3.on('error', () => log.push(`r3 destroyed=${r3.destroyed} errored=${!!r3.errored}`));
  r3.push(5);
  setTimeout(() => {
    log.push(`r destroyed=${r.destroyed} r2 destroyed=${r2.destroyed}`);
    record('emitClose-autoDestroy', log);
  }, 10);
}

// Duplex: 'end', 'finish' and then 'close' once both sides are done.
{
  const log = [];
  const d = new Duplex({
    read() {},
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
  });
  watch(d, log, 'd', ['end', 'finish', 'close', 'prefinish']);
  d.push('x');
  d.push(null);
  d.resume();
  setTimeout(() => d.end('y'), 5);
  d.on('close', () => record('duplex-order', log));
}

// allowHalfOpen: false ends the writable side after 'end'.
{
  const log = [];
  const d = new Duplex({
    allowHalfOpen: false,
    read() { this.push(null); },
    write(c, e, cb) { cb(); },
  });
  watch(d, log, 'd', ['end', 'finish', 'close']);
  d.resume();
  d.on('close', () => {
    log.push(`writableEnded=${d.writableEnded} writableFinished=${d.writableFinished}`);
    record('allowHalfOpen', log);
  });
}

// Duplex with readable: false / writable: false.
{
  const d = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  assert.strictEqual(d.readable, false);
  assert.strictEqual(d.writable, true);
  const d2 = new Duplex({ writable: false, read() {} });
  assert.strictEqual(d2.writable, false);
  assert.strictEqual(d2.writableFinished, true);
  const d3 = new Duplex({ readableObjectMode: true, writableHighWaterMark: 3 });
  assert.strictEqual(d3.readableObjectMode, true);
  assert.strictEqual(d3.writableObjectMode, false);
  assert.strictEqual(d3.readableHighWaterMark, 16);
  assert.strictEqual(d3.writableHighWaterMark, 3);
}

// Transform: event order through to close.
{
  const log = [];
  const t = new Transform({
    transform(chunk, enc, cb) { log.push(`transform ${chunk}`); cb(null, chunk.toString().toUpperCase()); },
    flush(cb) { log.push('flush'); cb(null, '!'); },
  });
  watch(t, log, 't', ['prefinish', 'finish', 'end', 'close']);
  t.on('data', (c) => log.push(`data ${c}`));
  t.write('a');
  t.end('b');
  t.on('close', () => record('transform-order', log));
}

// destroy while a write is pending: callbacks, 'error', 'close'.
{
  const log = [];
  let pending;
  const w = new Writable({ write(c, e, cb) { pending = cb; } });
  w.write('a', (err) => log.push(`cb a ${err && err.code}`));
  w.write('b', (err) => log.push(`cb b ${err && err.code}`));
  w.end((err) => log.push(`end cb ${err && err.code}`));
  watch(w, log, 'w', ['error', 'close', 'finish']);
  w.destroy(new Error('gone'));
  w.on('close', () => {
    pending();
    process.nextTick(() => record('destroy-pending-write', log));
  });
}

// Custom _destroy delaying the callback; error from _destroy.
{
  const log = [];
  const r = new Readable({
    read() {},
    destroy(err, cb) { log.push(`_destroy ${err}`); setTimeout(() => cb(new Error('from destroy')), 1); },
  });
  watch(r, log, 'r', ['error', 'close']);
  r.destroy();
  log.push(`closed=${r.closed}`);
  r.on('close', () => record('custom-destroy', log));
}

// PassThrough end-to-end event order.
{
  const log = [];
  const p = new PassThrough();
  watch(p, log, 'p', ['finish', 'end', 'close']);
  p.on('data', (c) => log.push(`data ${c}`));
  p.end('z');
  p.on('close', () => record('passthrough-order', log));
}

// Error during construct.
{
  const log = [];
  const w = new Writable({
    construct(cb) { cb(new Error('no construct')); },
    write(c, e, cb) { log.push('write'); cb(); },
  });
  w.write('x', (err) => log.push(`write cb ${err && err.message}`));
  watch(w, log, 'w', ['error', 'close']);
  w.on('close', () => setTimeout(() => record('construct-error', log), 1));
}

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2));
  else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "readable-destroy-err": [
    "cb true",
    "destroyed=true errored=true closed=true",
    "r:error kaput",
    "r:close",
    "after close destroyed=true closed=true"
  ],
  "writable-destroy": [
    "writable=false destroyed=true",
    "w:close"
  ],
  "transform-order": [
    "transform a",
    "data A",
    "transform b",
    "data B",
    "flush",
    "data !",
    "t:prefinish",
    "t:end",
    "t:finish",
    "t:close"
  ],
  "destroy-pending-write": [
    "w:error gone",
    "w:close",
    "cb a null",
    "cb b undefined",
    "end cb undefined"
  ],
  "passthrough-order": [
    "data z",
    "p:end",
    "p:finish",
    "p:close"
  ],
  "allowHalfOpen": [
    "d:end",
    "d:finish",
    "d:close",
    "writableEnded=true writableFinished=true"
  ],
  "custom-destroy": [
    "_destroy null",
    "closed=false",
    "r:error from destroy",
    "r:close"
  ],
  "construct-error": [
    "write cb no construct",
    "w:error no construct",
    "w:close"
  ],
  "duplex-order": [
    "d:end",
    "write y",
    "d:prefinish",
    "d:finish",
    "d:close"
  ],
  "emitClose-autoDestroy": [
    "r3:error The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)",
    "r3 destroyed=false errored=true",
    "r:end",
    "r2:end",
    "r destroyed=true r2 destroyed=false"
  ]
};
