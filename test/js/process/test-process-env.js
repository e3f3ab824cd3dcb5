'use strict';
const assert = require('assert');

const key = 'EDDY_TEST_ENV_VAR_' + process.pid;
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);

process.env[key] = 'value';
assert.strictEqual(process.env[key], 'value');
assert.strictEqual(key in process.env, true);
assert.ok(Object.keys(process.env).includes(key));
assert.ok(Object.prototype.hasOwnProperty.call(process.env, key));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process.env, key), {
  value: 'value', writable: true, enumerable: true, configurable: true,
});

// values are coerced to strings
process.env[key] = 42;
assert.strictEqual(process.env[key], '42');
process.env[key] = true;
assert.strictEqual(process.env[key], 'true');
process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
process.env[key] = null;
assert.strictEqual(process.env[key], 'null');
process.env[key] = { toString() { return 'custom'; } };
assert.strictEqual(process.env[key], 'custom');
assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);

// delete
assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.strictEqual(key in process.env, false);
assert.ok(!Object.keys(process.env).includes(key));
assert.strictEqual(delete process.env[key], true);  // deleting a missing one is fine

// symbols are not environment variables
const sym = Symbol('x');
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(sym in process.env, false);

// well-known variables
assert.strictEqual(typeof process.env.PATH, 'string');
// enumeration: all values are strings
for (const [k, v] of Object.entries(process.env)) {
  assert.strictEqual(typeof k, 'string');
  assert.strictEqual(typeof v, 'string');
}
// JSON and spreading work
const copy = { ...process.env };
assert.strictEqual(copy.PATH, process.env.PATH);
assert.strictEqual(JSON.parse(JSON.stringify(process.env)).PATH, process.env.PATH);
// String coercion of the object
assert.strictEqual(String(process.env), '[object Object]');
// empty string values are kept
process.env[key] = '';
assert.strictEqual(process.env[key], '');
assert.strictEqual(key in process.env, true);
delete process.env[key];
