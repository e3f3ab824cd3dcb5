'use strict';
// StringDecoder('base64' / 'base64url'): only whole 3-byte groups are encoded
// by write(); end() encodes the rest (base64 padded, base64url not).
// Expected strings are node 20's.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Uint8Array.of(0x41)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 3]);
  assert.strictEqual(d.write(Uint8Array.of(0x42)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 3]);
  assert.strictEqual(d.write(Uint8Array.of(0x43, 0x44)), 'QUJD');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 3]);
  assert.deepStrictEqual([...d.lastChar], [0x44, 0x42, 0x43, 0]);
  assert.strictEqual(d.end(), 'RA==');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [0, 0]);
}
{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Uint8Array.of(0x41, 0x42, 0x43, 0x44, 0x45)), 'QUJD');
  assert.strictEqual(d.end(), 'REU=');
  assert.strictEqual(d.end(), '');
  assert.strictEqual(d.end(Uint8Array.of(0x41, 0x42, 0x43)), 'QUJD');
}
// Characters that differ between the two alphabets.
{
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Uint8Array.of(0xfb, 0xff)), '');
  assert.strictEqual(d.write(Uint8Array.of(0xbf, 0xfe)), '+/+/');
  assert.strictEqual(d.end(), '/g==');
}
{
  const d = new StringDecoder('base64url');
  assert.strictEqual(d.encoding, 'base64url');
  assert.strictEqual(d.write(Uint8Array.of(0xfb, 0xff)), '');
  assert.strictEqual(d.write(Uint8Array.of(0xbf, 0xfe)), '-_-_');
  assert.strictEqual(d.end(), '_g');  // no padding
  assert.strictEqual(new StringDecoder('base64url').end(Uint8Array.of(0x41)), 'QQ');
}
assert.strictEqual(new StringDecoder('base64').end(new Uint8Array(0)), '');
assert.strictEqual(new StringDecoder('BASE64').encoding, 'base64');

// Every way to cut a byte string into three chunks gives the same text.
const bytes = Uint8Array.from({ length: 11 }, (_, i) => (i * 73 + 250) & 0xff);
const whole = {
  base64: '+kOM1R5nsPlCi9Q=',
  base64url: '-kOM1R5nsPlCi9Q',
};
for (const enc of ['base64', 'base64url']) {
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(enc);
      const got = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) + d.end(bytes.subarray(j));
      // Padding can only appear at the very end; groups are whole before it.
      assert.strictEqual(got, whole[enc], `${enc} ${i},${j}`);
    }
  }
}
