'use strict';
// Synchronous fs: argument errors and system errors as node reports them,
// and no file descriptor left open by failing or succeeding operations.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-err-'));
const p = (name) => path.join(dir, name);
const countFds = () => fs.readdirSync('/proc/self/fd').length;
const fdsBefore = countFds();

try {
  fs.writeFileSync(p('f'), 'data');
  fs.mkdirSync(p('d'));
  fs.writeFileSync(p('d/x'), '');

  const sys = (fn, code, syscall, extra = {}) => {
    assert.throws(fn, (err) => {
      assert.strictEqual(err.code, code);
      assert.strictEqual(err.syscall, syscall);
      assert.strictEqual(typeof err.errno, 'number');
      for (const [k, v] of Object.entries(extra)) assert.strictEqual(err[k], v, k);
      return true;
    });
  };
  sys(() => fs.readFileSync(p('none')), 'ENOENT', 'open', {
    path: p('none'), message: `ENOENT: no such file or directory, open '${p('none')}'`,
  });
  sys(() => fs.readFileSync(p('d')), 'EISDIR', 'read',
      { message: 'EISDIR: illegal operation on a directory, read' });
  sys(() => fs.readFileSync(p('none'), { flag: 'r+' }), 'ENOENT', 'open');
  sys(() => fs.writeFileSync(p('d'), 'x'), 'EISDIR', 'open', { path: p('d') });
  sys(() => fs.openSync(p('f'), 'wx'), 'EEXIST', 'open');
  sys(() => fs.mkdirSync(p('d')), 'EEXIST', 'mkdir', { path: p('d') });
  sys(() => fs.mkdirSync(p('f/x'), { recursive: true }), 'ENOTDIR', 'mkdir');
  sys(() => fs.readdirSync(p('f')), 'ENOTDIR', 'scandir', { path: p('f') });
  sys(() => fs.rmdirSync(p('d')), 'ENOTEMPTY', 'rmdir');
  sys(() => fs.unlinkSync(p('d')), 'EISDIR', 'unlink');
  sys(() => fs.renameSync(p('none'), p('z')), 'ENOENT', 'rename', {
    path: p('none'), dest: p('z'),
    message: `ENOENT: no such file or directory, rename '${p('none')}' -> '${p('z')}'`,
  });
  sys(() => fs.linkSync(p('f'), p('f')), 'EEXIST', 'link', { dest: p('f') });
  sys(() => fs.symlinkSync(p('f'), p('f')), 'EEXIST', 'symlink');
  sys(() => fs.readlinkSync(p('f')), 'EINVAL', 'readlink');
  sys(() => fs.accessSync(p('none')), 'ENOENT', 'access');
  sys(() => fs.chmodSync(p('none'), 0o644), 'ENOENT', 'chmod');
  sys(() => fs.utimesSync(p('none'), 1, 1), 'ENOENT', 'utime');
  sys(() => fs.fstatSync(99999), 'EBADF', 'fstat');
  sys(() => fs.closeSync(99999), 'EBADF', 'close',
      { message: 'EBADF: bad file descriptor, close' });
  sys(() => fs.truncateSync(p('none'), 1), 'ENOENT', 'open');
  sys(() => fs.realpathSync(p('none/x')), 'ENOENT', 'lstat', { path: p('none') });
  sys(() => fs.realpathSync.native(p('none/x')), 'ENOENT', 'realpath');
  sys(() => fs.opendirSync(p('f')), 'ENOTDIR', 'opendir',
      { message: 'ENOTDIR: not a directory, opendir' });
  sys(() => fs.mkdtempSync(p('none/x')), 'ENOENT', 'mkdtemp');
  sys(() => fs.copyFileSync(p('none'), p('g')), 'ENOENT', 'copyfile');
  sys(() => fs.rmSync(p('none')), 'ENOENT', 'lstat');
  assert.throws(() => fs.rmSync(p('d')), {
    name: 'SystemError', code: 'ERR_FS_EISDIR',
    message: `Path is a directory: rm returned EISDIR (is a directory) ${p('d')}`,
  });
  assert.throws(() => fs.cpSync(p('d'), p('d2')), {
    code: 'ERR_FS_EISDIR',
    message: `Path is a directory: cp returned EISDIR (${p('d')} is a directory (not copied)) ${p('d')}`,
  });
  assert.throws(() => fs.cpSync(p('d'), p('d/sub'), { recursive: true }), {
    code: 'ERR_FS_CP_EINVAL',
  });
  assert.throws(() => fs.cpSync(p('f'), p('f')), { code: 'ERR_FS_CP_EINVAL' });
  assert.throws(() => fs.cpSync(p('f'), p('d')), { code: 'ERR_FS_CP_NON_DIR_TO_DIR' });
  fs.writeFileSync(p('g'), '');
  assert.throws(() => fs.cpSync(p('f'), p('g'), { force: false, errorOnExist: true }),
                { code: 'ERR_FS_CP_EEXIST' });

  // Argument errors.
  const type = (fn, message) => assert.throws(fn, { name: 'TypeError', message });
  type(() => fs.statSync(123), 'The "path" argument must be of type string or an instance of ' +
       'Buffer or URL. Received type number (123)');
  assert.throws(() => fs.statSync('a\0b'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes." +
      " Received 'a\\x00b'",
  });
  assert.throws(() => fs.statSync(new URL('http://x/')), { code: 'ERR_INVALID_URL_SCHEME' });
  type(() => fs.fstatSync('1'), 'The "fd" argument must be of type number. Received type ' +
       "string ('1')");
  assert.throws(() => fs.fstatSync(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
  type(() => fs.readFileSync(p('f'), 5), 'The "options" argument must be one of type string ' +
       'or object. Received type number (5)');
  assert.throws(() => fs.readFileSync(p('f'), { encoding: 'bad' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'encoding' is invalid encoding. " +
      "Received 'bad'",
  });
  type(() => fs.writeFileSync(p('q'), 5), 'The "data" argument must be of type string or an ' +
       'instance of Buffer, TypedArray, or DataView. Received type number (5)');
  assert.throws(() => fs.readSync(0, Buffer.alloc(4), 5, 1, 0), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "length" is out of range. It must be <= -1. Received 1',
  });
  type(() => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'), 'The "position" argument must be of ' +
       "type bigint or integer. Received type string ('x')");
  assert.throws(() => fs.writeSync(1, Buffer.alloc(4), 0, 5), {
    message: 'The value of "length" is out of range. It must be <= 4. Received 5',
  });
  assert.throws(() => fs.chownSync(p('f'), -2, 0), {
    message: 'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2',
  });
  assert.throws(() => fs.accessSync(p('f'), 8), {
    code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
  });
  type(() => fs.utimesSync(p('f'), 'a', 1), 'The "time" argument must be an instance of Date ' +
       "or an Time in seconds. Received type string ('a')");
  assert.throws(() => fs.mkdirSync(p('m'), 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.symlinkSync(p('f'), p('s'), 'xx'), {
    code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  });
  type(() => fs.readvSync(0, [5]), 'The "buffers" argument must be an ArrayBufferView[]. ' +
       'Received an instance of Array');
  assert.throws(() => fs.rmSync(p('d'), { maxRetries: -1, recursive: true }), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => fs.opendirSync(p('d'), { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.cpSync(p('f'), p('q'), { filter: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });

  // A batch of succeeding and failing operations that open descriptors.
  for (let i = 0; i < 20; i++) {
    fs.readFileSync(p('f'));
    fs.readFileSync(p('f'), { flag: 'r+' });
    fs.writeFileSync(p('w'), 'x');
    fs.appendFileSync(p('w'), 'y');
    fs.truncateSync(p('w'), 1);
    try { fs.readFileSync(p('none')); } catch {}
    try { fs.readFileSync(p('d')); } catch {}
    try { fs.readFileSync(p('d'), { flag: 'r+' }); } catch {}
    try { fs.writeFileSync(p('d'), 'x'); } catch {}
    try { fs.truncateSync(p('none')); } catch {}
    fs.copyFileSync(p('f'), p('c'));
    fs.cpSync(p('d'), p('dc'), { recursive: true });
    fs.rmSync(p('dc'), { recursive: true });
    const d = fs.opendirSync(p('d'));
    d.closeSync();
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.strictEqual(countFds(), fdsBefore);
