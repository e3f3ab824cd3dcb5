'use strict';
// Buffer.alloc/allocUnsafe/from/of/copyBytesFrom, the pool, SlowBuffer.
const assert = require('assert');
const { Buffer, SlowBuffer, kMaxLength, kStringMaxLength, constants } = require('buffer');

// Buffer is a Uint8Array subclass; every factory returns Buffer instances.
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
for (const b of [Buffer.alloc(3), Buffer.allocUnsafe(3), Buffer.allocUnsafeSlow(3),
  Buffer.from('abc'), Buffer.from([1, 2]), Buffer.from(new ArrayBuffer(4)), Buffer.of(1),
  Buffer.concat([Buffer.from('a')]), Buffer.from('abc').subarray(1), Buffer.from('abc').slice(1)]) {
  assert.ok(b instanceof Buffer);
  assert.ok(b instanceof Uint8Array);
  assert.strictEqual(b.constructor, Buffer);
  assert.ok(Buffer.isBuffer(b));
}
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer(null), false);

// alloc
assert.deepStrictEqual([...Buffer.alloc(3)], [0, 0, 0]);
assert.strictEqual(Buffer.alloc(2.5).length, 2);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [0x61, 0x62, 0x61, 0x62, 0x61]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab', 'base64')], [0x69, 0x69, 0x69, 0x69, 0x69]);
assert.deepStrictEqual([...Buffer.alloc(5, Buffer.from('xy'))], [0x78, 0x79, 0x78, 0x79, 0x78]);
assert.deepStrictEqual([...Buffer.alloc(3, 257)], [1, 1, 1]);
assert.throws(() => Buffer.alloc(5, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(5, 'zz', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bogus',
});
const sizeMsg = (r) => `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. Received ${r}`;
assert.throws(() => Buffer.alloc(2 ** 53), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: sizeMsg('9_007_199_254_740_992'),
});
assert.throws(() => Buffer.alloc(-1), { code: 'ERR_OUT_OF_RANGE', message: sizeMsg('-1') });
assert.throws(() => Buffer.allocUnsafe(NaN), { code: 'ERR_OUT_OF_RANGE', message: sizeMsg('NaN') });
assert.throws(() => Buffer.allocUnsafeSlow('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => SlowBuffer(-1), { code: 'ERR_OUT_OF_RANGE' });

// The pool: small allocUnsafe / from results share an 8 KiB ArrayBuffer,
// 8-byte aligned; large ones and alloc() get their own.
assert.strictEqual(Buffer.poolSize, 8192);
{
  const a = Buffer.allocUnsafe(10);
  const b = Buffer.allocUnsafe(10);
  assert.strictEqual(a.buffer, b.buffer);
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(b.byteOffset - a.byteOffset, 16);
  assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
  assert.strictEqual(Buffer.allocUnsafe(4095).buffer.byteLength, 8192);
  assert.strictEqual(Buffer.from('abc').buffer.byteLength, 8192);
  assert.strictEqual(Buffer.from([1]).buffer.byteLength, 8192);
  assert.strictEqual(Buffer.alloc(3).buffer.byteLength, 3);
  assert.strictEqual(Buffer.from(new Array(5000).fill(1)).buffer.byteLength, 5000);
  assert.strictEqual(Buffer.allocUnsafe(2.5).length, 2);
  assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
}

// from(string)
assert.deepStrictEqual([...Buffer.from('a', 1)], [0x61]);
assert.throws(() => Buffer.from('', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(Buffer.from('x'.repeat(5000)).toString(), 'x'.repeat(5000));
assert.strictEqual(Buffer.from('é'.repeat(3000)).length, 6000);

// from(array-like / object)
assert.deepStrictEqual([...Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 })], [1, 2]);
assert.deepStrictEqual([...Buffer.from({ length: '2', 0: 1, 1: 2 })], []);
assert.deepStrictEqual([...Buffer.from({ length: -1 })], []);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [1, 2] })], [1, 2]);
assert.deepStrictEqual([...Buffer.from({ [Symbol.toPrimitive]() { return 'ab'; } })], [0x61, 0x62]);
assert.deepStrictEqual([...Buffer.from({ valueOf() { return 'ab'; } })], [0x61, 0x62]);
assert.deepStrictEqual([...Buffer.from(new String('ab'))], [0x61, 0x62]);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([256, 1]))], [0, 1]);
assert.deepStrictEqual([...Buffer.from([257, -1, 1.5, '2', 'x'])], [1, 255, 1, 2, 0]);
{
  const src = Buffer.from('abc');
  const copy = Buffer.from(src);
  copy[0] = 0;
  assert.strictEqual(src[0], 0x61);
}
const firstArgMsg = 'The first argument must be of type string or an instance of Buffer, ' +
  'ArrayBuffer, or Array or an Array-like Object.';
assert.throws(() => Buffer.from(null), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: `${firstArgMsg} Received null`,
});
assert.throws(() => Buffer.from(5), { message: `${firstArgMsg} Received type number (5)` });
assert.throws(() => Buffer.from({}), { code: 'ERR_INVALID_ARG_TYPE' });

// from(ArrayBuffer, byteOffset, length): a view, not a copy.
{
  const ab = new ArrayBuffer(4);
  const b = Buffer.from(ab, 1, 2);
  assert.strictEqual(b.buffer, ab);
  assert.strictEqual(b.byteOffset, 1);
  assert.strictEqual(b.length, 2);
  b[0] = 9;
  assert.strictEqual(new Uint8Array(ab)[1], 9);
  assert.strictEqual(Buffer.from(ab, 1).length, 3);
  assert.strictEqual(Buffer.from(ab, 1, -4).length, 0);
  assert.strictEqual(Buffer.from(ab, 'x', 'y').length, 0);
  assert.strictEqual(Buffer.from(ab, '1').length, 3);
  assert.throws(() => Buffer.from(ab, 5), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
    message: '"offset" is outside of buffer bounds',
  });
  assert.throws(() => Buffer.from(ab, 1, 4), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
  });
  assert.throws(() => Buffer.from(ab, -1), RangeError);
  const sab = new SharedArrayBuffer(3);
  assert.strictEqual(Buffer.from(sab).buffer, sab);
}

// of / copyBytesFrom
assert.deepStrictEqual([...Buffer.of(300, 'a', 1.5)], [44, 0, 1]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1)], [2, 0, 3, 0]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1)], [2, 0]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 5)], []);
assert.deepStrictEqual([...Buffer.copyBytesFrom(new Float32Array([1]))], [0, 0, 0x80, 0x3f]);
assert.throws(() => Buffer.copyBytesFrom(new ArrayBuffer(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of ArrayBuffer',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 0, 1.5), { code: 'ERR_OUT_OF_RANGE' });

// SlowBuffer
assert.strictEqual(SlowBuffer(3).length, 3);
assert.ok(SlowBuffer(3) instanceof Buffer);
assert.strictEqual(Object.getPrototypeOf(SlowBuffer), Uint8Array);

// Buffer() without new: alloc for numbers, from otherwise.
assert.deepStrictEqual([...Buffer('ab', 'hex')], [0xab]);
assert.deepStrictEqual([...new Buffer(2)], [0, 0]);
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
// Typed array methods that build a new array of the species go through Buffer().
assert.deepStrictEqual([...Buffer.from('ab').map((x) => x + 1)], [0x62, 0x63]);

// Limits
assert.strictEqual(typeof kMaxLength, 'number');
assert.strictEqual(constants.MAX_LENGTH, kMaxLength);
assert.strictEqual(constants.MAX_STRING_LENGTH, kStringMaxLength);
assert.strictEqual(kMaxLength, 2 ** 32);
assert.strictEqual(kStringMaxLength, 536870888);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(require('buffer'), 'constants').configurable, false);

// Statics as node has them.
for (const name of ['poolSize', 'from', 'copyBytesFrom', 'of', 'alloc', 'allocUnsafe',
  'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding', 'concat', 'byteLength']) {
  assert.ok(Object.prototype.hasOwnProperty.call(Buffer, name), name);
}
assert.deepStrictEqual(
  [Buffer.from.length, Buffer.alloc.length, Buffer.concat.length, Buffer.length],
  [3, 3, 2, 3]);
assert.deepStrictEqual(Object.keys(require('buffer')), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength',
  'kStringMaxLength', 'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob',
  'resolveObjectURL', 'File',
]);
