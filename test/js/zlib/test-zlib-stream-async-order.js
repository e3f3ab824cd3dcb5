'use strict';
// A zlib stream's output and write callbacks come from the thread pool in
// node, so never before the nextTicks and promise reactions queued in the
// same turn as the write (eddy's parallel deflater may finish a write at
// once; it still calls back later). Order relative to setImmediate depends
// on the pool's timing in node, so it is not checked.
const assert = require('assert');
const zlib = require('zlib');

const cases = [
  ['gzip', () => zlib.createGzip(), 'hello'],
  ['deflate', () => zlib.createDeflate(), 'hello'],
  ['deflateRaw', () => zlib.createDeflateRaw({ level: 1 }), 'x'.repeat(300000)],
  ['gunzip', () => zlib.createGunzip(), zlib.gzipSync('hello')],
  ['brotli', () => zlib.createBrotliCompress(), 'hello'],
];

(async () => {
  for (const [name, make, input] of cases) {
    const log = [];
    const s = make();
    await new Promise((resolve) => {
      s.on('data', () => log.push('data'));
      s.on('end', resolve);
      s.write(input, () => log.push('write cb'));
      process.nextTick(() => log.push('nextTick'));
      Promise.resolve().then(() => log.push('promise'));
      s.end();
      log.push('sync');
    });
    assert.strictEqual(log[0], 'sync', name);
    // (Inside this async function promise reactions run before nextTicks.)
    assert.deepStrictEqual(log.slice(1, 3).sort(), ['nextTick', 'promise'], `${name}: ${log}`);
    assert.ok(log.includes('data') && log.includes('write cb'), name);
  }
  // flush() and params() call back later too.
  const g = zlib.createGzip();
  const log = [];
  g.on('data', () => {});
  g.write('abc');
  g.flush(() => log.push('flush cb'));
  process.nextTick(() => log.push('tick'));
  await new Promise((resolve) => g.params(1, 0, () => { log.push('params cb'); resolve(); }));
  assert.deepStrictEqual(log, ['tick', 'flush cb', 'params cb']);
})();
