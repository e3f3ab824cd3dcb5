'use strict';
// StringDecoder('utf16le' / 'ucs2'): code units and surrogate pairs split
// across chunks; lone surrogates pass through; an odd byte at the end is
// dropped. Expected strings are node 20's.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decodeChunks(enc, chunks, end = true) {
  const d = new StringDecoder(enc);
  const out = chunks.map((c) => d.write(Uint8Array.from(c)));
  if (end) out.push(d.end());
  return { out, d };
}

function checkAllSplits(enc, bytes, expected) {
  const u8 = Uint8Array.from(bytes);
  for (let i = 0; i <= u8.length; i++) {
    for (let j = i; j <= u8.length; j++) {
      const d = new StringDecoder(enc);
      const got = d.write(u8.subarray(0, i)) + d.write(u8.subarray(i, j)) + d.end(u8.subarray(j));
      assert.strictEqual(got, expected, `${enc} split at ${i},${j}`);
    }
  }
}

assert.strictEqual(new StringDecoder('ucs2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('UTF-16LE').encoding, 'utf16le');

// U+1F600 is D83D DE00: bytes 3D D8 00 DE.
const smiley = [0x3d, 0xd8, 0x00, 0xde];
checkAllSplits('utf16le', [0x41, 0x00, ...smiley, 0xac, 0x20, ...smiley, 0x42, 0x00],
               'A\u{1F600}\u20ac\u{1F600}B');
checkAllSplits('ucs2', [0xff, 0xfe, 0x41, 0x00], '\ufeffA');  // the BOM is kept

// Whole pair in one chunk.
assert.deepStrictEqual(decodeChunks('utf16le', [smiley]).out, ['\u{1F600}', '']);
// The pair split between its halves: the high surrogate waits.
{
  const { out, d } = decodeChunks('utf16le', [[0x3d, 0xd8]], false);
  assert.deepStrictEqual(out, ['']);
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 4]);
  assert.deepStrictEqual([...d.lastChar], [0x3d, 0xd8, 0, 0]);
  assert.strictEqual(d.write(Uint8Array.of(0x00, 0xde)), '\u{1F600}');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [0, 0]);
}
// Split after an odd byte: the half code unit waits, a complete high
// surrogate before it is given out alone.
assert.deepStrictEqual(decodeChunks('utf16le', [[0x3d], [0xd8, 0x00], [0xde]]).out,
                       ['', '\ud83d', '\ude00', '']);
{
  const { out, d } = decodeChunks('utf16le', [[0x3d, 0xd8, 0x00]], false);
  assert.deepStrictEqual(out, ['\ud83d']);
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 2]);
  assert.strictEqual(d.end(), '');  // the odd byte is dropped
}

// Lone surrogates are passed through as they are.
assert.deepStrictEqual(decodeChunks('utf16le', [[0x00, 0xde, 0x41, 0x00]]).out, ['\ude00A', '']);
assert.deepStrictEqual(decodeChunks('utf16le', [[0x3d, 0xd8], [0x41, 0x00]]).out, ['', '\ud83dA', '']);
assert.deepStrictEqual(decodeChunks('utf16le', [[0x3d, 0xd8, 0x3d, 0xd8], [0x00, 0xde]]).out,
                       ['\ud83d', '\ud83d\ude00', '']);
// end() with a high surrogate kept back gives it out alone.
assert.deepStrictEqual(decodeChunks('utf16le', [[0x3d, 0xd8]]).out, ['', '\ud83d']);
{
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.write(Uint8Array.of(0x3d, 0xd8, 0x00)), '\ud83d');
  assert.strictEqual(d.end(), '');
}
// A high surrogate kept back plus one more byte: end() gives the surrogate.
{
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.write(Uint8Array.of(0x3d, 0xd8)), '');
  assert.strictEqual(d.write(Uint8Array.of(0x00)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 4]);
  assert.strictEqual(d.end(), '\ud83d');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [0, 0]);
}

// An odd byte at the end is dropped.
{
  const { out, d } = decodeChunks('utf16le', [[0x41]]);
  assert.deepStrictEqual(out, ['', '']);
  assert.deepStrictEqual([...d.lastChar], [0x41, 0, 0, 0]);
}
assert.strictEqual(new StringDecoder('utf16le').end(Uint8Array.of(0x41, 0x00, 0x42)), 'A');

// Large input in odd-sized chunks.
{
  const text = 'a\u00e9\u20ac\u{1F600}z'.repeat(3000);
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  const d = new StringDecoder('utf16le');
  let out = '';
  for (let i = 0; i < bytes.length; i += 1001) out += d.write(bytes.subarray(i, i + 1001));
  out += d.end();
  assert.strictEqual(out, text);
}
