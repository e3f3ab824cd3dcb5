'use strict';
// Closing a stream in every state: idle, twice, while a write runs on the
// thread pool (inflate, parallel deflate, brotli), during a flush, after the
// end; nothing crashes, every state ends with 'close' and _handle null.
const assert = require('assert');
const zlib = require('zlib');

const big = Buffer.alloc(4 << 20);
for (let i = 0; i < big.length; i++) big[i] = (i * 13 + (i >> 9)) & 0xff;
const deflated = zlib.deflateSync(big);
let closes = 0;
const expected = [];
function track(name, s) {
  expected.push(name);
  s.on('close', () => {
    assert.strictEqual(s._handle, null, name);
    assert.strictEqual(s._closed, true, name);
    closes++;
  });
  s.on('error', assert.fail);
  return s;
}

// Idle, then twice.
const idle = track('idle', zlib.createGzip());
idle.close();
idle.close();

// While writes run.
const inf = track('inflate', zlib.createInflate());
inf.write(deflated);
setImmediate(() => inf.close());
const def = track('deflate', zlib.createDeflate());
def.on('data', () => {});
def.write(big);
def.write(big);
process.nextTick(() => def.close());
const br = track('brotli', zlib.createBrotliCompress());
br.write(big.subarray(0, 1 << 20));
br.close();
const raw = track('raw', zlib.createDeflateRaw());
raw.write(big);
raw.flush(() => {});
raw.destroy();

// After the end.
const done = track('ended', zlib.createGunzip());
done.on('data', () => {});
done.end(zlib.gzipSync('short'), () => {
  process.nextTick(() => {
    done.close();
    assert.throws(() => done.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
  });
});

// A write after close reports ERR_STREAM_DESTROYED to its callback.
const late = track('late', zlib.createInflate());
late.close(() => {
  late.write(Buffer.from('x'), (err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
  });
});

process.on('exit', () => assert.strictEqual(closes, expected.length));
