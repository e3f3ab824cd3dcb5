'use strict';
// fs.ReadStream: whole file, ranges, chunking, encoding, fd, autoClose,
// errors and event order.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-streams-read-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

const file = path.join(dir, 'data.bin');
const data = Buffer.alloc(200 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 8)) & 0xff;
fs.writeFileSync(file, data);
const textFile = path.join(dir, 'text.txt');
fs.writeFileSync(textFile, 'héllo wörld, streams!\n'.repeat(100));

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', reject);
    stream.on('end', () => resolve(chunks));
  });
}

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

async function main() {
  // Synchronous validation, node's errors.
  assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
  });
  assert.throws(() => fs.createReadStream(file, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createReadStream(file, { start: '1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "start" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => fs.createReadStream(file, { end: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createReadStream(123), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.createReadStream(file, { fd: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fd" property must be of type number or an instance of FileHandle. ' +
      'Received type string (\'x\')',
  });
  assert.throws(() => fs.createReadStream(file, { fd: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createReadStream(file, { fs: { open: 1 } }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.fs.open" property must be of type function. Received type number (1)',
  });
  assert.throws(() => fs.createReadStream(file, { fs: { open() {}, read: 1 } }), {
    message: /"options\.fs\.read" property/,
  });
  assert.throws(() => fs.createReadStream(file, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.createReadStream(file, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.createReadStream(file, { highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });

  // Properties before opening.
  {
    const r = fs.createReadStream(file);
    assert.strictEqual(r instanceof fs.ReadStream, true);
    assert.strictEqual(r instanceof require('stream').Readable, true);
    assert.strictEqual(r.pending, true);
    assert.strictEqual(r.fd, null);
    assert.strictEqual(r.path, file);
    assert.strictEqual(r.flags, 'r');
    assert.strictEqual(r.mode, 0o666);
    assert.strictEqual(r.start, undefined);
    assert.strictEqual(r.end, Infinity);
    assert.strictEqual(r.bytesRead, 0);
    assert.strictEqual(r.autoClose, true);
    assert.strictEqual(r.readableHighWaterMark, 64 * 1024);
    const events = [];
    r.on('open', (fd) => { events.push('open'); assert.strictEqual(typeof fd, 'number'); });
    r.on('ready', () => { events.push('ready'); assert.strictEqual(r.pending, false); });
    r.on('end', () => events.push('end'));
    r.on('close', () => events.push('close'));
    const chunks = await collect(r);
    await once(r, 'close');
    assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
    assert.deepStrictEqual(Buffer.concat(chunks), data);
    // 64 KiB reads: 200 KiB → 4 chunks (3 full, one short).
    assert.deepStrictEqual(chunks.map((c) => c.length), [65536, 65536, 65536, 8192]);
    assert.strictEqual(r.bytesRead, data.length);
    assert.strictEqual(r.fd, null);  // closed
    assert.strictEqual(r.destroyed, true);
  }

  // ReadStream is callable without new; URL and Buffer paths.
  {
    const r = fs.ReadStream(file, { start: 0, end: 9 });
    assert.strictEqual(r instanceof fs.ReadStream, true);
    assert.deepStrictEqual(Buffer.concat(await collect(r)), data.subarray(0, 10));
    const u = fs.createReadStream(require('url').pathToFileURL(file), { end: 3 });
    assert.strictEqual(u.path, file);
    assert.deepStrictEqual(Buffer.concat(await collect(u)), data.subarray(0, 4));
    const b = fs.createReadStream(Buffer.from(file), { start: 4, end: 7 });
    assert.deepStrictEqual(b.path, Buffer.from(file));
    assert.deepStrictEqual(Buffer.concat(await collect(b)), data.subarray(4, 8));
  }

  // start / end ranges (end inclusive).
  for (const [start, end] of [[0, 0], [10, 19], [65530, 65545], [100, undefined],
    [undefined, 99], [data.length - 1, data.length + 100], [data.length, undefined]]) {
    const r = fs.createReadStream(file, { start, end });
    const got = Buffer.concat(await collect(r));
    const from = start ?? 0;
    const to = end === undefined ? data.length : Math.min(end + 1, data.length);
    assert.deepStrictEqual(got, data.subarray(from, to), `range ${start}-${end}`);
  }

  // highWaterMark chunking.
  {
    const r = fs.createReadStream(file, { highWaterMark: 1000, start: 0, end: 4499 });
    assert.strictEqual(r.readableHighWaterMark, 1000);
    const chunks = await collect(r);
    assert.deepStrictEqual(chunks.map((c) => c.length), [1000, 1000, 1000, 1000, 500]);
  }

  // Encoding (string and option form), multi-byte characters split across reads.
  {
    const expected = fs.readFileSync(textFile, 'utf8');
    const r = fs.createReadStream(textFile, { encoding: 'utf8', highWaterMark: 7 });
    const chunks = await collect(r);
    assert.strictEqual(chunks.every((c) => typeof c === 'string'), true);
    assert.strictEqual(chunks.join(''), expected);
    const h = fs.createReadStream(textFile, 'hex');
    assert.strictEqual((await collect(h)).join(''), fs.readFileSync(textFile).toString('hex'));
    const s = fs.createReadStream(textFile);
    s.setEncoding('base64');
    assert.strictEqual((await collect(s)).join(''), fs.readFileSync(textFile).toString('base64'));
  }

  // fd option: no 'open' event; start reads at a position; autoClose false
  // leaves the fd open.
  {
    const fd = fs.openSync(file, 'r');
    const r = fs.createReadStream(null, { fd, start: 1000, end: 1999, autoClose: false });
    assert.strictEqual(r.fd, fd);
    assert.strictEqual(r.pending, false);
    assert.strictEqual(r.autoClose, false);
    let opened = false;
    r.on('open', () => { opened = true; });
    const got = Buffer.concat(await collect(r));
    assert.deepStrictEqual(got, data.subarray(1000, 2000));
    assert.strictEqual(opened, false);
    assert.strictEqual(r.destroyed, false);
    // The fd still works.
    const buf = Buffer.alloc(4);
    assert.strictEqual(fs.readSync(fd, buf, 0, 4, 0), 4);
    assert.deepStrictEqual(buf, data.subarray(0, 4));
    // fd without start reads from the current position.
    const r2 = fs.createReadStream('ignored', { fd, autoClose: false });
    assert.deepStrictEqual(Buffer.concat(await collect(r2)), data);
    fs.closeSync(fd);
  }

  // autoClose true with an fd: closed at the end.
  {
    const fd = fs.openSync(file, 'r');
    const r = fs.createReadStream(null, { fd, end: 9 });
    await collect(r);
    await once(r, 'close');
    assert.throws(() => fs.fstatSync(fd), { code: 'EBADF' });
  }

  // ENOENT: 'error' then 'close', with node's error.
  {
    const missing = path.join(dir, 'missing.txt');
    const r = fs.createReadStream(missing);
    const events = [];
    let error;
    r.on('open', () => events.push('open'));
    r.on('error', (err) => { events.push('error'); error = err; });
    r.on('close', () => events.push('close'));
    await once(r, 'close');
    assert.deepStrictEqual(events, ['error', 'close']);
    assert.strictEqual(error.code, 'ENOENT');
    assert.strictEqual(error.syscall, 'open');
    assert.strictEqual(error.path, missing);
    assert.strictEqual(error.errno, os.constants.errno.ENOENT * -1);
    assert.strictEqual(error.message, `ENOENT: no such file or directory, open '${missing}'`);
  }

  // Bad flags: an asynchronous error, as node.
  {
    const r = fs.createReadStream(file, { flags: 'bogus' });
    const [err] = await once(r, 'error');
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
    assert.strictEqual(err.message, "The argument 'flags' is invalid. Received 'bogus'");
  }

  // EISDIR when reading a directory.
  {
    const r = fs.createReadStream(dir);
    r.resume();
    const [err] = await once(r, 'error');
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'read');
  }

  // destroy() while reading: closes the fd, 'close' once.
  {
    const r = fs.createReadStream(file, { highWaterMark: 1024 });
    let closes = 0;
    r.on('close', () => closes++);
    await once(r, 'open');
    r.once('data', () => r.destroy());
    r.resume();
    await once(r, 'close');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.strictEqual(closes, 1);
    assert.strictEqual(r.fd, null);
  }

  // close(cb).
  {
    const r = fs.createReadStream(file);
    await once(r, 'ready');
    await new Promise((resolve) => r.close(resolve));
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.closed, true);
  }

  // emitClose: false.
  {
    const r = fs.createReadStream(file, { emitClose: false, end: 10 });
    let closed = false;
    r.on('close', () => { closed = true; });
    await collect(r);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.strictEqual(closed, false);
  }

  // signal: abort destroys with an AbortError.
  {
    const ac = new AbortController();
    const r = fs.createReadStream(file, { signal: ac.signal });
    const closed = once(r, 'close');
    ac.abort();
    const [err] = await once(r, 'error');
    assert.strictEqual(err.name, 'AbortError');
    await closed;
  }

  // A custom fs.
  {
    const calls = [];
    const custom = {
      open(p, flags, mode, cb) { calls.push('open'); fs.open(p, flags, mode, cb); },
      read(fd, buf, off, len, pos, cb) { calls.push('read'); fs.read(fd, buf, off, len, pos, cb); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    };
    const r = fs.createReadStream(file, { fs: custom, start: 5, end: 14 });
    const got = Buffer.concat(await collect(r));
    await once(r, 'close');
    assert.deepStrictEqual(got, data.subarray(5, 15));
    assert.strictEqual(calls[0], 'open');
    assert.strictEqual(calls[calls.length - 1], 'close');
    assert.strictEqual(calls.includes('read'), true);
  }

  // Async iteration.
  {
    const parts = [];
    for await (const chunk of fs.createReadStream(file, { highWaterMark: 50000 })) parts.push(chunk);
    assert.deepStrictEqual(Buffer.concat(parts), data);
  }
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
