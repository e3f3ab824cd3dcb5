'use strict';
// toString of buffers big enough to be encoded in parallel slices (8 MiB and
// up): utf8 (valid text, invalid bytes, sequences cut at every slice edge),
// latin1, ascii, hex, base64 and base64url, at sizes around the slice
// boundaries. Each result is printed as its length and a digest of its
// UTF-16 code units, so any unit out of place shows.
const crypto = require('crypto');
const MiB = 1024 * 1024;

const digest = (s) => crypto.createHash('sha256').update(Buffer.from(s, 'utf16le'))
  .digest('hex').slice(0, 24);

// xorshift32: the same bytes in every runtime
let seed = 0x9e3779b9;
const rnd = () => {
  seed ^= seed << 13; seed >>>= 0;
  seed ^= seed >>> 17;
  seed ^= seed << 5; seed >>>= 0;
  return seed;
};

function mixedUtf8(size) {
  // Runs of ASCII, two/three/four-byte characters, lone continuation bytes,
  // truncated sequences, overlongs and surrogate encodings.
  const pieces = [
    Buffer.from('plain ascii text 0123456789 '),
    Buffer.from('\u00e9\u00e8\u00ea\u00f1'), Buffer.from('\u20ac\u2603\u4e2d'),
    Buffer.from('\u{1F600}\u{10FFFF}'), Buffer.from([0x80]), Buffer.from([0xbf, 0x80]),
    Buffer.from([0xe2, 0x82]), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from([0xc0, 0xaf]),
    Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xff]),
  ];
  const out = Buffer.alloc(size);
  let at = 0;
  while (at < size) {
    const r = rnd();
    const piece = (r & 3) === 0 ? pieces[0] : pieces[(r >>> 2) % pieces.length];
    at += piece.copy(out, at);
  }
  return out;
}

function randomBytes(size) {
  const b = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) b.writeUInt32LE(rnd(), i);
  for (let i = size - (size % 4); i < size; i++) b[i] = rnd() & 0xff;
  return b;
}

const sizes = [8 * MiB - 1, 8 * MiB, 8 * MiB + 5, 16 * MiB + 12289, 24 * MiB + 1];
for (const size of sizes) {
  const text = mixedUtf8(size);
  const s = text.toString('utf8');
  console.log('utf8 mixed', size, s.length, digest(s));
  // Every slice edge landing inside a multi-byte sequence: the same text
  // shifted by 1, 2 and 3 bytes.
  for (const shift of [1, 2, 3]) {
    const t = text.subarray(shift).toString();
    console.log('utf8 shifted', size, shift, t.length, digest(t));
  }
  const ascii = Buffer.alloc(size, 'abcdefghij');
  console.log('utf8 ascii', size, digest(ascii.toString()));
  const bytes = randomBytes(size);
  for (const enc of ['utf8', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
    const e = bytes.toString(enc);
    console.log(enc, size, e.length, digest(e));
  }
  // Offsets into the buffer (start/end) take the same paths.
  console.log('hex range', size, digest(bytes.toString('hex', 3, size - 7)));
  console.log('base64 range', size, digest(bytes.toString('base64', 1, size - 1)));
}
// Round trips of the big encodings.
const big = randomBytes(12 * MiB + 3);
for (const enc of ['hex', 'base64', 'base64url', 'latin1']) {
  console.log('round trip', enc, Buffer.from(big.toString(enc), enc).equals(big));
}
