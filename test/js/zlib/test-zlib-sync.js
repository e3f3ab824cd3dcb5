'use strict';
// The *Sync one-shot forms: round trips for every format, fixed inputs made
// by python3's zlib and gzip modules, multi-member gzip, trailing bytes,
// dictionaries, windowBits, and every input type.
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));

// Made by python3: zlib.compress(text, 9), a raw deflate (wbits -15),
// gzip.compress(text, mtime=0), two gzip members, and a zlib stream with the
// dictionary 'fox jumps over the lazy dog'.
const fixed = {
  zlib: 'eNoLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKAFK5yRWVSqk5KfrKYSMKh5VPKqY2ooBR6VDHA==',
  raw: 'C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUigBSuckVlUqpOSn6ymEjCoeVTyqmNqKAQ==',
  gzip: 'H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoAUrnJFZVKqTkp+sphIwqHlU8qpjaigHmSmawhAMAAA==',
  gzip2: 'H4sIAAAAAAACA0vLLCouUchNzU1KLbIGAJ30W1sNAAAAH4sIAAAAAAACAytOTc7PS1HITc1NSi0CACR0+p8NAAAA',
  dict: 'eLuOmgoUCwGyC0szk7MVkoryy/MU0nAr1VMYVTyqeFQx1RUDAEelQxw=',
};
const b64 = (s) => Buffer.from(s, 'base64');

assert.deepStrictEqual(zlib.inflateSync(b64(fixed.zlib)), text);
assert.deepStrictEqual(zlib.unzipSync(b64(fixed.zlib)), text);
assert.deepStrictEqual(zlib.inflateRawSync(b64(fixed.raw)), text);
assert.deepStrictEqual(zlib.gunzipSync(b64(fixed.gzip)), text);
assert.deepStrictEqual(zlib.unzipSync(b64(fixed.gzip)), text);
assert.strictEqual(zlib.gunzipSync(b64(fixed.gzip2)).toString(), 'first member;second member');
assert.strictEqual(zlib.unzipSync(b64(fixed.gzip2)).toString(), 'first member;second member');
const dictionary = Buffer.from('fox jumps over the lazy dog');
assert.deepStrictEqual(zlib.inflateSync(b64(fixed.dict), { dictionary }), text);

// Round trips over sizes, levels and every format.
function pseudoRandom(n, seed) {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = (x >>> 16) & 0xff;
  }
  return b;
}
const inputs = [Buffer.alloc(0), Buffer.from('a'), text, pseudoRandom(100000, 1),
                Buffer.alloc(300000, 'abcdefgh')];
const pairs = [['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
               ['deflateRawSync', 'inflateRawSync'], ['deflateSync', 'unzipSync'],
               ['gzipSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync']];
for (const input of inputs) {
  for (const [c, d] of pairs) {
    assert.deepStrictEqual(zlib[d](zlib[c](input)), input, `${c}/${d} of ${input.length}`);
  }
  for (const level of [0, 1, 9]) {
    assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(input, { level })), input);
    assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(input, { level })), input);
  }
}

// Compressed output is what the format says: gzip magic, zlib header.
const gz = zlib.gzipSync(text);
assert.deepStrictEqual([gz[0], gz[1], gz[2]], [0x1f, 0x8b, 8]);
assert.strictEqual(gz.readUInt32LE(gz.length - 4), text.length);
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32(text));
const df = zlib.deflateSync(text);
assert.strictEqual(df[0], 0x78);
assert.strictEqual(df.readUInt16BE(0) % 31, 0);
assert.ok(df.length < text.length / 5);

// Options that need a zlib stream (strategy, memLevel, windowBits) still
// round trip.
for (const opts of [{ strategy: zlib.constants.Z_HUFFMAN_ONLY }, { strategy: zlib.constants.Z_RLE },
                    { strategy: zlib.constants.Z_FIXED }, { memLevel: 1 }, { memLevel: 9 },
                    { windowBits: 9 }, { windowBits: 12, level: 3 }, { chunkSize: 64 }]) {
  for (const [c, d] of pairs.slice(0, 3)) {
    assert.deepStrictEqual(zlib[d](zlib[c](text, opts), opts), text, JSON.stringify(opts));
  }
}
// windowBits 8: raw deflate takes it as 9; zlib-format streams are fine.
assert.deepStrictEqual(zlib.inflateRawSync(zlib.deflateRawSync(text, { windowBits: 8 }),
                                           { windowBits: 8 }), text);
assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(text, { windowBits: 8 })), text);
// A smaller window than the stream's is an error.
assert.throws(() => zlib.inflateSync(zlib.deflateSync(text), { windowBits: 8 }),
              { code: 'Z_DATA_ERROR', errno: -3, message: 'invalid window size' });
// windowBits 0 (inflate, gunzip, unzip): from the header.
assert.deepStrictEqual(zlib.inflateSync(df, { windowBits: 0 }), text);
assert.deepStrictEqual(zlib.unzipSync(gz, { windowBits: 0 }), text);

// Dictionaries: deflate and raw deflate; TypedArray / ArrayBuffer forms.
for (const dict of [dictionary, new Uint8Array(dictionary), dictionary.buffer.slice(
  dictionary.byteOffset, dictionary.byteOffset + dictionary.length)]) {
  const c = zlib.deflateSync(text, { dictionary: dict });
  assert.deepStrictEqual(zlib.inflateSync(c, { dictionary: dict }), text);
  const r = zlib.deflateRawSync(text, { dictionary: dict });
  assert.deepStrictEqual(zlib.inflateRawSync(r, { dictionary: dict }), text);
}

// Multi-member gzip made here, trailing zero padding ignored, garbage not.
const members = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync(''), zlib.gzipSync('def')]);
assert.strictEqual(zlib.gunzipSync(members).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(members).toString(), 'abcdef');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([members, Buffer.alloc(10)])).toString(),
                   'abcdef');
// After a zlib stream's end, extra bytes are ignored.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('xyz'),
                                                   Buffer.from('trailing')])).toString(), 'xyz');

// Input types: string, Buffer, TypedArrays, DataView, ArrayBuffer.
const u16 = new Uint16Array([1, 2, 3, 0xffff]);
const forms = [Buffer.from(u16.buffer), u16, new DataView(u16.buffer), u16.buffer];
for (const f of forms) {
  assert.deepStrictEqual(zlib.inflateSync(zlib.deflateSync(f)), Buffer.from(u16.buffer));
  assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync(f)), Buffer.from(u16.buffer));
}
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('h\u00e9llo')).toString(), 'h\u00e9llo');
assert.ok(Buffer.isBuffer(zlib.deflateSync('x')));
assert.ok(Buffer.isBuffer(zlib.inflateSync(zlib.deflateSync('x'))));

// info: true returns the engine with the buffer.
const withInfo = zlib.deflateSync(text, { info: true });
assert.deepStrictEqual(Object.keys(withInfo), ['buffer', 'engine']);
assert.ok(withInfo.engine instanceof zlib.Deflate);
assert.deepStrictEqual(zlib.inflateSync(withInfo.buffer), text);
const infl = zlib.inflateSync(withInfo.buffer, { info: true });
assert.deepStrictEqual(infl.buffer, text);
assert.strictEqual(infl.engine.bytesWritten, withInfo.buffer.length);

// maxOutputLength: exactly the limit passes, one more byte throws.
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(Buffer.alloc(100)),
                                    { maxOutputLength: 100 }).length, 100);
for (const [c, d] of pairs) {
  assert.throws(() => zlib[d](zlib[c](Buffer.alloc(100000)), { maxOutputLength: 100 }), {
    name: 'RangeError',
    code: 'ERR_BUFFER_TOO_LARGE',
    message: 'Cannot create a Buffer larger than 100 bytes',
  });
}
assert.throws(() => zlib.deflateSync(text, { maxOutputLength: 10 }),
              { code: 'ERR_BUFFER_TOO_LARGE' });
