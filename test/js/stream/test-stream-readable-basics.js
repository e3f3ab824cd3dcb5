'use strict';
// Readable: push/read buffering rules, 'readable' vs 'data', getters, errors.
const assert = require('assert');
const { Readable } = require('stream');

const results = {};
function record(name, log) { results[name] = log; }

// read(n) with 'readable': node's buffering rules.
{
  const log = [];
  const r = new Readable({ highWaterMark: 4, read() { log.push(`_read ${this.readableLength}`); } });
  r.push('ab');
  r.push('cd');
  r.push('ef');
  log.push(`len ${r.readableLength}`);
  r.on('readable', () => {
    let chunk;
    log.push(`readable len=${r.readableLength}`);
    while ((chunk = r.read(3)) !== null) log.push(`read ${chunk.toString()}`);
    if (r.readableLength === 0 && !r.readableEnded) r.push(null);
  });
  r.on('end', () => log.push('end'));
  r.on('close', () => { log.push('close'); record('readable-read-n', log); });
}

// 'data' (flowing), pause/resume and readableFlowing.
{
  const log = [];
  const r = new Readable({ read() {} });
  log.push(`flowing ${r.readableFlowing}`);
  r.on('data', (c) => log.push(`data ${c}`));
  log.push(`flowing ${r.readableFlowing}`);
  r.push('x');
  r.pause();
  log.push(`paused ${r.isPaused()} flowing ${r.readableFlowing}`);
  r.push('y');
  setTimeout(() => {
    log.push(`len ${r.readableLength}`);
    r.resume();
    r.push(null);
  }, 5);
  r.on('pause', () => log.push('pause'));
  r.on('resume', () => log.push('resume'));
  r.on('end', () => log.push('end'));
  r.on('close', () => { log.push('close'); record('flowing', log); });
}

// objectMode, highWaterMark defaults and getters.
{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableHighWaterMark, 16);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(new Readable().readableHighWaterMark, 16 * 1024);
  assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);
  r.push({ a: 1 });
  r.push(0);
  r.push('');
  assert.strictEqual(r.readableLength, 3);
  assert.deepStrictEqual(r.read(), { a: 1 });
  assert.strictEqual(r.read(), 0);
  assert.strictEqual(r.read(), '');
  assert.strictEqual(r.readableDidRead, true);
  assert.strictEqual(r._readableState.objectMode, true);
  assert.strictEqual(r._readableState.ended, false);
  assert.ok(Array.isArray(r._readableState.pipes));
  assert.throws(() => new Readable({ highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  });
  assert.throws(() => new Readable({ highWaterMark: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
}

// Empty strings and zero-length buffers are ignored outside objectMode.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(r.push(''), true);
  assert.strictEqual(r.readableLength, 0);
  r.push(new Uint8Array([1, 2, 3]));
  assert.strictEqual(r.readableLength, 3);
  const c = r.read();
  assert.ok(c instanceof Uint8Array);
  assert.deepStrictEqual([...c], [1, 2, 3]);
}

// push returns false at the mark.
{
  const r = new Readable({ highWaterMark: 3, read() {} });
  assert.strictEqual(r.push('ab'), true);
  assert.strictEqual(r.push('cd'), false);
  assert.strictEqual(r.readableLength, 4);
}

// unshift puts the chunk back in front.
{
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
}

// read(n) across chunks and partial chunks.
{
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push('def');
  r.push('gh');
  assert.strictEqual(r.read(4).toString(), 'abcd');
  assert.strictEqual(r.read(1).toString(), 'e');
  assert.strictEqual(r.read(10), null); // not enough and not ended
  r.push(null);
  assert.strictEqual(r.read(10).toString(), 'fgh');
}

// Errors: invalid chunk, push after EOF, unshift after end.
{
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.message,
                       'The "chunk" argument must be of type string or an instance of Buffer, ' +
                       'TypedArray, or DataView. Received type number (5)');
    results.invalidChunk = true;
  });
  r.push(5);
}
{
  const r = new Readable({ read() {} });
  const log = [];
  r.on('error', (err) => log.push(`error ${err.code} ${err.message}`));
  r.on('close', () => { log.push('close'); record('push-after-eof', log); });
  r.push(null);
  r.push('x');
  log.push(`destroyed ${r.destroyed} errored ${r.errored && r.errored.code}`);
}

// _read not implemented.
{
  const r = new Readable();
  r.on('error', (err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
    results.notImplemented = true;
  });
  r.read();
}

// setEncoding: strings come out, multibyte characters across chunks.
if (typeof require('string_decoder').StringDecoder === 'function') {
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = new Uint8Array([0xe2, 0x82, 0xac]);
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(null);
  let out = '';
  r.on('data', (c) => { assert.strictEqual(typeof c, 'string'); out += c; });
  r.on('end', () => { assert.strictEqual(out, '\u20ac'); results.encoding = true; });
  assert.strictEqual(r.readableEncoding, 'utf8');
} else {
  results.encoding = true;
}
{
  const r = new Readable({ encoding: 'hex', read() {} });
  r.push('ab', 'latin1');
  assert.strictEqual(r.read(), '6162');
}

// construct delays _read.
{
  const log = [];
  const r = new Readable({
    construct(cb) { log.push('construct'); setTimeout(() => { log.push('constructed'); cb(); }, 1); },
    read() { log.push('read'); this.push('a'); this.push(null); },
  });
  r.on('data', (c) => log.push(`data ${c}`));
  r.on('end', () => log.push('end'));
  r.on('close', () => { log.push('close'); record('construct', log); });
}

// readableAborted / isDisturbed.
{
  const r = new Readable({ read() {} });
  assert.strictEqual(Readable.isDisturbed(r), false);
  r.destroy();
  assert.strictEqual(r.readableAborted, true);
  assert.strictEqual(Readable.isDisturbed(r), true);
}

process.on('exit', () => {
  if (EXPECTED === null) console.log(JSON.stringify(results, null, 2)); else assert.deepStrictEqual(results, EXPECTED);
});

const EXPECTED = {
  "invalidChunk": true,
  "push-after-eof": [
    "destroyed true errored ERR_STREAM_PUSH_AFTER_EOF",
    "error ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF",
    "close"
  ],
  "notImplemented": true,
  "encoding": true,
  "readable-read-n": [
    "len 6",
    "readable len=6",
    "_read 6",
    "read abc",
    "read def",
    "readable len=0",
    "end",
    "close"
  ],
  "flowing": [
    "flowing null",
    "flowing true",
    "paused true flowing false",
    "resume",
    "len 2",
    "data x",
    "data y",
    "resume",
    "end",
    "close"
  ],
  "construct": [
    "construct",
    "constructed",
    "read",
    "data a",
    "end",
    "close"
  ]
};
