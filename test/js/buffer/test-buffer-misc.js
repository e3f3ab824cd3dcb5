'use strict';
// inspect, toJSON, swap*, subarray/slice, parent/offset, atob/btoa,
// transcode, isUtf8/isAscii, INSPECT_MAX_BYTES.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer, atob, btoa, transcode, isUtf8, isAscii } = buffer;

// inspect
assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51)), `<Buffer ${'00 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(60)), `<Buffer ${'00 '.repeat(50)}... 10 more bytes>`);
{
  const x = Buffer.from('ab');
  x.foo = 1;
  x[Symbol('s')] = 2;
  assert.strictEqual(util.inspect(x), '<Buffer 61 62, foo: 1, [Symbol(s)]: 2>');
  const y = Buffer.alloc(0);
  y.foo = 1;
  assert.strictEqual(util.inspect(y), '<Buffer foo: 1>');
}
assert.strictEqual(util.inspect({ a: Buffer.from('x') }, { showHidden: true }), '{ a: <Buffer 78> }');
assert.strictEqual(util.format('%o', Buffer.from('x')).startsWith('<Buffer 78'), true);
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[util.inspect.custom]);
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abc')), '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});

// toJSON
assert.strictEqual(JSON.stringify(Buffer.from('ab')), '{"type":"Buffer","data":[97,98]}');
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('xy')))), Buffer.from('xy'));

// parent / offset
assert.ok(Buffer.from('ab').parent instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(new ArrayBuffer(4), 1).offset, 1);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').get.call(new Uint8Array(2)), undefined);

// swap16/32/64: small in JS, large natively.
for (const n of [8, 1024]) {
  const base = Buffer.from(Array.from({ length: n }, (_, i) => i & 0xff));
  const s16 = Buffer.from(base).swap16();
  const s32 = Buffer.from(base).swap32();
  const s64 = Buffer.from(base).swap64();
  for (let i = 0; i < n; i++) {
    assert.strictEqual(s16[i], base[i ^ 1]);
    assert.strictEqual(s32[i], base[i ^ 3]);
    assert.strictEqual(s64[i], base[i ^ 7]);
  }
}
assert.throws(() => Buffer.from('abc').swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError', message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => Buffer.from('abcdef').swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => Buffer.from('abcdef').swap64(), { message: 'Buffer size must be a multiple of 64-bits' });

// subarray / slice share memory and clamp like node.
{
  const b = Buffer.from('abcabc');
  assert.deepStrictEqual(
    [b.subarray(-2), b.slice(1, -1), b.subarray(1.5, 3.7), b.subarray('1'), b.subarray(NaN, 2),
      b.slice(-100, 100), b.subarray(4, 2)].map(String),
    ['bc', 'bcab', 'bc', 'bcabc', 'ab', 'abcabc', '']);
  const s = b.slice(1, 2);
  s[0] = 0x7a;
  assert.strictEqual(b.toString(), 'azcabc');
  assert.ok(s instanceof Buffer);
}

// atob / btoa
const okAtob = { '': '', ' ': '', 'YQ': 'a', 'YQ==': 'a', 'Y Q = =': 'a', 'YWJj': 'abc',
  'YW\tJ\nj': 'abc', 'YWJjZA': 'abcd', '/+8=': '\u00ff\u00ef', 'null': '\u009e\u00e9e' };
for (const [input, out] of Object.entries(okAtob)) assert.strictEqual(atob(input), out, input);
assert.strictEqual(atob(null), '\u009e\u00e9e');
for (const input of ['YQ=', 'YQ===', 'YQ==YQ==', 'YWJ=j', 'YW*J', 'YWJjZA=', '====', '\u00ffab=', 'YQ\v==', '-_8=']) {
  assert.throws(() => atob(input), (e) => {
    assert.ok(e instanceof DOMException);
    assert.strictEqual(e.name, 'InvalidCharacterError');
    assert.strictEqual(e.message, 'Invalid character');
    assert.strictEqual(e.code, 5);
    return true;
  }, input);
}
for (const input of ['Y', 'a=', undefined, 'abcde']) {
  assert.throws(() => atob(input), {
    name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.',
  });
}
assert.throws(() => atob(), { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
assert.strictEqual(btoa('\u00ff\u0000abc'), '/wBhYmM=');
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');
assert.strictEqual(btoa(''), '');
assert.throws(() => btoa('\u0100'), { name: 'InvalidCharacterError', message: 'Invalid character' });
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });

// transcode
const tc = (bytes, from, to) => transcode(Buffer.from(bytes), from, to).toString('hex');
const good = Buffer.from('hé€\u{1F600}');
assert.strictEqual(tc(good, 'utf8', 'ucs2'), '6800e900ac203dd800de');
assert.strictEqual(tc(good, 'utf8', 'latin1'), '68e93f3f');
assert.strictEqual(tc(good, 'utf8', 'ascii'), '683f3f3f');
assert.strictEqual(tc(good, 'utf8', 'utf8'), good.toString('hex'));
assert.strictEqual(tc(good, 'latin1', 'utf8'), '68c383c2a9c3a2c282c2acc3b0c29fc298c280');
assert.strictEqual(tc(good, 'ascii', 'utf8'), '68' + 'efbfbd'.repeat(9));
assert.strictEqual(tc([0x41, 0xe9, 0x80], 'ascii', 'ucs2'), '4100e9008000');
assert.strictEqual(tc([0x41, 0xe9, 0x80], 'latin1', 'ascii'), '413f3f');
assert.strictEqual(tc([0x41, 0xe9, 0x80], 'utf8', 'utf8'), '41efbfbd');
assert.strictEqual(tc([0x61, 0xff, 0xe2, 0x82, 0x62], 'utf8', 'latin1'), '613f3f62');
assert.strictEqual(tc([0x61, 0xff, 0xe2, 0x82, 0x62], 'ucs2', 'utf8'), 'efbda1e88ba2');
assert.strictEqual(tc([0x61, 0xff, 0xe2, 0x82, 0x62], 'ucs2', 'ucs2'), '61ffe282fdff');
assert.strictEqual(tc([0x61, 0, 0x00, 0xd8, 0x62, 0], 'ucs2', 'ucs2'), '6100fdff6200');
assert.strictEqual(tc([0x61, 0, 0x00, 0xd8, 0x62, 0], 'ucs2', 'latin1'), '613f62');
assert.strictEqual(tc([0x61, 0, 0x62], 'ucs2', 'utf8'), '61');
assert.strictEqual(tc('ab', 'utf8', 'UTF-8'), '6162');
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'hex').length, 0);
assert.throws(() => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'), (e) => {
  assert.strictEqual(e.constructor, Error);
  assert.strictEqual(e.code, 'U_INVALID_CHAR_FOUND');
  assert.strictEqual(e.errno, 10);
  assert.strictEqual(e.message, 'Unable to transcode Buffer [U_INVALID_CHAR_FOUND]');
  return true;
});
assert.throws(() => transcode(Buffer.from([0x00, 0xd8]), 'ucs2', 'utf8'), { code: 'U_INVALID_CHAR_FOUND' });
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR', errno: 1, message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('a', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received type string (\'a\')',
});

// isUtf8 / isAscii
assert.deepStrictEqual(
  [isUtf8(Buffer.from('€')), isUtf8(Buffer.from([0xff])), isUtf8(new ArrayBuffer(2)),
    isUtf8(new Uint16Array([0xffff])), isAscii(Buffer.from('€')), isAscii(Buffer.from('a')),
    isAscii(new ArrayBuffer(0)), isUtf8(Buffer.from([0xed, 0xa0, 0x80]))],
  [true, false, true, false, false, true, true, false]);
const inputMsg = 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray.';
assert.throws(() => isUtf8('x'), { code: 'ERR_INVALID_ARG_TYPE', message: `${inputMsg} Received type string ('x')` });
assert.throws(() => isUtf8(new DataView(new ArrayBuffer(2))), { message: `${inputMsg} Received an instance of DataView` });
assert.throws(() => isAscii(null), { message: `${inputMsg} Received null` });
