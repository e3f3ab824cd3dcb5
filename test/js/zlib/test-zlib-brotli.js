'use strict';
// Brotli: a fixed input made by node 20, params (quality, mode, size hint,
// window), and the decoder's large-window parameter.
const assert = require('assert');
const zlib = require('zlib');
const { constants: c } = zlib;

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
// node 20: brotliCompressSync(text), with quality 1, and of ''.
const fixed = [
  'G4MDiCwOeNPQlV2XELsXK6nK0JLMjK1BXObyNsgZnp4Ke4MNOHBIIG8kvkGnFc4cHieqKTjCibhPgwE=',
  'i8EBAICqqqrq/3Slw0lvJz1cTFVFN1M1MVMztQ0O4OJXmkhxgw3GPCOotVk4ZvErbuizEfWlzr6f6C2DKwtt+T+CJsPwQwM=',
];
for (const f of fixed) assert.deepStrictEqual(zlib.brotliDecompressSync(Buffer.from(f, 'base64')), text);
assert.strictEqual(zlib.brotliDecompressSync(Buffer.from('Ow==', 'base64')).length, 0);

function pseudoRandomText(n) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta'];
  const out = [];
  let x = 7;
  let len = 0;
  while (len < n) {
    x = (x * 1103515245 + 12345) >>> 0;
    const w = words[(x >>> 16) % words.length];
    out.push(w);
    len += w.length + 1;
  }
  return Buffer.from(out.join(' ')).subarray(0, n);
}
const input = pseudoRandomText(200000);

const sizes = [];
for (const quality of [0, 1, 5, 11]) {
  const params = { [c.BROTLI_PARAM_QUALITY]: quality };
  const out = zlib.brotliCompressSync(input, { params });
  assert.deepStrictEqual(zlib.brotliDecompressSync(out), input);
  sizes.push(out.length);
}
// Higher quality compresses better on this input.
assert.ok(sizes[0] > sizes[3], JSON.stringify(sizes));

for (const params of [
  { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT },
  { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_FONT, [c.BROTLI_PARAM_QUALITY]: 4 },
  { [c.BROTLI_PARAM_SIZE_HINT]: input.length, [c.BROTLI_PARAM_QUALITY]: 3 },
  { [c.BROTLI_PARAM_LGWIN]: c.BROTLI_MIN_WINDOW_BITS, [c.BROTLI_PARAM_QUALITY]: 6 },
  { [c.BROTLI_PARAM_LGBLOCK]: c.BROTLI_MIN_INPUT_BLOCK_BITS, [c.BROTLI_PARAM_QUALITY]: 5 },
  { [c.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true, [c.BROTLI_PARAM_QUALITY]: 5 },
  // Quality out of range is clamped by brotli, as in node.
  { [c.BROTLI_PARAM_QUALITY]: 100 },
]) {
  assert.deepStrictEqual(zlib.brotliDecompressSync(zlib.brotliCompressSync(input, { params })),
                         input, JSON.stringify(params));
}

// Large window: the decoder must be told.
const large = zlib.brotliCompressSync(input, { params: {
  [c.BROTLI_PARAM_LARGE_WINDOW]: 1, [c.BROTLI_PARAM_LGWIN]: 25, [c.BROTLI_PARAM_QUALITY]: 4,
} });
assert.throws(() => zlib.brotliDecompressSync(large), { code: 'ERR__ERROR_FORMAT_WINDOW_BITS' });
assert.deepStrictEqual(zlib.brotliDecompressSync(large, {
  params: { [c.BROTLI_DECODER_PARAM_LARGE_WINDOW]: 1 },
}), input);

// Constants the docs list.
assert.strictEqual(c.BROTLI_OPERATION_PROCESS, 0);
assert.strictEqual(c.BROTLI_OPERATION_FINISH, 2);
assert.strictEqual(c.BROTLI_DEFAULT_QUALITY, 11);
assert.strictEqual(c.BROTLI_DECODER_ERROR_FORMAT_PADDING_1, -14);
assert.strictEqual(c.BROTLI_DECODER_ERROR_UNREACHABLE, -31);

// Callback form and stream with params.
let done = 0;
zlib.brotliCompress(input, { params: { [c.BROTLI_PARAM_QUALITY]: 4 } }, (err, out) => {
  assert.ifError(err);
  zlib.brotliDecompress(out, (err2, back) => {
    assert.ifError(err2);
    assert.deepStrictEqual(back, input);
    done++;
  });
});
const enc = zlib.createBrotliCompress({ params: { [c.BROTLI_PARAM_QUALITY]: 2 }, chunkSize: 256 });
const dec = zlib.createBrotliDecompress();
const parts = [];
enc.pipe(dec).on('data', (d) => parts.push(d)).on('end', () => {
  assert.deepStrictEqual(Buffer.concat(parts), input);
  done++;
});
enc.end(input);
process.on('exit', () => assert.strictEqual(done, 2));
