'use strict';
// process.cwd() is read once and kept until process.chdir(), as node's main
// thread does: after the working directory is removed it still answers,
// path.resolve() still works, and chdir() out of it succeeds.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const orig = process.cwd();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-cwd-'));
const real = fs.realpathSync(dir);
process.chdir(dir);
assert.strictEqual(process.cwd(), real);
fs.rmdirSync(dir);

assert.strictEqual(process.cwd(), real);
assert.strictEqual(path.resolve('x'), path.join(real, 'x'));

// A failed chdir leaves the cached directory; the message names ''
// (node prints whatever getcwd left in its buffer) when it is gone.
assert.throws(() => process.chdir(path.join(real, 'missing')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'chdir');
  assert.strictEqual(err.dest, path.join(real, 'missing'));
  return true;
});

process.chdir(orig);
assert.strictEqual(process.cwd(), orig);
assert.strictEqual(path.resolve('y'), path.join(orig, 'y'));
