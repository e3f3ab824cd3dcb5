'use strict';
// fs.WriteStream: writing and reading back, event order, positions, writev,
// backpressure, errors; a big read→write pipe.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-streams-write-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

async function main() {
  // Synchronous validation.
  const f0 = path.join(dir, 'never.txt');
  assert.throws(() => fs.createWriteStream(f0, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createWriteStream(f0, { flush: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.flush" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => fs.createWriteStream(f0, { fs: { open() {}, close() {} } }), {
    message: 'The "options.fs.write" property must be of type function. Received undefined',
  });
  assert.throws(() => fs.createWriteStream(f0, { fs: { open() {}, write() {}, close: 1 } }), {
    message: 'The "options.fs.close" property must be of type function. Received type number (1)',
  });
  assert.throws(() => fs.createWriteStream(f0, { fs: { open() {}, write() {}, close() {} }, flush: true }), {
    message: 'The "options.fs.fsync" property must be of type function. Received undefined',
  });
  assert.throws(() => fs.createWriteStream(f0, { fd: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(fs.existsSync(f0), false);

  // Write, 'open' / 'ready' / 'finish' / 'close' order, read back.
  {
    const file = path.join(dir, 'a.txt');
    const w = fs.createWriteStream(file);
    assert.strictEqual(w instanceof fs.WriteStream, true);
    assert.strictEqual(w instanceof require('stream').Writable, true);
    assert.strictEqual(w.pending, true);
    assert.strictEqual(w.path, file);
    assert.strictEqual(w.flags, 'w');
    assert.strictEqual(w.mode, 0o666);
    assert.strictEqual(w.bytesWritten, 0);
    assert.strictEqual(w.autoClose, true);
    assert.strictEqual(w.flush, false);
    assert.strictEqual(w.writableHighWaterMark, 16384);
    const events = [];
    w.on('open', (fd) => { events.push('open'); assert.strictEqual(typeof fd, 'number'); });
    w.on('ready', () => events.push('ready'));
    w.on('finish', () => events.push('finish'));
    w.on('close', () => events.push('close'));
    assert.strictEqual(w.write('héllo '), true);
    w.write(Buffer.from('wörld'));
    w.write('686578', 'hex');
    w.end('!\n');
    await once(w, 'close');
    assert.deepStrictEqual(events, ['open', 'ready', 'finish', 'close']);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo wörldhex!\n');
    assert.strictEqual(w.bytesWritten, Buffer.byteLength('héllo wörldhex!\n'));
    assert.strictEqual(w.fd, null);
    assert.strictEqual(w.closed, true);
  }

  // Callable without new; default encoding option; flags 'a'; start.
  {
    const file = path.join(dir, 'b.txt');
    fs.writeFileSync(file, '0123456789');
    const w = fs.WriteStream(file, { flags: 'r+', start: 3 });
    assert.strictEqual(w instanceof fs.WriteStream, true);
    assert.strictEqual(w.start, 3);
    assert.strictEqual(w.pos, 3);
    w.end('abc');
    await once(w, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012abc6789');

    const a = fs.createWriteStream(file, { flags: 'a', encoding: 'hex' });
    a.end('4142');
    await once(a, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '012abc6789AB');
  }

  // fd option, autoClose false: the fd stays open; close(cb) with autoClose false.
  {
    const file = path.join(dir, 'c.txt');
    const fd = fs.openSync(file, 'w');
    const w = fs.createWriteStream(null, { fd, autoClose: false });
    let opened = false;
    w.on('open', () => { opened = true; });
    assert.strictEqual(w.pending, false);
    w.write('one ');
    w.end('two');
    await once(w, 'finish');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.strictEqual(opened, false);
    assert.strictEqual(w.destroyed, false);
    fs.writeSync(fd, ' three');
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one two three');

    const fd2 = fs.openSync(file, 'a');
    const w2 = fs.createWriteStream(null, { fd: fd2, autoClose: false });
    w2.write('!');
    await new Promise((resolve) => w2.close(resolve));
    assert.strictEqual(w2.closed, true);
    assert.throws(() => fs.fstatSync(fd2), { code: 'EBADF' });
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one two three!');
  }

  // close(cb) on an open stream: ends it (pending writes land), then calls back.
  {
    const file = path.join(dir, 'd.txt');
    const w = fs.createWriteStream(file);
    w.write('pending data');
    await new Promise((resolve) => w.close(resolve));
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'pending data');
    // close(cb) again after closing: cb still called.
    await new Promise((resolve) => w.close(resolve));
  }

  // destroySoon is end.
  assert.strictEqual(fs.WriteStream.prototype.destroySoon, fs.WriteStream.prototype.end);

  // _writev: many small writes while the first is in flight are batched.
  {
    const file = path.join(dir, 'e.txt');
    const w = fs.createWriteStream(file);
    const parts = [];
    for (let i = 0; i < 1000; i++) {
      const s = `line ${i}\n`;
      parts.push(s);
      w.write(s);
    }
    w.end();
    await once(w, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), parts.join(''));
    assert.strictEqual(w.bytesWritten, Buffer.byteLength(parts.join('')));
  }

  // cork / uncork → one writev.
  {
    const file = path.join(dir, 'f.txt');
    const w = fs.createWriteStream(file);
    await once(w, 'open');
    w.cork();
    w.write('a');
    w.write('b');
    w.write('c');
    process.nextTick(() => w.uncork());
    w.end('d');
    await once(w, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
  }

  // Backpressure: write() returns false past the high-water mark and 'drain'
  // follows; the data all lands.
  {
    const file = path.join(dir, 'g.bin');
    const w = fs.createWriteStream(file, { highWaterMark: 1024 });
    const chunk = Buffer.alloc(700, 0x61);
    let writes = 0;
    let sawFalse = 0;
    let drains = 0;
    w.on('drain', () => drains++);
    await new Promise((resolve, reject) => {
      w.on('error', reject);
      function produce() {
        while (writes < 300) {
          writes++;
          const ok = w.write(chunk);
          if (!ok) {
            sawFalse++;
            assert.strictEqual(w.writableNeedDrain, true);
            assert.ok(w.writableLength >= 1024);
            w.once('drain', produce);
            return;
          }
        }
        w.end(resolve);
      }
      produce();
    });
    await once(w, 'close');
    assert.ok(sawFalse > 0);
    assert.strictEqual(drains, sawFalse);
    assert.strictEqual(fs.statSync(file).size, 300 * 700);
  }

  // Opening errors: 'error' then 'close'.
  {
    const bad = path.join(dir, 'no', 'such', 'dir', 'x.txt');
    const w = fs.createWriteStream(bad);
    const events = [];
    let error;
    w.on('error', (err) => { events.push('error'); error = err; });
    w.on('close', () => events.push('close'));
    w.write('data');
    await once(w, 'close');
    assert.deepStrictEqual(events, ['error', 'close']);
    assert.strictEqual(error.code, 'ENOENT');
    assert.strictEqual(error.syscall, 'open');
    assert.strictEqual(error.path, bad);
  }

  // Bad mode: an asynchronous error.
  {
    const w = fs.createWriteStream(path.join(dir, 'h.txt'), { mode: 'zz' });
    const [err] = await once(w, 'error');
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_VALUE');
  }

  // write after end.
  {
    const w = fs.createWriteStream(path.join(dir, 'i.txt'));
    w.end('x');
    const closed = once(w, 'close');
    w.on('error', () => {});
    await new Promise((resolve) => w.write('y', (err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      resolve();
    }));
    await closed;
  }

  // flush: true still writes everything.
  {
    const file = path.join(dir, 'j.txt');
    const w = fs.createWriteStream(file, { flush: true });
    assert.strictEqual(w.flush, true);
    w.end('flushed');
    await once(w, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'flushed');
  }

  // A custom fs with writev only.
  {
    const file = path.join(dir, 'k.txt');
    const calls = [];
    const custom = {
      open(p, flags, mode, cb) { calls.push('open'); fs.open(p, flags, mode, cb); },
      writev(fd, bufs, pos, cb) { calls.push('writev'); fs.writev(fd, bufs, pos, cb); },
      close(fd, cb) { calls.push('close'); fs.close(fd, cb); },
    };
    const w = fs.createWriteStream(file, { fs: custom });
    assert.strictEqual(w._write, null);
    w.write('a');
    w.write('b');
    w.end('c');
    await once(w, 'close');
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abc');
    assert.strictEqual(calls[0], 'open');
    assert.strictEqual(calls[calls.length - 1], 'close');
  }

  // Pipe a 20 MiB file read → write; the copy is identical.
  {
    const src = path.join(dir, 'big.bin');
    const dst = path.join(dir, 'big-copy.bin');
    const big = Buffer.allocUnsafe(20 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i);
    fs.writeFileSync(src, big);
    const r = fs.createReadStream(src);
    const w = fs.createWriteStream(dst);
    let maxBuffered = 0;
    r.on('data', () => { maxBuffered = Math.max(maxBuffered, w.writableLength); });
    await new Promise((resolve, reject) => {
      r.pipe(w);
      r.on('error', reject);
      w.on('error', reject);
      w.on('close', resolve);
    });
    assert.strictEqual(r.bytesRead, big.length);
    assert.strictEqual(w.bytesWritten, big.length);
    assert.strictEqual(fs.readFileSync(dst).equals(big), true);
    // pipe() honoured backpressure: the writer never held the whole file.
    assert.ok(maxBuffered < 4 * 1024 * 1024, `writer buffered ${maxBuffered}`);

    // And with stream.pipeline.
    const dst2 = path.join(dir, 'big-copy2.bin');
    await new Promise((resolve, reject) => {
      pipeline(fs.createReadStream(src), fs.createWriteStream(dst2), (err) => (err ? reject(err) : resolve()));
    });
    assert.strictEqual(fs.readFileSync(dst2).equals(big), true);
  }
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
