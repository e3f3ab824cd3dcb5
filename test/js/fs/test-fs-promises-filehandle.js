'use strict';
// fs.promises FileHandle: methods, results, closing rules and fd bookkeeping.
const assert = require('assert');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const EventEmitter = require('events');

async function fdCount() {
  return (await fsp.readdir('/proc/self/fd')).length;
}

(async () => {
  const base = await fsp.mkdtemp(path.join(os.tmpdir(), 'eddy-fsp-fh-'));
  const fdsBefore = await fdCount();
  try {
    const f = path.join(base, 'f.txt');
    await fsp.writeFile(f, 'abcdefghij');

    // open / fd / read forms
    let fh = await fsp.open(f);
    assert.ok(!(fh instanceof EventEmitter));
    assert.strictEqual(fh.on, EventEmitter.prototype.on);
    assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(fh)).constructor.name, "MixedEventEmitter");
    assert.strictEqual(fh.constructor.name, 'FileHandle');
    assert.strictEqual(typeof fh.fd, 'number');
    assert.ok(fh.fd > 2);
    assert.strictEqual(typeof fh.close, 'function');
    assert.ok(Object.prototype.hasOwnProperty.call(fh, 'close'));
    for (const m of ['appendFile', 'chmod', 'chown', 'datasync', 'sync', 'read', 'readv',
      'readFile', 'stat', 'truncate', 'utimes', 'write', 'writev', 'writeFile',
      'createReadStream', 'createWriteStream']) {
      assert.strictEqual(typeof Object.getPrototypeOf(fh)[m], 'function', m);
    }
    assert.strictEqual(typeof fh[Symbol.asyncDispose], 'function');

    let r = await fh.read(Buffer.alloc(4), 0, 4, 0);
    assert.strictEqual(Object.getPrototypeOf(r), null);
    assert.deepStrictEqual(Object.keys(r), ['bytesRead', 'buffer']);
    assert.strictEqual(r.bytesRead, 4);
    assert.strictEqual(r.buffer.toString(), 'abcd');
    // position null: the file position (still 0)
    r = await fh.read(Buffer.alloc(3), 0, 3, null);
    assert.strictEqual(r.buffer.toString(), 'abc');
    r = await fh.read(Buffer.alloc(3), 0, 3);
    assert.strictEqual(r.buffer.toString(), 'def');
    r = await fh.read(Buffer.alloc(5), 1, 2, 8);
    assert.strictEqual(r.bytesRead, 2);
    assert.deepStrictEqual([...r.buffer], [0, 0x69, 0x6a, 0, 0]);
    // node 20 validates a bigint position, then reads at the current one
    r = await fh.read(Buffer.alloc(2), 0, 2, 8n);
    assert.strictEqual(r.buffer.toString(), 'gh');
    // ... and so for any position that is not a safe integer >= 0
    r = await fh.read(Buffer.alloc(1), 0, 1, 'x');
    assert.strictEqual(r.buffer.toString(), 'i');
    r = await fh.read(Buffer.alloc(1), 0, 1, 1.5);
    assert.strictEqual(r.buffer.toString(), 'j');
    r = await fh.read(Buffer.alloc(1), 0, 1, 0);
    assert.strictEqual(r.buffer.toString(), 'a');
    r = await fh.read(Buffer.alloc(3), 0, 3, 0);
    r = await fh.read({ buffer: Buffer.alloc(4), position: 2 });
    assert.strictEqual(r.buffer.toString(), 'cdef');
    r = await fh.read(Buffer.alloc(6), { offset: 2, length: 2, position: 0 });
    assert.deepStrictEqual([...r.buffer], [0, 0, 0x61, 0x62, 0, 0]);
    r = await fh.read();
    assert.strictEqual(r.buffer.length, 16384);
    assert.strictEqual(r.bytesRead, 0);  // the current position is the end
    r = await fh.read(Buffer.alloc(4), 0, 4, 100);
    assert.strictEqual(r.bytesRead, 0);
    r = await fh.read(Buffer.alloc(4), 0, 0, 0);
    assert.strictEqual(r.bytesRead, 0);
    const u16 = new Uint16Array(2);
    r = await fh.read(u16, 0, 4, 0);
    assert.strictEqual(r.buffer, u16);
    assert.strictEqual(Buffer.from(u16.buffer).toString(), 'abcd');

    // read validation
    await assert.rejects(fh.read(Buffer.alloc(0), 0, 1, 0), {
      code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
      message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
    });
    await assert.rejects(fh.read(Buffer.alloc(4), 0, 5, 0), {
      code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
      message: 'The value of "length" is out of range. It must be <= 4. Received 5',
    });
    await assert.rejects(fh.read(Buffer.alloc(4), -1, 1, 0), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
    });
    await assert.rejects(fh.read(5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received type number (5)',
    });

    // readv
    const b1 = Buffer.alloc(3);
    const b2 = Buffer.alloc(4);
    r = await fh.readv([b1, b2], 1);
    assert.strictEqual(Object.getPrototypeOf(r), null);
    assert.deepStrictEqual(Object.keys(r), ['bytesRead', 'buffers']);
    assert.strictEqual(r.bytesRead, 7);
    assert.strictEqual(b1.toString() + b2.toString(), 'bcdefgh');
    await assert.rejects(fh.readv('x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "buffers" argument must be an ArrayBufferView[]. Received type string (\'x\')',
    });

    // stat
    const st = await fh.stat();
    assert.strictEqual(st.size, 10);
    assert.ok(st.isFile());
    assert.strictEqual((await fh.stat({ bigint: true })).size, 10n);

    // readFile from the current position
    assert.strictEqual(await fh.readFile('utf8'), '');
    r = await fh.read(Buffer.alloc(1), 0, 1, 0);
    await fsp.writeFile(f, 'abcdefghij');
    await fh.close();

    fh = await fsp.open(f, 'r');
    assert.strictEqual(await fh.readFile({ encoding: 'utf8' }), 'abcdefghij');
    assert.deepStrictEqual(await fh.readFile(), Buffer.alloc(0));
    await fh.close();
    fh = await fsp.open(f);
    assert.strictEqual(await fsp.readFile(fh, 'utf8'), 'abcdefghij');
    assert.strictEqual(fh.fd > 0, true);  // readFile(handle) leaves it open
    await fh.close();

    // write forms
    const w = path.join(base, 'w.txt');
    fh = await fsp.open(w, 'w+');
    let wr = await fh.write(Buffer.from('hello'));
    assert.strictEqual(Object.getPrototypeOf(wr), null);
    assert.deepStrictEqual(Object.keys(wr), ['bytesWritten', 'buffer']);
    assert.strictEqual(wr.bytesWritten, 5);
    wr = await fh.write(Buffer.from('xxWORLDxx'), 2, 5);
    assert.strictEqual(wr.bytesWritten, 5);
    wr = await fh.write(Buffer.from('J'), 0, 1, 0);
    assert.strictEqual(wr.bytesWritten, 1);
    wr = await fh.write(Buffer.from('__!'), { offset: 2, length: 1, position: 10 });
    assert.strictEqual(wr.bytesWritten, 1);
    wr = await fh.write(' str');
    assert.deepStrictEqual(Object.keys(wr), ['bytesWritten', 'buffer']);
    assert.strictEqual(wr.buffer, ' str');
    assert.strictEqual(wr.bytesWritten, 4);
    wr = await fh.write('é', null, 'latin1');
    assert.strictEqual(wr.bytesWritten, 1);
    wr = await fh.write('4142', 0, 'hex');
    assert.strictEqual(wr.bytesWritten, 2);
    wr = await fh.write('');
    assert.strictEqual(wr.bytesWritten, 0);
    wr = await fh.write(Buffer.alloc(0));
    assert.strictEqual(wr.bytesWritten, 0);
    assert.deepStrictEqual(await fsp.readFile(w),
                           Buffer.concat([Buffer.from('ABlloWORLD str'), Buffer.from([0xe9])]));
    await assert.rejects(fh.write(5), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
    });
    await assert.rejects(fh.write('abc', 0, 'hex'), {
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
    });
    await assert.rejects(fh.write(Buffer.alloc(4), 0, 5), {
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "length" is out of range. It must be <= 4. Received 5',
    });

    // writev
    wr = await fh.writev([Buffer.from('12'), new Uint8Array([0x33])], 0);
    assert.deepStrictEqual(Object.keys(wr), ['bytesWritten', 'buffers']);
    assert.strictEqual(wr.bytesWritten, 3);
    wr = await fh.writev([]);
    assert.strictEqual(wr.bytesWritten, 0);
    await assert.rejects(fh.writev([1]), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.strictEqual((await fsp.readFile(w, 'latin1')).slice(0, 4), '123l');

    // truncate / sync / datasync / chmod / chown / utimes
    assert.strictEqual(await fh.truncate(4), undefined);
    assert.strictEqual((await fh.stat()).size, 4);
    assert.strictEqual(await fh.truncate(), undefined);
    assert.strictEqual((await fh.stat()).size, 0);
    await assert.rejects(fh.truncate('1'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "len" argument must be of type number. Received type string (\'1\')',
    });
    assert.strictEqual(await fh.sync(), undefined);
    assert.strictEqual(await fh.datasync(), undefined);
    assert.strictEqual(await fh.chmod(0o600), undefined);
    assert.strictEqual((await fh.stat()).mode & 0o777, 0o600);
    await assert.rejects(fh.chmod('z'), { code: 'ERR_INVALID_ARG_VALUE' });
    assert.strictEqual(await fh.chown(process.getuid(), process.getgid()), undefined);
    await assert.rejects(fh.chown(-2, 0), { code: 'ERR_OUT_OF_RANGE' });
    assert.strictEqual(await fh.utimes(10, new Date(20000)), undefined);
    assert.strictEqual((await fh.stat()).mtimeMs, 20000);
    assert.strictEqual((await fh.stat()).atimeMs, 10000);

    // writeFile / appendFile on a handle write at its current position
    // (15: truncate does not move it)
    await fh.writeFile('one');
    await fh.appendFile('+two');
    await fh.writeFile(Buffer.from('!'));
    assert.strictEqual(await fsp.readFile(w, 'utf8'), '\0'.repeat(15) + 'one+two!');
    await fsp.writeFile(fh, '?');
    await fsp.appendFile(fh, '#');
    assert.strictEqual(await fsp.readFile(w, 'utf8'), '\0'.repeat(15) + 'one+two!?#');

    // close: 'close' event (synchronously), fd becomes -1, idempotent
    const events = [];
    fh.on('close', () => events.push('close'));
    const closing = fh.close();
    assert.deepStrictEqual(events, ['close']);
    assert.ok(closing instanceof Promise);
    assert.strictEqual(await closing, undefined);
    assert.strictEqual(fh.fd, -1);
    assert.strictEqual(await fh.close(), undefined);
    assert.deepStrictEqual(events, ['close']);

    const closedCases = {
      read: 'read', readv: 'readv', write: 'write', writev: 'writev',
      readFile: 'readFile', writeFile: 'writeFile', appendFile: 'writeFile',
      stat: 'fstat', truncate: 'ftruncate', sync: 'fsync', datasync: 'fdatasync',
      chmod: 'fchmod', chown: 'fchown', utimes: 'futimes',
    };
    for (const [m, syscall] of Object.entries(closedCases)) {
      await assert.rejects(fh[m](m.startsWith('write') || m === 'appendFile' ? 'x' : undefined), (e) => {
        assert.strictEqual(e.constructor, Error);
        assert.strictEqual(e.message, 'file closed');
        assert.deepStrictEqual(Object.keys(e), ['code', 'syscall']);
        assert.strictEqual(e.code, 'EBADF');
        assert.strictEqual(e.syscall, syscall);
        return true;
      }, m);
    }
    // fsp.readFile/writeFile(handle) use the fd without the handle's checks
    await assert.rejects(fsp.readFile(fh), {
      code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
      message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
    });
    await assert.rejects(fsp.writeFile(fh, 'x'), {
      code: 'EBADF', syscall: 'write', errno: -9, message: 'EBADF: bad file descriptor, write',
    });

    // close while an operation is in flight: the fd is kept until it ends
    fh = await fsp.open(f);
    const pending = fh.read(Buffer.alloc(3), 0, 3, 0);
    const c1 = fh.close();
    assert.ok(fh.fd > 0);
    const st2 = await fh.stat();  // still allowed while the close waits
    assert.strictEqual(st2.size, 10);
    assert.strictEqual((await pending).buffer.toString(), 'abc');
    await c1;
    assert.strictEqual(fh.fd, -1);

    // destructured close works
    fh = await fsp.open(f);
    const { close } = fh;
    await close();
    assert.strictEqual(fh.fd, -1);

    // Symbol.asyncDispose closes
    fh = await fsp.open(f);
    assert.strictEqual(await fh[Symbol.asyncDispose](), undefined);
    assert.strictEqual(fh.fd, -1);

    // open errors and flags
    await assert.rejects(fsp.open(path.join(base, 'nope')), {
      code: 'ENOENT', syscall: 'open', path: path.join(base, 'nope'),
    });
    await assert.rejects(fsp.open(f, 'wx'), { code: 'EEXIST', syscall: 'open' });
    fh = await fsp.open(path.join(base, 'new'), 'a', 0o640);
    assert.strictEqual((await fh.stat()).mode & 0o777, 0o640 & ~process.umask());
    await fh.write('1');
    await fh.write('2', 0);  // append mode ignores the position
    await fh.close();
    assert.strictEqual(await fsp.readFile(path.join(base, 'new'), 'utf8'), '12');
    fh = await fsp.open(f, fsp.constants.O_RDONLY);
    await assert.rejects(fh.write('x'), { code: 'EBADF', syscall: 'write' });
    await fh.close();

    // concurrent reads on one handle and many handles at once
    fh = await fsp.open(f);
    const reads = await Promise.all([0, 1, 2, 3, 4].map((i) => fh.read(Buffer.alloc(2), 0, 2, i * 2)));
    assert.deepStrictEqual(reads.map((x) => x.buffer.toString()), ['ab', 'cd', 'ef', 'gh', 'ij']);
    await fh.close();
    const handles = await Promise.all(Array.from({ length: 20 }, () => fsp.open(f)));
    const texts = await Promise.all(handles.map((h) => h.readFile('utf8')));
    assert.ok(texts.every((t) => t === 'abcdefghij'));
    await Promise.all(handles.map((h) => h.close()));
  } finally {
    for (const name of await fsp.readdir(base)) await fsp.unlink(path.join(base, name));
    await fsp.rmdir(base);
  }
  assert.strictEqual(await fdCount(), fdsBefore);
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
