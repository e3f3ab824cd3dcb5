'use strict';
// CompressionStream / DecompressionStream: formats, round trips through
// pipeThrough, corrupt input, the class shape and where they are exposed.
// Expected values from node 20.
const assert = require('assert');
const zlib = require('zlib');

for (const f of ['gzip', 'deflate', 'deflate-raw']) {
  new CompressionStream(f);
  new DecompressionStream(f);
}
for (const f of ['br', 'x', undefined]) {
  assert.throws(() => new CompressionStream(f), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: `The argument 'format' is invalid. Received ${f === undefined ? 'undefined' : `'${f}'`}`,
  });
  assert.throws(() => new DecompressionStream(f), { code: 'ERR_INVALID_ARG_VALUE' });
}
const cs = new CompressionStream('gzip');
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(cs)), ['constructor', 'readable', 'writable']);
assert.strictEqual(cs.readable.constructor, ReadableStream);
assert.strictEqual(cs.writable.constructor, WritableStream);
assert.strictEqual(Object.prototype.toString.call(cs), '[object CompressionStream]');
assert.strictEqual(require('stream/web').CompressionStream, CompressionStream);
assert.strictEqual(require('stream/web').DecompressionStream, DecompressionStream);
assert.ok(!Object.keys(globalThis).includes('CompressionStream'));

(async () => {
  const text = 'hello hello hello '.repeat(1000);
  const heads = { 'gzip': '1f8b', 'deflate': '789c', 'deflate-raw': null };
  for (const f of ['gzip', 'deflate', 'deflate-raw']) {
    const packed = Buffer.from(await new Response(
      new Blob([text]).stream().pipeThrough(new CompressionStream(f))).arrayBuffer());
    if (heads[f]) assert.strictEqual(packed.subarray(0, 2).toString('hex'), heads[f]);
    assert.ok(packed.length < text.length / 10);
    // Any inflater reads it.
    const inflate = { 'gzip': zlib.gunzipSync, 'deflate': zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync }[f];
    assert.strictEqual(inflate(packed).toString(), text);
    const back = new Blob([packed]).stream().pipeThrough(new DecompressionStream(f));
    assert.strictEqual(await new Response(back).text(), text);
  }
  const bad = new Blob([Buffer.from('notgzip')]).stream().pipeThrough(new DecompressionStream('gzip'));
  await assert.rejects(new Response(bad).text(), { code: 'Z_DATA_ERROR', message: 'incorrect header check' });
})();
