'use strict';
// readInt*/readUInt*/readFloat*/readBig* and the write counterparts.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff]);
assert.deepStrictEqual(
  [b.readUInt8(8), b.readInt8(8), b.readUInt16LE(0), b.readUInt16BE(7), b.readInt16LE(7),
    b.readInt16BE(8 - 1), b.readUInt32LE(5), b.readUInt32BE(5), b.readInt32LE(5), b.readInt32BE(5)],
  [255, -1, 0x0201, 0x08ff, -248, 0x08ff, 0xff080706, 0x060708ff, -16251130, 0x060708ff]);
assert.deepStrictEqual(
  [b.readIntLE(0, 6), b.readIntBE(3, 6), b.readUIntLE(0, 5), b.readUIntBE(1, 3),
    b.readIntLE(8, 1), b.readIntBE(7, 2)],
  [6618611909121, 4419622471935, 21542142465, 131844, -1, 2303]);
assert.deepStrictEqual(
  [b.readBigUInt64LE(1), b.readBigInt64BE(1), b.readBigInt64LE(1), b.readBigUInt64BE(0)],
  [18376946001920656130n, 144964032628459775n, -69798071788895486n, 0x0102030405060708n]);
assert.deepStrictEqual([b.readFloatLE(0), b.readDoubleBE(1), b.readFloatBE(5)],
                       [1.539989614439558e-36, 5.678932010641122e-299, 2.539728726362553e-35]);

// Signed reads of every width, both byte orders.
{
  const neg = Buffer.alloc(8, 0xff);
  for (let n = 1; n <= 6; n++) {
    assert.strictEqual(neg.readIntLE(0, n), -1);
    assert.strictEqual(neg.readIntBE(0, n), -1);
    assert.strictEqual(neg.readUIntLE(0, n), 2 ** (8 * n) - 1);
    assert.strictEqual(neg.readUIntBE(0, n), 2 ** (8 * n) - 1);
  }
  assert.strictEqual(neg.readBigInt64LE(), -1n);
  assert.strictEqual(neg.readBigUInt64BE(), 2n ** 64n - 1n);
}

// Aliases are the same functions.
for (const [alias, name] of [['readUint8', 'readUInt8'], ['readUint16LE', 'readUInt16LE'],
  ['readUint32BE', 'readUInt32BE'], ['readUintLE', 'readUIntLE'], ['readBigUint64LE', 'readBigUInt64LE'],
  ['writeUint8', 'writeUInt8'], ['writeUintBE', 'writeUIntBE'], ['writeBigUint64BE', 'writeBigUInt64BE']]) {
  assert.strictEqual(Buffer.prototype[alias], Buffer.prototype[name], alias);
}
assert.deepStrictEqual(
  [Buffer.prototype.readUInt8.length, Buffer.prototype.writeUInt8.length,
    Buffer.prototype.readIntLE.length],
  [0, 1, 2]);

// Offsets
const offsetMsg = (last, r) => `The value of "offset" is out of range. It must be >= 0 and <= ${last}. Received ${r}`;
assert.throws(() => b.readUInt8(9), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: offsetMsg(8, 9) });
assert.throws(() => b.readUInt8(-1), { message: offsetMsg(8, -1) });
assert.throws(() => b.readUInt8(Infinity), { message: offsetMsg(8, 'Infinity') });
assert.throws(() => b.readUInt16LE(8), { message: offsetMsg(7, 8) });
assert.throws(() => b.readBigUInt64LE(2), { message: offsetMsg(1, 2) });
assert.throws(() => b.readDoubleLE(2), { message: offsetMsg(1, 2) });
assert.throws(() => b.readIntLE(5, 6), { message: offsetMsg(3, 5) });
assert.throws(() => b.readUInt8(1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => b.readUInt8(NaN), { message: /must be an integer\. Received NaN/ });
assert.throws(() => b.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
for (const fn of [() => Buffer.alloc(2).readUInt32LE(0), () => Buffer.alloc(0).readUInt8(0),
  () => Buffer.alloc(4).writeDoubleLE(1)]) {
  assert.throws(fn, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError',
    message: 'Attempt to access memory outside buffer bounds',
  });
}
const blMsg = (r) => `The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received ${r}`;
assert.throws(() => b.readIntLE(0, 7), { code: 'ERR_OUT_OF_RANGE', message: blMsg(7) });
assert.throws(() => b.readIntLE(0, 0), { message: blMsg(0) });
assert.throws(() => Buffer.alloc(8).writeIntLE(1, 0, 7), { message: blMsg(7) });
assert.throws(() => b.readIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => b.readIntLE(0, 1.5), { message: /"byteLength" .* must be an integer/ });
assert.throws(() => b.readUIntLE(undefined, 2), {
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => Buffer.alloc(8).writeUIntLE(1, undefined, 2), { code: 'ERR_INVALID_ARG_TYPE' });

// Writes
{
  const x = Buffer.alloc(16);
  x.writeIntBE(-123456789012, 0, 6);
  x.writeIntLE(-1234567890, 6, 5);
  x.writeUIntBE(0xabcdef, 11, 3);
  assert.strictEqual(x.writeInt16LE(-2, 14), 16);
  assert.strictEqual(x.toString('hex'), 'ffe34166e5ec2efd69b6ffabcdeffeff');
  const y = Buffer.alloc(16);
  y.writeUIntLE(0xabcdef123456, 0, 6);
  y.writeUIntBE(0xabcdef1234, 6, 5);
  assert.strictEqual(y.writeInt32BE(-5, 11), 15);
  assert.strictEqual(y.toString('hex'), '563412efcdababcdef1234fffffffb00');
  const z = Buffer.alloc(12);
  assert.strictEqual(z.writeFloatLE(1.5, 0), 4);
  assert.strictEqual(z.writeDoubleBE(-0.1, 4), 12);
  assert.strictEqual(z.writeFloatBE('x', 0), 4);
  assert.strictEqual(z.toString('hex'), '7fc00000bfb999999999999a');
  const w = Buffer.alloc(2, 5);
  assert.strictEqual(w.writeUInt8('7', 1), 2);
  assert.strictEqual(w.writeUInt8(NaN, 0), 1);
  assert.deepStrictEqual([...w], [0, 7]);
  w.writeInt8(-1.7, 1);
  assert.strictEqual(w[1], 255);
  const big = Buffer.alloc(16);
  assert.strictEqual(big.writeBigInt64LE(-2n), 8);
  assert.strictEqual(big.writeBigUInt64BE(0x0102030405060708n, 8), 16);
  assert.strictEqual(big.toString('hex'), 'feffffffffffffff0102030405060708');
  const all = Buffer.alloc(8);
  all.writeUInt16BE(0x1234);
  all.writeUInt32LE(0x89abcdef, 2);
  all.writeInt16BE(-2, 6);
  assert.strictEqual(all.toString('hex'), '1234efcdab89fffe');
}

// Round trips through every writer/reader pair.
{
  const buf = Buffer.alloc(8);
  const cases = [
    ['UInt8', [0, 255]], ['Int8', [-128, 127]], ['UInt16LE', [0, 65535]], ['UInt16BE', [1, 65534]],
    ['Int16LE', [-32768, 32767]], ['Int16BE', [-1, 300]], ['UInt32LE', [0, 2 ** 32 - 1]],
    ['UInt32BE', [7, 2 ** 31]], ['Int32LE', [-(2 ** 31), 2 ** 31 - 1]], ['Int32BE', [-5, 5]],
    ['FloatLE', [1.5, -0.25]], ['FloatBE', [Infinity, -2]], ['DoubleLE', [Math.PI, -1e300]],
    ['DoubleBE', [Number.MIN_VALUE, -0]],
    ['BigInt64LE', [-(2n ** 63n), 2n ** 63n - 1n]], ['BigInt64BE', [-1n, 12345678901234n]],
    ['BigUInt64LE', [0n, 2n ** 64n - 1n]], ['BigUInt64BE', [2n ** 63n, 1n]],
  ];
  for (const [name, values] of cases) {
    for (const v of values) {
      buf['write' + name](v, 0);
      assert.ok(Object.is(buf['read' + name](0), v), `${name} ${v}`);
    }
  }
  for (let n = 1; n <= 6; n++) {
    for (const v of [0, 1, 2 ** (8 * n) - 1, 2 ** (8 * n - 1)]) {
      buf.writeUIntLE(v, 0, n);
      assert.strictEqual(buf.readUIntLE(0, n), v);
      buf.writeUIntBE(v, 1, n);
      assert.strictEqual(buf.readUIntBE(1, n), v);
    }
    for (const v of [-1, -(2 ** (8 * n - 1)), 2 ** (8 * n - 1) - 1]) {
      buf.writeIntLE(v, 0, n);
      assert.strictEqual(buf.readIntLE(0, n), v);
      buf.writeIntBE(v, 2, n);
      assert.strictEqual(buf.readIntBE(2, n), v);
    }
  }
  assert.ok(Number.isNaN(buf.writeDoubleLE(NaN) && buf.readDoubleLE()));
}

// Value ranges
const valueMsg = (range, r) => `The value of "value" is out of range. It must be ${range}. Received ${r}`;
for (const [fn, range, r] of [
  [() => Buffer.alloc(2).writeUInt8(300), '>= 0 and <= 255', '300'],
  [() => Buffer.alloc(2).writeUInt8(-1), '>= 0 and <= 255', '-1'],
  [() => Buffer.alloc(2).writeInt8(200), '>= -128 and <= 127', '200'],
  [() => Buffer.alloc(2).writeUInt16LE(70000), '>= 0 and <= 65535', '70000'],
  [() => Buffer.alloc(2).writeInt16BE(-70000), '>= -32768 and <= 32767', '-70000'],
  [() => Buffer.alloc(4).writeUIntLE(2 ** 24, 0, 3), '>= 0 and <= 16777215', '16777216'],
  [() => Buffer.alloc(4).writeUInt32LE(2 ** 32), '>= 0 and <= 4294967295', '4294967296'],
  [() => Buffer.alloc(4).writeInt32LE(2 ** 31), '>= -2147483648 and <= 2147483647', '2147483648'],
  [() => Buffer.alloc(6).writeUIntBE(2 ** 40, 0, 5), '>= 0 and < 2 ** 40', '1_099_511_627_776'],
  [() => Buffer.alloc(6).writeIntBE(2 ** 39, 0, 5), '>= -(2 ** 39) and < 2 ** 39', '549_755_813_888'],
  [() => Buffer.alloc(6).writeUIntLE(2 ** 48, 0, 6), '>= 0 and < 2 ** 48', '281_474_976_710_656'],
  [() => Buffer.alloc(6).writeIntLE(-(2 ** 47) - 1, 0, 6), '>= -(2 ** 47) and < 2 ** 47', '-140_737_488_355_329'],
  [() => Buffer.alloc(8).writeBigUInt64LE(2n ** 64n), '>= 0n and < 2n ** 64n', '18_446_744_073_709_551_616n'],
  [() => Buffer.alloc(8).writeBigInt64LE(2n ** 63n), '>= -(2n ** 63n) and < 2n ** 63n', '9_223_372_036_854_775_808n'],
  [() => Buffer.alloc(8).writeBigInt64BE(-(2n ** 63n) - 1n), '>= -(2n ** 63n) and < 2n ** 63n', '-9_223_372_036_854_775_809n'],
  [() => Buffer.alloc(8).writeUIntLE(1e20, undefined, 2), '>= 0 and <= 65535', '100_000_000_000_000_000_000'],
]) {
  assert.throws(fn, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: valueMsg(range, r) });
}
assert.throws(() => Buffer.alloc(8).writeBigInt64BE(1), TypeError);
assert.throws(() => Buffer.alloc(8).writeBigInt64BE(1n, 1), { message: offsetMsg(0, 1) });
assert.throws(() => Buffer.alloc(2).writeUInt8(1, 2), { message: offsetMsg(1, 2) });
assert.throws(() => Buffer.alloc(2).writeUInt16LE(1, 1), { message: offsetMsg(0, 1) });
assert.throws(() => Buffer.alloc(4).writeFloatLE(1, 1), { message: offsetMsg(0, 1) });
assert.throws(() => Buffer.alloc(8).writeIntLE(1, 4, 6), { message: offsetMsg(2, 4) });
assert.throws(() => Buffer.alloc(2).writeUInt8(1, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.alloc(8).writeIntLE(1, 0, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
