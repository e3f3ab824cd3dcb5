'use strict';
// StringDecoder's surface: encoding names, argument errors, the inputs it
// accepts, end(), text(), lastChar/lastNeed/lastTotal and util.inspect.
// Expected values are node 20's.
const assert = require('assert');
const util = require('util');
const sd = require('string_decoder');
const { StringDecoder } = sd;

assert.deepStrictEqual(Object.keys(sd), ['StringDecoder']);
assert.strictEqual(require('node:string_decoder'), sd);
assert.strictEqual(typeof StringDecoder, 'function');
assert.strictEqual(StringDecoder.length, 1);
assert.deepStrictEqual(Object.getOwnPropertyNames(StringDecoder.prototype),
                       ['constructor', 'write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
for (const name of ['lastChar', 'lastNeed', 'lastTotal']) {
  const desc = Object.getOwnPropertyDescriptor(StringDecoder.prototype, name);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
}

// Encoding names.
const names = [
  [undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['utf8', 'utf8'], ['UTF-8', 'utf8'],
  ['Utf8', 'utf8'], ['ucs2', 'utf16le'], ['UCS-2', 'utf16le'], ['utf16le', 'utf16le'],
  ['utf-16le', 'utf16le'], ['latin1', 'latin1'], ['binary', 'latin1'], ['BINARY', 'latin1'],
  ['base64', 'base64'], ['Base64Url', 'base64url'], ['hex', 'hex'], ['ASCII', 'ascii'],
];
for (const [input, name] of names) {
  const d = new StringDecoder(input);
  assert.strictEqual(d.encoding, name, String(input));
  assert.deepStrictEqual(Object.keys(d), ['encoding']);
}
for (const [input, shown] of [['utf16', 'utf16'], ['foo', 'foo'], [123, '123'], [{}, '{}'],
                               [false, 'false'], [0, '0'], ['buffer', 'buffer'],
                               ['utf-16', 'utf-16'], ['latin-1', 'latin-1']]) {
  assert.throws(() => new StringDecoder(input), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: `Unknown encoding: ${shown}`,
  });
}

// write(): strings come back as they are; anything else must be a view.
{
  const d = new StringDecoder();
  assert.strictEqual(d.write('abc'), 'abc');
  assert.strictEqual(d.end('xyz'), 'xyz');
  const bad = [
    [1, 'Received type number (1)'],
    [null, 'Received null'],
    [undefined, 'Received undefined'],
    [{}, 'Received an instance of Object'],
    [[1], 'Received an instance of Array'],
    [new ArrayBuffer(2), 'Received an instance of ArrayBuffer'],
    [true, 'Received type boolean (true)'],
  ];
  for (const [value, received] of bad) {
    assert.throws(() => d.write(value), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' +
               received,
    });
  }
  assert.throws(() => d.end(5), { code: 'ERR_INVALID_ARG_TYPE' });
  // end() with undefined is just end().
  assert.strictEqual(d.end(undefined), '');
}

// Any ArrayBufferView: its bytes are decoded.
{
  const u16 = new Uint16Array([0x1234, 0xabcd]);
  const le = new Uint8Array(u16.buffer)[0] === 0x34;
  assert.strictEqual(new StringDecoder('hex').write(u16), le ? '3412cdab' : '1234abcd');
  const dv = new DataView(Uint8Array.of(0x61, 0x62, 0x63).buffer, 1);
  assert.strictEqual(new StringDecoder('utf8').write(dv), 'bc');
  const f64 = new Float64Array([1.5]);
  assert.strictEqual(new StringDecoder('hex').end(f64), le ? '000000000000f83f' : '3ff8000000000000');
  assert.strictEqual(new StringDecoder('utf8').write(Buffer.from('h\u00e9')), 'h\u00e9');
  // A view into the middle of a larger buffer.
  const big = Uint8Array.of(0xe2, 0x82, 0xac, 0x41, 0xe2, 0x82, 0xac);
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(big.subarray(1, 5)), '\ufffd\ufffdA');
  assert.strictEqual(d.end(big.subarray(5)), '\u20ac');
}

// `this` checks.
assert.throws(() => StringDecoder.prototype.write.call({}, Uint8Array.of(0x41)), {
  name: 'TypeError',
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});
assert.strictEqual(StringDecoder.prototype.write.call({}, 'str'), 'str');
assert.throws(() => StringDecoder.prototype.end.call({}), TypeError);

// lastChar is a 4-byte Buffer over the decoder's state, a new view each time.
{
  const d = new StringDecoder('utf8');
  assert.ok(Buffer.isBuffer(d.lastChar));
  assert.strictEqual(d.lastChar.length, 4);
  assert.notStrictEqual(d.lastChar, d.lastChar);
  d.write(Uint8Array.of(0xe2, 0x82));
  assert.deepStrictEqual(d.lastChar, Buffer.from([0xe2, 0x82, 0, 0]));
}

// text(buf, offset): forgets a kept-back character, decodes from offset.
{
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
  assert.strictEqual(d.text(Buffer.from([0x41, 0x42, 0xe2, 0x82, 0xac]), 1), 'B\u20ac');
  assert.strictEqual(d.lastNeed, 0);
  const e = new StringDecoder('utf8');
  assert.strictEqual(e.write(Buffer.from([0xe2])), '');
  assert.strictEqual(e.text(Buffer.from([0x82, 0xac, 0x41]), 0), '\ufffd\ufffdA');
  assert.deepStrictEqual([e.lastNeed, e.lastTotal], [0, 0]);
}

// util.inspect shows node's state buffer.
assert.strictEqual(util.inspect(new StringDecoder('utf8')),
                   "StringDecoder {\n  encoding: 'utf8',\n  [Symbol(kNativeDecoder)]: <Buffer 00 00 00 00 00 00 01>\n}");
{
  const d = new StringDecoder('utf16le');
  d.write(Uint8Array.of(0x41, 0x00, 0x3d, 0xd8));
  assert.strictEqual(util.inspect(d),
                     "StringDecoder {\n  encoding: 'utf16le',\n  [Symbol(kNativeDecoder)]: <Buffer 3d d8 00 00 02 02 03>\n}");
}
const encodingNumbers = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
for (const [enc, n] of Object.entries(encodingNumbers)) {
  assert.match(util.inspect(new StringDecoder(enc)), new RegExp(`<Buffer 00 00 00 00 00 00 0${n}>`));
}
