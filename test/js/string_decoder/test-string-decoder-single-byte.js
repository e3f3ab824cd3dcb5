'use strict';
// StringDecoder for hex, latin1 and ascii: nothing is ever kept back.
// Expected strings are node 20's.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const bytes = Uint8Array.of(0x00, 0x41, 0x7f, 0x80, 0x9f, 0xe9, 0xff);
const expected = {
  hex: '00417f809fe9ff',
  latin1: '\x00A\x7f\x80\x9f\u00e9\u00ff',
  ascii: '\x00A\x7f\x00\x1fi\x7f',  // node clears the high bit
};
for (const enc of ['hex', 'latin1', 'ascii']) {
  const d = new StringDecoder(enc);
  assert.strictEqual(d.encoding, enc);
  assert.strictEqual(d.write(bytes), expected[enc], enc);
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [0, 0]);
  assert.strictEqual(d.end(), '');
  // Cut anywhere, the pieces join to the same text.
  for (let i = 0; i <= bytes.length; i++) {
    const e = new StringDecoder(enc);
    assert.strictEqual(e.write(bytes.subarray(0, i)) + e.end(bytes.subarray(i)), expected[enc]);
  }
}
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
assert.strictEqual(new StringDecoder('HEX').encoding, 'hex');
// A UTF-8 sequence is not special here.
{
  const d = new StringDecoder('latin1');
  assert.strictEqual(d.write(Uint8Array.of(0xe2, 0x82)), '\u00e2\u0082');
  assert.strictEqual(d.write(Uint8Array.of(0xac)), '\u00ac');
  assert.strictEqual(d.end(), '');
}
{
  const d = new StringDecoder('ascii');
  assert.strictEqual(d.write(Uint8Array.of(0xe2, 0x82)), 'b\x02');
  assert.strictEqual(d.end(Uint8Array.of(0xac)), ',');
}
