'use strict';
// The whole-buffer forms (which eddy runs on libdeflate where it can) keep
// zlib's results at the edges: option errors before input errors, lying or
// corrupt gzip trailers, multi-member input, windowBits 0, maxOutputLength
// against the trailer's size.
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('one-shot edges, one-shot edges. '.repeat(500));
const gz = zlib.gzipSync(text);

// Options are checked before the input, in sync and callback forms.
assert.throws(() => zlib.deflateSync(5, { level: 99 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gunzipSync(5, { chunkSize: 1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gzip('x', { level: 99 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gunzip(gz, { windowBits: 99 }, () => {}), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.gzip('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });

// A trailer whose ISIZE is too small, too big, or whose CRC is wrong.
function withTrailer(crc, size) {
  const b = Buffer.from(gz);
  if (crc !== undefined) b.writeUInt32LE(crc, b.length - 8);
  if (size !== undefined) b.writeUInt32LE(size, b.length - 4);
  return b;
}
const lengthError = { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect length check' };
const crcError = { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect data check' };
assert.throws(() => zlib.gunzipSync(withTrailer(undefined, 10)), lengthError);
assert.throws(() => zlib.gunzipSync(withTrailer(undefined, text.length + 1)), lengthError);
assert.throws(() => zlib.gunzipSync(withTrailer(undefined, 0)), lengthError);
assert.throws(() => zlib.gunzipSync(withTrailer(zlib.crc32(text) ^ 1)), crcError);
assert.throws(() => zlib.unzipSync(withTrailer(zlib.crc32(text) ^ 1)), crcError);

// Members, padding, empty members.
const two = Buffer.concat([gz, zlib.gzipSync('!')]);
assert.strictEqual(zlib.gunzipSync(two).toString(), text.toString() + '!');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(3)])).length, text.length);
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync('')).length, 0);
assert.strictEqual(zlib.unzipSync(zlib.gzipSync('')).length, 0);
assert.deepStrictEqual(zlib.gunzipSync(gz, { windowBits: 0 }), text);
assert.deepStrictEqual(zlib.gunzipSync(gz, { finishFlush: zlib.constants.Z_SYNC_FLUSH }), text);

// maxOutputLength against ISIZE: exactly the size passes.
assert.deepStrictEqual(zlib.gunzipSync(gz, { maxOutputLength: text.length }), text);
assert.throws(() => zlib.gunzipSync(gz, { maxOutputLength: text.length - 1 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });
// A trailer claiming less than the truth doesn't get past the limit either
// (the output passes it at its second chunk, before the trailer is read).
const big = Buffer.alloc(100000, 'big');
const bigGz = zlib.gzipSync(big);
bigGz.writeUInt32LE(10, bigGz.length - 4);
assert.throws(() => zlib.gunzipSync(bigGz, { maxOutputLength: 20000 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });

// Results are Buffers.
assert.ok(Buffer.isBuffer(zlib.gzipSync(text)));
assert.ok(Buffer.isBuffer(zlib.gunzipSync(gz)));

// The callback forms agree.
let done = 0;
zlib.gunzip(withTrailer(undefined, 10), (err) => {
  assert.strictEqual(err.message, 'incorrect length check');
  done++;
});
zlib.unzip(two, (err, res) => {
  assert.ifError(err);
  assert.strictEqual(res.length, text.length + 1);
  done++;
});
zlib.gunzip(gz, { maxOutputLength: 5 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  done++;
});
zlib.gzip(text, { level: 1 }, (err, res) => {
  assert.ifError(err);
  zlib.gunzip(res, (err2, res2) => {
    assert.ifError(err2);
    assert.deepStrictEqual(res2, text);
    done++;
  });
});
process.on('exit', () => assert.strictEqual(done, 4));

// The gzip header node writes: no mtime, XFL by level, OS 3 (Unix), for
// one-shot calls too (eddy's go through libdeflate).
{
  assert.strictEqual(zlib.gzipSync('x'.repeat(1000)).subarray(0, 10).toString('hex'), '1f8b0800000000000003');
  assert.strictEqual(zlib.gzipSync('x'.repeat(1000), { level: 9 }).subarray(0, 10).toString('hex'),
                     '1f8b0800000000000203');
  assert.strictEqual(zlib.gzipSync('x'.repeat(1000), { level: 1 }).subarray(0, 10).toString('hex'),
                     '1f8b0800000000000403');
  zlib.gzip('abc', common_mustSucceed((out) => assert.strictEqual(out[9], 3)));
}
function common_mustSucceed(fn) {
  let called = false;
  process.on('exit', () => assert.ok(called));
  return (err, value) => { assert.ifError(err); called = true; fn(value); };
}
