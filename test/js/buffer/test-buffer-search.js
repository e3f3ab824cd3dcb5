'use strict';
// indexOf/lastIndexOf/includes, compare, equals, copy, concat, fill.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abcabc');
assert.deepStrictEqual([
  b.indexOf('c', -1), b.indexOf('c', -100), b.lastIndexOf('c', -100), b.lastIndexOf('c', 100),
  b.indexOf('c', 100), b.indexOf('', 100), b.lastIndexOf('', 100), b.indexOf('', -100),
  b.lastIndexOf('', -100), b.lastIndexOf(''), b.indexOf(Buffer.alloc(0), 3), b.indexOf('c', null),
  b.lastIndexOf('c', null), b.lastIndexOf('c', undefined), b.lastIndexOf('c', {}),
  b.indexOf('62', 'hex'), b.indexOf('YmM=', 2, 'base64'), b.indexOf(Buffer.from('a'), 0, 'bogus'),
  b.indexOf(99 + 256), b.indexOf(99, -1), b.lastIndexOf(99, 2.5), b.indexOf('c', 2 ** 32),
  Buffer.from('abcd', 'ucs2').indexOf('c', 0, 'ucs2'),
  Buffer.from('\u6100\u6200', 'ucs2').indexOf('\u6200', 0, 'ucs2'),
  b.indexOf('bc'), b.lastIndexOf('bc'), b.indexOf(new Uint8Array([0x63, 0x61])), b.indexOf('abcabcx'),
  b.lastIndexOf('a', 2), b.indexOf('a', 1.9), b.lastIndexOf(Buffer.from('ab'), -3),
], [5, 2, -1, 5, -1, 6, 6, 0, 0, 6, 3, 2, -1, 5, 5, 1, 4, 0, 2, 5, 2, -1, 4, 2, 1, 4, 2, -1, 0, 3, 3]);
assert.strictEqual(b.includes('ca'), true);
assert.strictEqual(b.includes('ca', 3), false);
assert.strictEqual(b.includes(0x61, -3), true);
assert.throws(() => b.indexOf('a', 0, 'bogus'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus' });
const valueMsg = 'The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array.';
assert.throws(() => b.indexOf({}), { code: 'ERR_INVALID_ARG_TYPE', message: `${valueMsg} Received an instance of Object` });
assert.throws(() => b.indexOf(true), { message: `${valueMsg} Received type boolean (true)` });
assert.throws(() => b.indexOf(new Uint16Array([0x6362])), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const big = Buffer.alloc(1 << 20, 'x');
  big.write('needle', big.length - 10);
  assert.strictEqual(big.indexOf('needle'), big.length - 10);
  assert.strictEqual(big.lastIndexOf('x'), big.length - 1);
  assert.strictEqual(big.indexOf(0x6e), big.length - 10);
}

// compare / Buffer.compare / equals
assert.deepStrictEqual([
  b.compare(Buffer.from('abd')), b.compare(Buffer.from('abd'), 5), b.compare(Buffer.from('abd'), 0, 3, 10),
  b.compare(Buffer.from('abd'), 0, 3, 10, 6), b.compare(Buffer.from('xbc'), 1, 3, 1, 3),
  b.compare(Buffer.from('xbc'), 3, 3, 1, 1), b.compare(Buffer.from('xbc'), 1, 3, 1, 1),
  Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')),
  Buffer.compare(Buffer.from('ab'), Buffer.from('a')), Buffer.compare(b, b),
  Buffer.compare(Buffer.alloc(0), new Uint8Array(0)),
], [-1, 1, -1, -1, 0, 0, -1, -1, 1, 1, 0, 0]);
assert.throws(() => b.compare(Buffer.from('abd'), 0, 5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 5',
});
assert.throws(() => b.compare(Buffer.from('abd'), 0, 3, 0, 7), {
  message: 'The value of "sourceEnd" is out of range. It must be >= 0 && <= 6. Received 7',
});
assert.throws(() => b.compare(Buffer.from('abd'), '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => b.compare(Buffer.from('abd'), 1.5), { message: /must be an integer/ });
assert.throws(() => b.compare(null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received null',
});
assert.throws(() => Buffer.compare(b, 'x'), { message: /^The "buf2" argument/ });
assert.throws(() => Buffer.compare('x', b), { message: /^The "buf1" argument/ });
assert.strictEqual(b.equals(Buffer.from('abcabc')), true);
assert.strictEqual(b.equals(new Uint8Array([97])), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(() => b.equals('x'), { message: /^The "otherBuffer" argument must be an instance of Buffer or Uint8Array/ });

// copy
{
  const src = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff]);
  const t = Buffer.alloc(4);
  assert.strictEqual(b.copy(t, 1, 2), 3);
  assert.deepStrictEqual([...t], [0, 0x63, 0x61, 0x62]);
  assert.strictEqual(b.copy(Buffer.alloc(4), 0, 0, 100), 4);
  assert.strictEqual(b.copy(Buffer.alloc(4), '1'), 3);
  assert.strictEqual(b.copy(Buffer.alloc(4), NaN), 4);
  assert.strictEqual(b.copy(Buffer.alloc(4), Infinity), 4);
  assert.strictEqual(b.copy(Buffer.alloc(4), 0, Infinity), 4);
  assert.strictEqual(b.copy(Buffer.alloc(4), 4), 0);
  const u = Buffer.alloc(4);
  src.copy(u, 0, 1.5);
  assert.deepStrictEqual([...u], [2, 3, 4, 5]);
  const v = Buffer.alloc(4);
  b.copy(v, 1.7);
  assert.deepStrictEqual([...v], [0, 0x61, 0x62, 0x63]);
  // Overlapping copies within one buffer.
  const o = Buffer.from('abcdef');
  o.copy(o, 2, 0, 4);
  assert.strictEqual(o.toString(), 'ababcd');
  o.copy(o, 0, 2);
  assert.strictEqual(o.toString(), 'abcdcd');
  assert.throws(() => b.copy(Buffer.alloc(4), -1), {
    code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => src.copy(Buffer.alloc(4), -0.5), { message: /It must be >= 0. Received -1$/ });
  assert.throws(() => b.copy(Buffer.alloc(4), 0, 7), {
    message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7',
  });
  assert.throws(() => b.copy(Buffer.alloc(4), 0, 0, -1), {
    message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => b.copy([]), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Array',
  });
  assert.throws(() => b.copy(new Uint16Array(2)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Buffer.prototype.copy.call(new Uint16Array(1), Buffer.alloc(2)), { message: /^The "source" argument/ });
}

// concat
assert.deepStrictEqual([...Buffer.concat([b, new Uint8Array([1])], 10)],
                       [97, 98, 99, 97, 98, 99, 1, 0, 0, 0]);
assert.strictEqual(Buffer.concat([b, b], 4).toString(), 'abca');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([b, b]).toString(), 'abcabcabcabc');
assert.throws(() => Buffer.concat([b, 'x']), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat('x'), { message: 'The "list" argument must be an instance of Array. Received type string (\'x\')' });
assert.throws(() => Buffer.concat([b], -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.concat([b], '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => Buffer.concat([{ length: 2 }]), { message: /^The "list\[0\]" argument/ });

// fill
const h = (x) => x.toString('hex');
assert.strictEqual(h(Buffer.alloc(3).fill(true)), '010101');
assert.strictEqual(h(Buffer.alloc(3).fill({ valueOf() { return 258; } })), '020202');
assert.strictEqual(h(Buffer.alloc(5).fill(new Uint16Array([0x102]))), '0201020102');
assert.strictEqual(h(Buffer.alloc(3).fill(1, 4)), '000000');
assert.strictEqual(h(Buffer.alloc(3).fill(-1)), 'ffffff');
assert.strictEqual(h(Buffer.alloc(3, 1).fill('')), '000000');
assert.strictEqual(h(Buffer.alloc(3).fill('a', 'ucs2')), '610061');
assert.strictEqual(h(Buffer.alloc(1).fill('a', 'ucs2')), '61');
assert.strictEqual(h(Buffer.alloc(5).fill('abc', 1, 4)), '0061626300');
assert.strictEqual(h(Buffer.alloc(5).fill('abc', 1, 'latin1')), '0061626361');
assert.strictEqual(h(Buffer.alloc(5).fill('é')), 'c3a9c3a9c3');
assert.strictEqual(h(Buffer.alloc(4).fill('é', 'latin1')), 'e9e9e9e9');
assert.strictEqual(h(Buffer.alloc(4).fill('abzz', 'hex')), 'abababab');
assert.strictEqual(h(Buffer.alloc(4).fill(0x101, 1, 3)), '00010100');
assert.strictEqual(Buffer.alloc(100000).fill('xyz').toString().slice(-4), 'xyzx');
assert.throws(() => Buffer.alloc(3).fill(Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => Buffer.alloc(3).fill('zz', 'hex'), { message: "The argument 'value' is invalid. Received 'zz'" });
assert.throws(() => Buffer.alloc(3).fill('a', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(3).fill('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => Buffer.alloc(3).fill('a', 0, 3, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => Buffer.alloc(3).fill(1, 0, 4), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "end" is out of range. It must be >= 0 && <= 3. Received 4',
});
assert.throws(() => Buffer.alloc(3).fill(1, 1.5), { message: /"offset" is out of range. It must be an integer/ });
assert.throws(() => Buffer.alloc(3).fill(1, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
