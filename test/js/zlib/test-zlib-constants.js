'use strict';
// zlib.constants, zlib.codes and the legacy top-level Z_* names.
const assert = require('assert');
// zlib is loaded on first require, not at start-up.
assert.ok(!process.moduleLoadList.includes('NativeModule zlib'));
const zlib = require('zlib');
assert.ok(process.moduleLoadList.includes('NativeModule zlib'));
const c = zlib.constants;

assert.strictEqual(Object.getPrototypeOf(c), null);
// Read-only values; the object itself is not frozen.
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(c, 'Z_OK'),
                       { value: 0, writable: false, enumerable: true, configurable: false });
assert.ok(Object.isExtensible(c));
const desc = Object.getOwnPropertyDescriptor(zlib, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.enumerable, true);
const expected = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1,
  Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3,
  Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4,
  DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
  Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
  Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0,
  BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1,
  BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11,
  BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24,
  BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_PARAM_LGBLOCK: 3,
  BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0,
  BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1,
  BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31,
};
for (const [k, v] of Object.entries(expected)) assert.strictEqual(c[k], v, k);
assert.strictEqual(typeof c.ZLIB_VERNUM, 'number');
assert.strictEqual(Object.keys(c).length, 107);
// Key order: the limits follow the modes, then brotli.
const keys = Object.keys(c);
assert.strictEqual(keys.indexOf('BROTLI_ENCODE') + 1, keys.indexOf('Z_MIN_WINDOWBITS'));
assert.strictEqual(keys.indexOf('Z_DEFAULT_LEVEL') + 1, keys.indexOf('BROTLI_OPERATION_PROCESS'));

// zlib.codes maps both ways and is frozen.
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes[2], 'Z_NEED_DICT');
assert.ok(Object.isFrozen(zlib.codes));

// Legacy names: non-enumerable, read-only, zlib's only.
assert.strictEqual(zlib.Z_SYNC_FLUSH, 2);
assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.UNZIP, 7);
assert.strictEqual(zlib.BROTLI_OPERATION_FLUSH, undefined);
const d = Object.getOwnPropertyDescriptor(zlib, 'Z_OK');
assert.strictEqual(d.enumerable, false);
assert.strictEqual(d.writable, false);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.deepStrictEqual(Object.keys(zlib), [
  'crc32', 'Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync',
  'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate', 'inflateSync', 'gunzip',
  'gunzipSync', 'inflateRaw', 'inflateRawSync', 'brotliCompress', 'brotliCompressSync',
  'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate',
  'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip', 'createUnzip',
  'createBrotliCompress', 'createBrotliDecompress', 'constants', 'codes',
]);
assert.strictEqual(require('node:zlib'), zlib);
