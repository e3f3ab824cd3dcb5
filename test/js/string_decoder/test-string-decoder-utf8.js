'use strict';
// StringDecoder('utf8'): characters split across chunks at every byte
// position, and node's U+FFFD for invalid and truncated sequences.
// Expected strings are node 20's.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Decodes `bytes` cut at every pair of positions (three chunks, some empty)
// and one byte at a time; each must give `expected`.
function checkAllSplits(bytes, expected) {
  const u8 = Uint8Array.from(bytes);
  for (let i = 0; i <= u8.length; i++) {
    for (let j = i; j <= u8.length; j++) {
      const d = new StringDecoder('utf8');
      const got = d.write(u8.subarray(0, i)) + d.write(u8.subarray(i, j)) + d.end(u8.subarray(j));
      assert.strictEqual(got, expected, `split at ${i},${j} of [${bytes}]`);
      assert.strictEqual(d.lastNeed, 0);
      assert.strictEqual(d.lastTotal, 0);
    }
  }
  const d = new StringDecoder('utf8');
  let got = '';
  for (const b of u8) got += d.write(Uint8Array.of(b));
  got += d.end();
  assert.strictEqual(got, expected, `byte by byte [${bytes}]`);
}

// Valid text: 1-, 2-, 3- and 4-byte characters.
checkAllSplits([0x24, 0xc2, 0xa2, 0xe2, 0x82, 0xac, 0xf0, 0x90, 0x8d, 0x88], '$\u00a2\u20ac\u{10348}');
checkAllSplits([0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x98, 0x81], '\u{1F600}\u{1F601}');
checkAllSplits([0xe4, 0xb8, 0xad, 0xe6, 0x96, 0x87], '\u4e2d\u6587');
checkAllSplits([0xef, 0xbb, 0xbf, 0x41], '\ufeffA');  // the BOM is kept

// Invalid sequences.
const F = '\ufffd';
checkAllSplits([0xc0, 0xaf, 0x41], `${F}${F}A`);                       // overlong '/'
checkAllSplits([0xe0, 0x80, 0xaf, 0x41], `${F}${F}${F}A`);             // overlong, 3 bytes
checkAllSplits([0xf0, 0x80, 0x80, 0xaf, 0x41], `${F}${F}${F}${F}A`);   // overlong, 4 bytes
checkAllSplits([0xed, 0xa0, 0x80, 0x41], `${F}${F}${F}A`);             // U+D800 in UTF-8
checkAllSplits([0xed, 0xbf, 0xbf, 0x41], `${F}${F}${F}A`);             // U+DFFF in UTF-8
checkAllSplits([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80], F.repeat(6));     // CESU-8 pair
checkAllSplits([0xf4, 0x90, 0x80, 0x80, 0x41], `${F}${F}${F}${F}A`);   // above U+10FFFF
checkAllSplits([0xf5, 0x80, 0x41], `${F}${F}A`);
checkAllSplits([0xff, 0xfe, 0x41], `${F}${F}A`);
checkAllSplits([0x80, 0xbf, 0x41], `${F}${F}A`);                       // lone continuations
checkAllSplits([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0xe2, 0x82, 0xac], `${F}A${F}\u20ac`);
checkAllSplits([0xf0, 0x9f, 0x98, 0x80, 0x80, 0x80, 0x80, 0x41], `\u{1F600}${F}${F}${F}A`);
// Truncated at the end: end() gives one U+FFFD for the unfinished sequence.
checkAllSplits([0x41, 0xf0, 0x9f, 0x98], `A${F}`);
checkAllSplits([0xe2, 0x82], F);
checkAllSplits([0xc2], F);

// One write: complete characters only, the rest kept back.
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.encoding, 'utf8');
  assert.strictEqual(d.write(Uint8Array.of(0x61, 0xe2, 0x82)), 'a');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.lastTotal, 3);
  assert.deepStrictEqual([...d.lastChar], [0xe2, 0x82, 0, 0]);
  assert.strictEqual(d.write(Uint8Array.of(0xac)), '\u20ac');
  assert.strictEqual(d.lastNeed, 0);
  assert.strictEqual(d.lastTotal, 0);
  assert.strictEqual(d.end(), '');
}

// lastChar is the 4-byte scratch area, as node keeps it (stale bytes stay).
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.lastChar.length, 4);
  assert.strictEqual(d.write(Uint8Array.of(0xf0, 0x9f)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 4]);
  assert.deepStrictEqual([...d.lastChar], [240, 159, 0, 0]);
  assert.strictEqual(d.write(Uint8Array.of(0x98)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [1, 4]);
  assert.deepStrictEqual([...d.lastChar], [240, 159, 152, 0]);
  assert.strictEqual(d.write(Uint8Array.of(0x80, 0x41, 0xe2)), '\u{1F600}A');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 3]);
  assert.deepStrictEqual([...d.lastChar], [226, 159, 152, 128]);
  assert.strictEqual(d.write(Uint8Array.of(0x41)), '\ufffdA');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [0, 0]);
  assert.deepStrictEqual([...d.lastChar], [226, 159, 152, 128]);
  assert.strictEqual(d.end(), '');
}

// end() resets: the decoder can be used again.
{
  const d = new StringDecoder();
  assert.strictEqual(d.write(Uint8Array.of(0xe2)), '');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.write(Uint8Array.of(0x82, 0x41)), '\ufffdA');
  assert.strictEqual(d.end(Uint8Array.of(0xe2, 0x82, 0xac)), '\u20ac');
  assert.strictEqual(d.end(Uint8Array.of(0xf0, 0x9f)), '\ufffd');
  assert.strictEqual(d.end(), '');
}

// Empty writes change nothing.
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(new Uint8Array(0)), '');
  assert.strictEqual(d.write(Uint8Array.of(0xe2)), '');
  assert.strictEqual(d.write(new Uint8Array(0)), '');
  assert.deepStrictEqual([d.lastNeed, d.lastTotal], [2, 3]);
  assert.strictEqual(d.write(Uint8Array.of(0x82, 0xac)), '\u20ac');
}

// A large chunk with a character cut at its end.
{
  const text = 'h\u00e9llo w\u00f6rld \u20ac \u{1F600} '.repeat(5000);
  const bytes = new TextEncoder().encode(text);
  const d = new StringDecoder('utf8');
  let out = '';
  for (let i = 0; i < bytes.length; i += 4093) out += d.write(bytes.subarray(i, i + 4093));
  out += d.end();
  assert.strictEqual(out, text);
}
