'use strict';
// Streams of several MiB in uneven writes with flushes, params() changes and
// big single writes (eddy compresses these in parallel blocks): the output
// must inflate to the input with every inflater, including the checks in
// the trailers, and every flush must make the output so far decodable.
const assert = require('assert');
const zlib = require('zlib');

function makeInput(bytes) {
  const words = [];
  let x = 99;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  for (let i = 0; i < 700; i++) words.push((next() >>> 8).toString(36));
  const parts = [];
  let n = 0;
  while (n < bytes) {
    const w = words[Math.floor(700 * ((next() >>> 8) / 16777216) ** 2)] + ' ';
    parts.push(w);
    n += w.length;
  }
  return Buffer.from(parts.join('')).subarray(0, bytes);
}
const input = makeInput(3 << 20);
const { Z_SYNC_FLUSH, Z_FULL_FLUSH } = zlib.constants;

const kinds = [
  ['createGzip', (b) => zlib.gunzipSync(b), { finishFlush: Z_SYNC_FLUSH }, 'gunzipSync'],
  ['createDeflate', (b) => zlib.inflateSync(b), { finishFlush: Z_SYNC_FLUSH }, 'inflateSync'],
  ['createDeflateRaw', (b) => zlib.inflateRawSync(b), { finishFlush: Z_SYNC_FLUSH },
   'inflateRawSync'],
];
let pending = 0;
process.on('exit', () => assert.strictEqual(pending, 0));

for (const [make, inflate, partial, inflateName] of kinds) {
  for (const level of [undefined, 1, 9]) {
    pending++;
    const z = zlib[make](level === undefined ? {} : { level });
    const out = [];
    z.on('data', (c) => out.push(c));
    z.on('end', () => {
      const all = Buffer.concat(out);
      assert.ok(inflate(all).equals(input), `${make} level ${level}`);
      if (make !== 'createDeflateRaw') assert.ok(zlib.unzipSync(all).equals(input));
      assert.strictEqual(z.bytesWritten, input.length);
      pending--;
    });
    let off = 0;
    let i = 0;
    (function feed() {
      while (off < input.length) {
        const n = i % 11 === 5 ? 700000 : 1 + (i * 7919) % 100000;
        const piece = input.subarray(off, off + n);
        off += piece.length;
        i++;
        const ok = z.write(piece);
        if (i % 9 === 0) {
          // Everything written so far comes out decodable.
          const upTo = off;
          z.flush(i % 18 === 0 ? Z_FULL_FLUSH : Z_SYNC_FLUSH, () => {
            const sofar = zlib[inflateName](Buffer.concat(out), partial);
            assert.ok(sofar.equals(input.subarray(0, upTo)), `${make} prefix at ${upTo}`);
            feed();
          });
          return;
        }
        if (i === 20 && make === 'createDeflate') {
          z.params(2, zlib.constants.Z_FILTERED, feed);
          return;
        }
        if (!ok) {
          z.once('drain', feed);
          return;
        }
      }
      z.end();
    })();
  }
}

// One huge write, and the callback form of a big input.
{
  pending++;
  const g = zlib.createGzip();
  const out = [];
  g.on('data', (c) => out.push(c));
  g.on('end', () => {
    assert.ok(zlib.gunzipSync(Buffer.concat(out)).equals(input));
    pending--;
  });
  g.end(input);
}

// Closing or dropping a stream while it compresses doesn't crash or leak.
{
  const g = zlib.createGzip();
  g.write(input);
  g.write(input, () => {});
  setImmediate(() => g.close());
  zlib.createDeflate().write(input);  // never ended: dropped at exit
  pending++;
  const r = zlib.createDeflateRaw();
  r.on('data', () => {});
  r.write(input);
  r.end(() => {
    r.reset();  // after the end, a reset is harmless
    pending--;
  });
}

// Headers as zlib writes them: gzip XFL 4 at level 1 (and for Huffman-only),
// 2 at level 9, else 0, OS 3; zlib's FLEVEL bits in the second byte.
{
  const expect = [
    ['createGzip', {}, '1f8b0800000000000003'], ['createGzip', { level: 1 }, '1f8b0800000000000403'],
    ['createGzip', { level: 9 }, '1f8b0800000000000203'],
    ['createGzip', { strategy: zlib.constants.Z_HUFFMAN_ONLY }, '1f8b0800000000000403'],
    ['createDeflate', {}, '789c'], ['createDeflate', { level: 1 }, '7801'],
    ['createDeflate', { level: 4 }, '785e'], ['createDeflate', { level: 9 }, '78da'],
  ];
  for (const [make, opts, hex] of expect) {
    pending++;
    const z = zlib[make](opts);
    const out = [];
    z.on('data', (c) => out.push(c));
    z.on('end', () => {
      const all = Buffer.concat(out);
      assert.strictEqual(all.subarray(0, hex.length / 2).toString('hex'), hex, make);
      pending--;
    });
    z.end(input.subarray(0, 300000));
  }
}
