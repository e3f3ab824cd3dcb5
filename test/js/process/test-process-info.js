'use strict';
const assert = require('assert');
const path = require('path');

// argv
assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.argv[1]));
assert.strictEqual(typeof process.argv0, 'string');
assert.ok(Array.isArray(process.execArgv));
for (const a of process.execArgv) assert.strictEqual(typeof a, 'string');

// execPath
assert.strictEqual(typeof process.execPath, 'string');
assert.ok(path.isAbsolute(process.execPath));
assert.ok(require('fs').existsSync(process.execPath));

// version and versions
assert.match(process.version, /^v\d+\.\d+\.\d+/);
assert.strictEqual(process.versions.node, process.version.slice(1));
for (const k of ['node', 'v8', 'uv', 'openssl', 'zlib', 'llhttp', 'modules']) {
  assert.strictEqual(typeof process.versions[k], 'string', `versions.${k}`);
  assert.ok(process.versions[k].length > 0, `versions.${k}`);
}
assert.match(process.versions.v8, /^\d+\.\d+\.\d+/);
assert.match(process.versions.uv, /^\d+\.\d+\.\d+$/);
assert.throws(() => { 'use strict'; process.versions.node = 'x'; }, TypeError);

// release, platform, arch, pid
assert.strictEqual(process.release.name, 'node');
assert.strictEqual(typeof process.platform, 'string');
assert.strictEqual(process.platform, require('os').platform());
assert.strictEqual(process.arch, require('os').arch());
assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid > 0);
assert.strictEqual(typeof process.title, 'string');

// process object
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');
assert.ok(process instanceof require('events'));
assert.strictEqual(typeof process.on, 'function');
assert.strictEqual(process.exitCode, undefined);
assert.strictEqual(typeof process.config, 'object');
assert.strictEqual(typeof process.features, 'object');
assert.strictEqual(typeof process.emitWarning, 'function');
assert.strictEqual(typeof process.nextTick, 'function');

// exitCode validation (node 20)
assert.throws(() => { process.exitCode = 'abc'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.exitCode = 1.5; }, { code: 'ERR_OUT_OF_RANGE' });
process.exitCode = 3;
assert.strictEqual(process.exitCode, 3);
process.exitCode = undefined;
assert.strictEqual(process.exitCode, undefined);
