'use strict';
// TextDecoder's labels and options checks, and the utf-8 decoder's
// behaviour around `stream` (node 20 switches to its ICU path once a decoder
// has streamed: options get checked, errors are worded differently).
const assert = require('assert');

const utf8 = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
              'x-unicode20utf8', 'UTF-8', ' utf-8 ', '\n\tutf8\r\f'];
for (const label of utf8) assert.strictEqual(new TextDecoder(label).encoding, 'utf-8', label);
assert.strictEqual(new TextDecoder().encoding, 'utf-8');
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
assert.strictEqual(new TextDecoder({ toString() { return 'utf-16'; } }).encoding, 'utf-16le');

// Only ASCII whitespace is trimmed; unknown labels are RangeErrors.
for (const label of ['\u00a0utf-8', '\u000butf-8', 'utf-8\u3000', 'x-user-defined', 'utf-32',
                     'latin-1', 'binary', 'ucs2', 'utf16le', '', null]) {
  assert.throws(() => new TextDecoder(label), {
    name: 'RangeError',
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    message: `The "${label}" encoding is not supported`,
  });
}

// Constructor options: any object (arrays and functions too) or null.
for (const label of ['utf-8', 'utf-16le', 'latin1']) {
  assert.strictEqual(new TextDecoder(label, null).fatal, false);
  assert.strictEqual(new TextDecoder(label, []).fatal, false);
  assert.strictEqual(new TextDecoder(label, () => {}).fatal, false);
  const d = new TextDecoder(label, { fatal: 1, ignoreBOM: 'yes' });
  assert.strictEqual(d.fatal, true);
  assert.strictEqual(d.ignoreBOM, true);
  for (const [bad, received] of [[5, 'type number (5)'], ['x', "type string ('x')"],
                                 [true, 'type boolean (true)']]) {
    assert.throws(() => new TextDecoder(label, bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options" argument must be of type object. Received ${received}`,
    });
  }
}

// `this` checks.
for (const key of ['encoding', 'fatal', 'ignoreBOM']) {
  const { get } = Object.getOwnPropertyDescriptor(TextDecoder.prototype, key);
  assert.throws(() => get.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type TextDecoder',
  });
}
assert.throws(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)), {
  code: 'ERR_INVALID_THIS',
});
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');

// utf-8: the plain path says "list", the streaming path "input".
{
  const d = new TextDecoder();
  assert.throws(() => d.decode('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
  assert.strictEqual(d.decode(Uint8Array.of(0x41), 5), 'A');
  assert.throws(() => d.decode('abc', { stream: true }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
  assert.throws(() => d.decode('abc'), {
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
  assert.throws(() => d.decode(Uint8Array.of(0x41), 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.strictEqual(d.decode(Uint8Array.of(0x41), null), 'A');
  assert.strictEqual(d.decode(Uint8Array.of(0xe2, 0x82), { stream: true }), '');
  assert.strictEqual(d.decode(Uint8Array.of(0xac)), '\u20ac');
}

// util.inspect.
const util = require('util');
assert.strictEqual(util.inspect(new TextDecoder()),
                   "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect({ a: new TextDecoder() }, { depth: 0 }), '{ a: [TextDecoder] }');
