'use strict';
const assert = require('assert');
const os = require('os');
const path = require('path');

// kill: validation
assert.throws(() => process.kill(process.pid, 'SIGFOO'), {
  code: 'ERR_UNKNOWN_SIGNAL',
  name: 'TypeError',
  message: 'Unknown signal: SIGFOO',
});
assert.throws(() => process.kill(process.pid, 'sigterm'), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => process.kill('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'abc\')',
});
assert.throws(() => process.kill(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.kill(process.pid, {}), { code: 'ERR_UNKNOWN_SIGNAL' });
// signal 0 checks existence
assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(process.pid, 'SIG' + 'USR2'.slice(0, 0) + 'CONT'), true);
// a process that does not exist: ESRCH
assert.throws(() => process.kill(2 ** 22 + 12345, 0), (err) => {
  assert.strictEqual(err.code, 'ESRCH');
  assert.strictEqual(err.syscall, 'kill');
  assert.strictEqual(err.errno, os.constants.errno.ESRCH * -1);
  assert.strictEqual(err.message, 'kill ESRCH');
  return true;
});

// chdir
const orig = process.cwd();
assert.strictEqual(typeof orig, 'string');
assert.ok(path.isAbsolute(orig));
process.chdir(os.tmpdir());
assert.strictEqual(process.cwd(), require('fs').realpathSync(os.tmpdir()));
process.chdir(orig);
assert.strictEqual(process.cwd(), orig);
assert.throws(() => process.chdir(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "directory" argument must be of type string. Received type number (1)',
});
const missing = path.join(orig, 'no-such-dir-here-xyz');
assert.throws(() => process.chdir(missing), (err) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.path, process.cwd());
  assert.strictEqual(err.dest, missing);
  assert.strictEqual(err.errno, -os.constants.errno.ENOENT);
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, chdir '${process.cwd()}' -> '${missing}'`);
  return true;
});
assert.strictEqual(process.cwd(), orig);

// umask
const old = process.umask();
assert.strictEqual(typeof old, 'number');
assert.strictEqual(process.umask(0o027), old);
assert.strictEqual(process.umask(), 0o027);
assert.strictEqual(process.umask('0777'), 0o027);
assert.strictEqual(process.umask(old), 0o777);
assert.strictEqual(process.umask(), old);
assert.throws(() => process.umask({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "mask" argument must be of type number. Received an instance of Object',
});
assert.throws(() => process.umask('8'), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received '8'",
});
assert.throws(() => process.umask(-1), { code: 'ERR_OUT_OF_RANGE' });
