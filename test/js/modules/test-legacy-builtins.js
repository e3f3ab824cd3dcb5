'use strict';
// The legacy builtins packages still require: `constants` (graceful-fs, so
// fs-extra) and the _stream_* names. Expected values from node 20.
const assert = require('assert');
const c = require('constants');
const os = require('os');
const fs = require('fs');

assert.ok(Object.isFrozen(c));
const keys = Object.keys(c);
assert.strictEqual(keys.length, 236);
assert.strictEqual(keys[0], 'RTLD_LAZY');
assert.strictEqual(keys[keys.length - 1], 'POINT_CONVERSION_HYBRID');
assert.ok(!keys.includes('defaultCipherList'));
// dlopen, errno, priority, signals, fs, crypto: in that order.
assert.ok(keys.indexOf('E2BIG') < keys.indexOf('PRIORITY_LOW'));
assert.ok(keys.indexOf('PRIORITY_HIGHEST') < keys.indexOf('SIGHUP'));
assert.ok(keys.indexOf('SIGSYS') < keys.indexOf('UV_FS_SYMLINK_DIR'));
assert.ok(keys.indexOf('COPYFILE_FICLONE_FORCE') < keys.indexOf('OPENSSL_VERSION_NUMBER'));
assert.strictEqual(c.O_RDONLY, fs.constants.O_RDONLY);
assert.strictEqual(c.SIGINT, os.constants.signals.SIGINT);
assert.strictEqual(c.EACCES, os.constants.errno.EACCES);
assert.strictEqual(c.RTLD_LAZY, 1);
assert.strictEqual(c.PRIORITY_LOW, 19);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'O_RDONLY'),
                       { value: 0, writable: false, enumerable: true, configurable: false });

const stream = require('stream');
assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
// require('process') is the process object (chalk and supports-color use
// require('node:process')).
assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);
const mod = require('module');
for (const name of ['constants', '_stream_readable', '_stream_passthrough', 'process']) {
  assert.ok(mod.isBuiltin(name), name);
  assert.ok(mod.builtinModules.includes(name), name);
}

// inspector: a builtin either way; without an inspector (process.features
// says which) requiring it throws ERR_INSPECTOR_NOT_AVAILABLE, as a node
// built without one does.
assert.ok(mod.isBuiltin('inspector'));
if (process.features.inspector) {
  assert.strictEqual(typeof require('inspector').url, 'function');
} else {
  assert.throws(() => require('inspector'), { code: 'ERR_INSPECTOR_NOT_AVAILABLE', message: 'Inspector is not available' });
  assert.throws(() => require('node:inspector/promises'), { code: 'ERR_INSPECTOR_NOT_AVAILABLE' });
}
