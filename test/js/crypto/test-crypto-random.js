'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues:
// sizes, offsets in elements, async forms, ranges, formats, node's errors.
// (Values are random: the checks are on shape, bounds and that bytes change.)
const assert = require('assert');
const crypto = require('crypto');

const mustCall = require('../../fixtures/must-call');

// randomBytes
for (const n of [0, 1, 16, 32, 1000, 100000]) {
  const b = crypto.randomBytes(n);
  assert(Buffer.isBuffer(b));
  assert.strictEqual(b.length, n);
}
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
assert.strictEqual(crypto.randomBytes(1.5).length, 1);
crypto.randomBytes(64, mustCall((err, buf) => {
  assert.strictEqual(err, null);
  assert(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 64);
}));
assert.strictEqual(crypto.pseudoRandomBytes, crypto.randomBytes);
assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1' });
assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes(NaN), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')' });
assert.throws(() => crypto.randomBytes(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync: offsets and sizes count elements; untouched bytes stay.
{
  const u32 = crypto.randomFillSync(new Uint32Array(4), 1, 2);
  assert.strictEqual(u32[0], 0);
  assert.strictEqual(u32[3], 0);
  const b = Buffer.alloc(64);
  assert.strictEqual(crypto.randomFillSync(b, 8), b);
  assert(b.subarray(0, 8).every((x) => x === 0));
  assert(b.subarray(8).some((x) => x !== 0));
  const ab = new ArrayBuffer(32);
  crypto.randomFillSync(ab);
  assert(new Uint8Array(ab).some((x) => x !== 0));
  const dv = new DataView(new ArrayBuffer(16), 4, 8);
  crypto.randomFillSync(dv);
  assert(new Uint8Array(dv.buffer, 0, 4).every((x) => x === 0));
  assert(new Uint8Array(dv.buffer, 12, 4).every((x) => x === 0));
  crypto.randomFillSync(new Float64Array(3));
  for (const size of [16, 4096]) {
    const sab = new SharedArrayBuffer(size);
    crypto.randomFillSync(sab);
    assert(new Uint8Array(sab).some((x) => x !== 0));
  }
  crypto.randomFillSync(Buffer.alloc(4), 4);
}
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5' });
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5' });
assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 16. Received 20' });
assert.throws(() => crypto.randomFillSync(new Uint32Array(4), 1, 4), {
  message: 'The value of "size + offset" is out of range. It must be <= 16. Received 20' });
assert.throws(() => crypto.randomFillSync('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
    "Received type string ('x')" });

// randomFill (async)
{
  const u16 = new Uint16Array(8);
  crypto.randomFill(u16, 2, 4, mustCall((err, buf) => {
    assert.strictEqual(err, null);
    assert.strictEqual(buf, u16);
    assert.strictEqual(u16[0] + u16[1] + u16[6] + u16[7], 0);
  }));
  const b = Buffer.alloc(16);
  crypto.randomFill(b, 8, mustCall((err, buf) => {
    assert.strictEqual(buf, b);
    assert(b.subarray(0, 8).every((x) => x === 0));
  }));
  crypto.randomFill(new ArrayBuffer(8), mustCall((err, buf) => {
    assert(buf instanceof ArrayBuffer);
  }));
  crypto.randomFill(new SharedArrayBuffer(4096), mustCall((err, buf) => {
    assert(buf instanceof SharedArrayBuffer);
    assert(new Uint8Array(buf).some((x) => x !== 0));
  }));
  assert.throws(() => crypto.randomFill(Buffer.alloc(4)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.randomFill(Buffer.alloc(4), 5, () => {}), {
    code: 'ERR_OUT_OF_RANGE' });
}

// randomInt
{
  const seen = new Set();
  for (let i = 0; i < 1000; i++) {
    const n = crypto.randomInt(3, 9);
    assert(Number.isInteger(n) && n >= 3 && n < 9);
    seen.add(n);
    const m = crypto.randomInt(5);
    assert(m >= 0 && m < 5);
    const big = crypto.randomInt(-(2 ** 40), 2 ** 47);
    assert(big >= -(2 ** 40) && big < 2 ** 47);
  }
  assert.strictEqual(seen.size, 6);
  assert.strictEqual(crypto.randomInt(7, 8), 7);
  let sync = true;
  crypto.randomInt(10, mustCall((err, n) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, undefined);
    assert(n >= 0 && n < 10);
  }));
  crypto.randomInt(10, 20, mustCall((err, n) => assert(n >= 10 && n < 20)));
  sync = false;
}
assert.throws(() => crypto.randomInt(10, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" ' +
    '(10). Received 5' });
assert.throws(() => crypto.randomInt(0, 2 ** 48 + 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657' });
assert.throws(() => crypto.randomInt(2 ** 48 + 1), {
  message: 'The value of "max" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_657' });
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)' });
assert.throws(() => crypto.randomInt(1.5, 3), {
  message: 'The "min" argument must be a safe integer. Received type number (1.5)' });
assert.throws(() => crypto.randomInt(1, 3, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomUUID: version 4, variant 10xx, all distinct.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const all = new Set();
  for (let i = 0; i < 2000; i++) {
    const u = crypto.randomUUID();
    assert.match(u, re);
    all.add(u);
  }
  assert.strictEqual(all.size, 2000);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
  assert.match(globalThis.crypto.randomUUID(), re);
  assert.throws(() => crypto.randomUUID(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)' });
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
      'Received type number (1)' });
}

// getRandomValues (module function and the global's method)
{
  for (const T of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                   Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
    const a = new T(16);
    assert.strictEqual(crypto.getRandomValues(a), a);
    assert.strictEqual(globalThis.crypto.getRandomValues(a), a);
  }
  assert.strictEqual(crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
  const { getRandomValues } = crypto;
  assert.strictEqual(getRandomValues(new Uint8Array(2)).length, 2);
  assert.throws(() => crypto.getRandomValues(new Float32Array(2)), (e) => {
    assert.strictEqual(e.name, 'TypeMismatchError');
    assert.strictEqual(e.code, 17);
    assert.strictEqual(e.message, 'The data argument must be an integer-type TypedArray');
    return true;
  });
  assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), (e) => {
    assert.strictEqual(e.name, 'QuotaExceededError');
    assert.strictEqual(e.code, 22);
    assert.strictEqual(e.message, 'The requested length exceeds 65,536 bytes');
    return true;
  });
  assert.throws(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2))),
                { name: 'TypeMismatchError' });
  const g = globalThis.crypto.getRandomValues;
  assert.throws(() => g(new Uint8Array(2)), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto' });
}
