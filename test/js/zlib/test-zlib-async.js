'use strict';
// The callback forms run on the thread pool and never call back
// synchronously; util.promisify works; many in flight at once complete.
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');

const input = Buffer.alloc(1 << 20);
for (let i = 0; i < input.length; i++) input[i] = (i * 7 + (i >> 10)) & 0xff;

const forms = [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'],
               ['gzip', 'unzip'], ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress']];
let completed = 0;
for (const [c, d] of forms) {
  let sync = true;
  zlib[c](input, (err, out) => {
    assert.strictEqual(sync, false);
    assert.ifError(err);
    assert.ok(Buffer.isBuffer(out));
    // The sync form decodes what the async one made, and the other way.
    assert.deepStrictEqual(zlib[d + 'Sync'](out), input);
    zlib[d](zlib[c + 'Sync'](input), (err2, back) => {
      assert.ifError(err2);
      assert.deepStrictEqual(back, input);
      completed++;
    });
  });
  sync = false;
}

// Options go through on the callback form (libdeflate is skipped when they
// need zlib), and level 0 stores.
zlib.deflate(input, { level: 0 }, (err, out) => {
  assert.ifError(err);
  assert.ok(out.length > input.length);
  assert.deepStrictEqual(zlib.inflateSync(out), input);
  completed++;
});
zlib.gzip(input, { strategy: zlib.constants.Z_HUFFMAN_ONLY, info: true }, (err, res) => {
  assert.ifError(err);
  assert.ok(res.engine instanceof zlib.Gzip);
  assert.deepStrictEqual(zlib.gunzipSync(res.buffer), input);
  completed++;
});

// promisify.
(async () => {
  const gz = await util.promisify(zlib.gzip)('promised');
  const back = await util.promisify(zlib.gunzip)(gz);
  assert.strictEqual(back.toString(), 'promised');
  await assert.rejects(util.promisify(zlib.inflate)(Buffer.from('bad')),
                       { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
  completed++;
})();

// Many at once.
const N = 50;
let many = 0;
for (let i = 0; i < N; i++) {
  const s = `message number ${i} `.repeat(i + 1);
  zlib.gzip(s, (err, out) => {
    assert.ifError(err);
    zlib.gunzip(out, (err2, back) => {
      assert.ifError(err2);
      assert.strictEqual(back.toString(), s);
      many++;
    });
  });
}

process.on('exit', () => {
  assert.strictEqual(completed, forms.length + 3);
  assert.strictEqual(many, N);
});
