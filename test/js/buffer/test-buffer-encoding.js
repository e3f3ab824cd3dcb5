'use strict';
// Strings in every encoding: from, toString, write, byteLength, isEncoding.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');

// Encoding and decoding each encoding.
assert.strictEqual(hex(Buffer.from('h€llo \u{1F600}')), '68e282ac6c6c6f20f09f9880');
assert.strictEqual(hex(Buffer.from('a\ud800b')), '61efbfbd62');
assert.strictEqual(hex(Buffer.from('h€', 'ucs2')), '6800ac20');
assert.strictEqual(hex(Buffer.from('h€', 'utf-16le')), '6800ac20');
assert.strictEqual(hex(Buffer.from('\u0100\u00e9', 'latin1')), '00e9');
assert.strictEqual(hex(Buffer.from('\u00e9a', 'ascii')), 'e961');
assert.strictEqual(hex(Buffer.from('\u00e9a', 'BINARY')), 'e961');
assert.strictEqual(hex(Buffer.from('YW Jj\nZA', 'base64')), '61626364');
assert.strictEqual(hex(Buffer.from('YW-_', 'base64')), '616fbf');
assert.strictEqual(hex(Buffer.from('YW+/', 'base64url')), '616fbf');
assert.strictEqual(hex(Buffer.from('YQ=YQ', 'base64')), '61');
assert.strictEqual(hex(Buffer.from('abzzcd', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('abc', 'hex')), 'ab');
assert.strictEqual(hex(Buffer.from('ABcd', 'HEX')), 'abcd');

assert.strictEqual(Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98]).toString(), '\ufffdA\ufffd');
assert.strictEqual(Buffer.from([0xe9, 0x80, 0x41]).toString('ascii'), 'i\x00A');
assert.strictEqual(Buffer.from([0xe9, 0x80, 0x41]).toString('latin1'), '\u00e9\u0080A');
assert.strictEqual(Buffer.from('abc').toString('ucs2'), '\u6261');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from('abc').toString('UTF8'), 'abc');
assert.strictEqual(Buffer.from('abc').toString('utf-8'), 'abc');
assert.strictEqual(Buffer.alloc(0).toString(), '');

// Round trips of bytes 0..255 through the byte-preserving encodings.
{
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
    assert.ok(Buffer.from(all.toString(enc), enc).equals(all), enc);
  }
  const big = Buffer.alloc(70000, 'é😀x');
  assert.ok(Buffer.from(big.toString()).equals(big));
  assert.ok(Buffer.from(big.toString('base64'), 'base64').equals(big));
}

// toString(encoding, start, end)
{
  const b = Buffer.from('abcabc');
  assert.strictEqual(b.toString('utf8', -1, 100), 'abcabc');
  assert.strictEqual(b.toString('utf8', '1', '3'), 'bc');
  assert.strictEqual(b.toString(undefined, 1), 'bcabc');
  assert.strictEqual(b.toString('hex', 1.5, 3.5), '6263');
  assert.strictEqual(b.toString('hex', NaN, NaN), '');
  assert.strictEqual(b.toString('bogus', 3, 1), '');
  assert.strictEqual(b.toString('ucs2', 1, 4), '\u6362');
  assert.throws(() => b.toString('bogus', 1, 3), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bogus',
  });
  assert.throws(() => b.toString(null), { message: 'Unknown encoding: null' });
  assert.throws(() => b.toString(''), { message: 'Unknown encoding: ' });
  assert.strictEqual(b.toLocaleString, b.toString);
}

// write(string, offset, length, encoding) in all its shapes.
{
  const b = Buffer.alloc(4);
  assert.strictEqual(b.write('abcdef'), 4);
  assert.strictEqual(b.toString(), 'abcd');
  assert.strictEqual(Buffer.alloc(4).write('abcdef', 1, 'latin1'), 3);
  assert.strictEqual(Buffer.alloc(4).write('abc', 'hex'), 1);
  assert.strictEqual(Buffer.alloc(4).write('abcdef', 1, 2), 2);
  assert.strictEqual(Buffer.alloc(4).write('6162', 0, 4, 'hex'), 2);
  assert.strictEqual(Buffer.alloc(4).write('€€'), 3);
  assert.strictEqual(Buffer.alloc(4).write('€', 2), 0);
  assert.strictEqual(Buffer.alloc(4).write('ab', 3, 'ucs2'), 0);
  assert.strictEqual(Buffer.alloc(4).write('abc', 4), 0);
  const c = Buffer.alloc(6);
  c.write('YWJj', 1, 'base64');
  assert.strictEqual(hex(c), '006162630000');
  assert.throws(() => Buffer.alloc(4).write('a', 5), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
  });
  assert.throws(() => Buffer.alloc(4).write('a', -1), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => Buffer.alloc(4).write('a', 1.5), {
    message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
  });
  assert.throws(() => Buffer.alloc(4).write('abcdef', 0, 5), {
    message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received 5',
  });
  assert.throws(() => Buffer.alloc(4).write('abcdef', 'bogus'), {
    code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus',
  });
  assert.throws(() => Buffer.alloc(4).write('abcdef', '1'), { message: 'Unknown encoding: 1' });
  assert.throws(() => Buffer.alloc(4).write(1), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: 'argument must be a string',
  });
}

// The raw per-encoding methods.
{
  const b = Buffer.from('abc');
  assert.strictEqual(b.utf8Slice(), 'abc');
  assert.strictEqual(b.hexSlice('1'), '6263');
  assert.strictEqual(b.utf8Slice(2, 1), '');
  assert.strictEqual(b.latin1Slice(1, 2), 'b');
  assert.throws(() => b.utf8Slice(0, 10), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: 'Index out of range',
  });
  assert.throws(() => b.utf8Slice(-1, 2), { message: 'Index out of range' });
  assert.throws(() => b.utf8Write('x', 10), {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"offset" is outside of buffer bounds',
  });
  assert.strictEqual(Buffer.from('abc').utf8Write('xyz', 1, 10), 2);
  assert.strictEqual(Buffer.from('abc').latin1Write('xy'), 2);
  assert.throws(() => b.utf8Write(1), { code: 'ERR_INVALID_ARG_TYPE' });
}

// byteLength
assert.deepStrictEqual([
  Buffer.byteLength('abc=', 'base64'), Buffer.byteLength('ab==', 'base64'),
  Buffer.byteLength('a b c d', 'base64'), Buffer.byteLength('ab-_', 'base64url'),
  Buffer.byteLength('abc', 'hex'), Buffer.byteLength('€', 'bogus'),
  Buffer.byteLength('€', 'latin1'), Buffer.byteLength('€', 'ucs2'), Buffer.byteLength('€'),
  Buffer.byteLength('\u{1F600}'), Buffer.byteLength('\ud800'), Buffer.byteLength(''),
  Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)),
  Buffer.byteLength(new DataView(new ArrayBuffer(3))), Buffer.byteLength(new SharedArrayBuffer(2)),
], [2, 1, 5, 3, 1, 3, 1, 2, 3, 4, 3, 0, 6, 5, 3, 2]);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});

// isEncoding
assert.deepStrictEqual(
  ['UTF-8', '', null, 'binary', 'utf16LE', 'utf-16', 'ucs-2', 'Base64URL', 'hex', 'latin-1', 1]
    .map((e) => Buffer.isEncoding(e)),
  [true, false, false, true, true, false, true, true, true, false, false]);

// base64 of a two-byte string: wide characters are skipped like any other
// character outside the alphabet, but a UTF-16 surrogate ends the data
// (node 20's results).
{
  const cases = [
    ['abcd\u{1F600}efgh', '69b71d'],
    ['abcd\u0100efgh', '69b71d79f821'],
    ['ab\u2028cdefgh', '69b71d79f821'],
    ['ab\u{1F600}', '69'],
    ['\u{1F600}abcd', ''],
  ];
  for (const [input, hex] of cases) {
    assert.strictEqual(Buffer.from(input, 'base64').toString('hex'), hex, input);
    assert.strictEqual(Buffer.from(input, 'base64url').toString('hex'), hex, input);
  }
}
