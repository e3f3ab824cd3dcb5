'use strict';
// structuredClone's transfer option: transferred ArrayBuffers end detached
// (their views read as empty) while the clone has the bytes; node 20's
// errors for a bad transfer list.
const assert = require('assert');

const ab = new ArrayBuffer(8);
new Uint8Array(ab)[0] = 7;
const view = new Uint8Array(ab, 2, 4);
const out = structuredClone({ ab, view }, { transfer: [ab] });
assert.strictEqual(ab.byteLength, 0);
assert.strictEqual(view.length, 0);
assert.strictEqual(out.ab.byteLength, 8);
assert.strictEqual(new Uint8Array(out.ab)[0], 7);
assert.strictEqual(out.view.length, 4);
assert.strictEqual(out.view.buffer, out.ab);
// Transferring an already detached buffer is allowed.
assert.strictEqual(structuredClone(1, { transfer: [ab] }), 1);

const a3 = new ArrayBuffer(4);
assert.strictEqual(structuredClone(a3, { transfer: [a3] }).byteLength, 4);
assert.strictEqual(a3.byteLength, 0);

assert.throws(() => structuredClone(1, { transfer: 5 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
});
const dup = new ArrayBuffer(1);
assert.throws(() => structuredClone(1, { transfer: [dup, dup] }), (e) => {
  assert.strictEqual(e.name, 'DataCloneError');
  assert.strictEqual(e.message, 'Transfer list contains duplicate ArrayBuffer');
  assert.strictEqual(e.code, 25);
  return true;
});
assert.strictEqual(dup.byteLength, 1);
assert.throws(() => structuredClone(1, { transfer: [new SharedArrayBuffer(1)] }), {
  name: 'TypeError', message: 'Found invalid object in transferList',
});
assert.strictEqual(structuredClone(5, { transfer: [] }), 5);
assert.strictEqual(structuredClone(5, {}), 5);
assert.strictEqual(structuredClone(5, null), 5);
