'use strict';
// Corrupt and truncated input gives node's errors (message, errno, code), in
// the sync, callback and stream forms; bad options throw node's argument
// errors.
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('hello world, hello zlib. '.repeat(40));
const gz = zlib.gzipSync(text);
const df = zlib.deflateSync(text);
const br = zlib.brotliCompressSync(text);

const dataError = (message) => ({ name: 'Error', message, errno: -3, code: 'Z_DATA_ERROR' });
const eof = { name: 'Error', message: 'unexpected end of file', errno: -5, code: 'Z_BUF_ERROR' };

const cases = [
  ['inflateSync', Buffer.from('garbage data'), dataError('incorrect header check')],
  ['gunzipSync', Buffer.from('garbage data'), dataError('incorrect header check')],
  ['unzipSync', Buffer.from('garbage data'), dataError('incorrect header check')],
  ['inflateRawSync', Buffer.from([0xff, 0xff, 0xff]), dataError('invalid block type')],
  ['gunzipSync', gz.subarray(0, 10), eof],
  ['gunzipSync', gz.subarray(0, gz.length - 2), eof],
  ['inflateSync', df.subarray(0, df.length - 1), eof],
  ['inflateSync', Buffer.alloc(0), eof],
  ['gunzipSync', Buffer.alloc(0), eof],
  ['unzipSync', Buffer.alloc(0), eof],
  ['inflateRawSync', Buffer.alloc(0), eof],
  ['gunzipSync', Buffer.concat([gz, Buffer.from('xyz')]), dataError('incorrect header check')],
  ['gunzipSync', Buffer.concat([gz, Buffer.from([0x1f, 0x8b, 0xff, 0xff])]),
   dataError('unknown compression method')],
  ['brotliDecompressSync', Buffer.from('garbage data here'),
   { name: 'Error', message: 'Decompression failed', errno: -14,
     code: 'ERR__ERROR_FORMAT_PADDING_1' }],
  ['brotliDecompressSync', br.subarray(0, br.length - 2), eof],
  ['brotliDecompressSync', Buffer.alloc(0), eof],
];
// A corrupted byte in the middle of a deflate stream.
const bad = Buffer.from(df);
bad[Math.floor(bad.length / 2)] ^= 0xff;
assert.throws(() => zlib.inflateSync(bad), { code: 'Z_DATA_ERROR', errno: -3 });

for (const [fn, input, expected] of cases) {
  assert.throws(() => zlib[fn](input), expected, fn);
}

// Dictionaries.
const dictionary = Buffer.from('hello world');
const withDict = zlib.deflateSync(text, { dictionary });
assert.throws(() => zlib.inflateSync(withDict),
              { message: 'Missing dictionary', errno: 2, code: 'Z_NEED_DICT' });
assert.throws(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('other') }),
              { message: 'Bad dictionary', errno: 2, code: 'Z_NEED_DICT' });

// The callback forms report the same errors, asynchronously.
let pending = cases.length;
for (const [fn, input, expected] of cases) {
  let sync = true;
  zlib[fn.slice(0, -4)](input, (err, result) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(result, undefined);
    assert.ok(err instanceof Error);
    for (const k of Object.keys(expected)) assert.strictEqual(err[k], expected[k], `${fn} ${k}`);
    pending--;
  });
  sync = false;
}
// ... and so does a stream, with 'error' then 'close'.
const stream = zlib.createGunzip();
const events = [];
stream.on('error', (err) => {
  events.push('error');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(stream.destroyed, true);
});
stream.on('close', () => events.push('close'));
stream.write(Buffer.from('not gzip at all'));

// maxOutputLength in the callback form.
zlib.gunzip(zlib.gzipSync(Buffer.alloc(100000)), { maxOutputLength: 100 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, 'Cannot create a Buffer larger than 100 bytes');
  pending--;
});
pending++;
zlib.deflate(Buffer.alloc(100000, 'x'), { maxOutputLength: 10 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  pending--;
});
pending++;

process.on('exit', () => {
  assert.strictEqual(pending, 0);
  assert.deepStrictEqual(events, ['error', 'close']);
});

// --- option and argument errors ----------------------------------------------
const range = (name, msg, received) => ({
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: `The value of "${name}" is out of range. It must be ${msg}. Received ${received}`,
});
assert.throws(() => zlib.deflateSync('x', { chunkSize: 10 }),
              range('options.chunkSize', '>= 64', 10));
assert.throws(() => zlib.deflateSync('x', { chunkSize: Infinity }),
              range('options.chunkSize', 'a finite number', 'Infinity'));
assert.throws(() => zlib.deflateSync('x', { level: 10 }),
              range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.deflateSync('x', { level: -Infinity }),
              range('options.level', 'a finite number', '-Infinity'));
assert.throws(() => zlib.deflateSync('x', { level: 'a' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.level" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.deflateSync('x', { level: null }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(zlib.deflateSync('x', { level: NaN }).length > 0);  // NaN: the default
assert.throws(() => zlib.deflateSync('x', { windowBits: 7 }),
              range('options.windowBits', '>= 8 and <= 15', 7));
assert.throws(() => zlib.deflateSync('x', { windowBits: 0 }),
              range('options.windowBits', '>= 8 and <= 15', 0));
assert.throws(() => zlib.inflateRawSync(Buffer.alloc(1), { windowBits: 0 }),
              range('options.windowBits', '>= 8 and <= 15', 0));
assert.throws(() => zlib.gzipSync('x', { windowBits: 8 }),
              range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.deflateSync('x', { strategy: 5 }),
              range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.deflateSync('x', { memLevel: 0 }),
              range('options.memLevel', '>= 1 and <= 9', 0));
assert.throws(() => zlib.deflateSync('x', { flush: 6 }),
              range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => zlib.deflateSync('x', { finishFlush: -1 }),
              range('options.finishFlush', '>= 0 and <= 5', -1));
assert.throws(() => zlib.brotliCompressSync('x', { flush: 4 }),
              range('options.flush', '>= 0 and <= 3', 4));
assert.throws(() => zlib.deflateSync('x', { maxOutputLength: 0 }),
              range('options.maxOutputLength', '>= 1 and <= 4294967296', 0));
assert.throws(() => zlib.deflateSync(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, DataView, or ArrayBuffer. Received type number (5)',
});
// The callback forms hand other values to stream.end(): 'chunk' errors, and
// null is an empty input.
assert.throws(() => zlib.gunzip(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.deflate({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.deflateSync(null), { code: 'ERR_INVALID_ARG_TYPE' });
zlib.gunzip(null, (err) => {
  assert.strictEqual(err.code, 'Z_BUF_ERROR');
  pending--;
});
pending++;
zlib.deflate(undefined, (err, out) => {
  assert.strictEqual(err, null);
  assert.strictEqual(zlib.inflateSync(out).length, 0);
  pending--;
});
pending++;
assert.throws(() => zlib.deflateSync('x', { dictionary: 'abc' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, ' +
    'DataView, or ArrayBuffer. Received type string (\'abc\')',
});
assert.throws(() => zlib.deflate('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.inflate('x', {}, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.createDeflate({ level: 42 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1000: 1 } }), {
  name: 'RangeError', code: 'ERR_BROTLI_INVALID_PARAM',
  message: '1000 is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { abc: 1 } }),
              { code: 'ERR_BROTLI_INVALID_PARAM', message: 'abc is not a valid Brotli parameter' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1: 'a' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'a\')',
});
// A decoder has no parameter 5: the native side refuses it.
assert.throws(() => zlib.brotliDecompressSync(br, { params: { 5: 1 } }), {
  name: 'Error', code: 'ERR_ZLIB_INITIALIZATION_FAILED', message: 'Initialization failed',
});
