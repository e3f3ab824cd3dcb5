'use strict';
// zlib.crc32 (node 20.15+): strings as UTF-8, any view, continuation values;
// expected values from python3's zlib.crc32 and the CRC-32 check value.
const assert = require('assert');
const zlib = require('zlib');

assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);  // the standard check value
assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(Buffer.from('hello world')), 222957957);
const text = Buffer.from('The quick brown fox jumps over the lazy dog. '.repeat(20));
assert.strictEqual(zlib.crc32(text), 2959493862);                  // python3
assert.strictEqual(zlib.crc32(Buffer.from('abc'), 12345), 3252201774);  // python3
assert.strictEqual(zlib.crc32('\u00e9'), zlib.crc32(Buffer.from([0xc3, 0xa9])));
const u32 = new Uint32Array([1, 2, 3]);
assert.strictEqual(zlib.crc32(u32), zlib.crc32(Buffer.from(u32.buffer)));
assert.strictEqual(zlib.crc32(new DataView(u32.buffer, 4)),
                   zlib.crc32(Buffer.from(u32.buffer, 4)));
assert.strictEqual(zlib.crc32('', 0xffffffff), 0xffffffff);

assert.throws(() => zlib.crc32(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32(u32.buffer), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32('a', 'b'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be of type number. Received type string (\'b\')',
});
assert.throws(() => zlib.crc32('a', -1), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => zlib.crc32('a', 2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => zlib.crc32('a', 1.5), { code: 'ERR_OUT_OF_RANGE' });
