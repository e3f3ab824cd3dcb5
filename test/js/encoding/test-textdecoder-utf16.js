'use strict';
// TextDecoder('utf-16le') and ('utf-16be'): BOM, surrogates, odd bytes,
// fatal and stream. Expected values are node 20's (ICU).
const assert = require('assert');

const le = (bytes, options, decodeOptions) =>
  new TextDecoder('utf-16le', options).decode(Uint8Array.from(bytes), decodeOptions);
const F = '\ufffd';
const invalid = (encoding) => ({
  name: 'TypeError',
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: `The encoded data was not valid for encoding ${encoding}`,
});

for (const label of ['utf-16le', 'utf-16', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode',
                     'iso-10646-ucs-2', 'unicodefeff', ' utf-16le\n']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16le', label);
}
for (const label of ['utf-16be', 'unicodefffe']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16be', label);
}

// Plain text, a surrogate pair, the BOM.
assert.strictEqual(le([0x41, 0x00, 0xe9, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde]),
                   'A\u00e9\u20ac\u{1F600}');
assert.strictEqual(le([0xff, 0xfe, 0x41, 0x00]), 'A');
assert.strictEqual(le([0xff, 0xfe, 0x41, 0x00], { ignoreBOM: true }), '\ufeffA');
assert.strictEqual(le([0xff, 0xfe, 0xff, 0xfe]), '\ufeff');  // only the first BOM goes
assert.strictEqual(le([0x41, 0x00, 0xff, 0xfe]), 'A\ufeff');
assert.strictEqual(le([0xfe, 0xff, 0x41, 0x00]), '\ufffeA');
assert.strictEqual(le([]), '');

// Lone surrogates become U+FFFD; fatal throws.
assert.strictEqual(le([0x3d, 0xd8, 0x41, 0x00]), `${F}A`);
assert.strictEqual(le([0x00, 0xde, 0x41, 0x00]), `${F}A`);
assert.strictEqual(le([0x3d, 0xd8]), F);
assert.strictEqual(le([0x3d, 0xd8, 0x3d, 0xd8, 0x00, 0xde]), `${F}\u{1F600}`);
assert.strictEqual(le([0x00, 0xde, 0x3d, 0xd8]), `${F}${F}`);
assert.throws(() => le([0x3d, 0xd8], { fatal: true }), invalid('utf-16le'));
assert.throws(() => le([0x00, 0xdc], { fatal: true }), invalid('utf-16le'));
assert.strictEqual(le([0x3d, 0xd8, 0x00, 0xde], { fatal: true }), '\u{1F600}');

// An odd byte at the end: one U+FFFD, also for a high surrogate before it.
assert.strictEqual(le([0x41, 0x00, 0x42]), `A${F}`);
assert.strictEqual(le([0x41]), F);
assert.strictEqual(le([0x3d, 0xd8, 0x41]), F);
assert.strictEqual(le([0x41, 0x00, 0x3d, 0xd8, 0x41]), `A${F}`);
assert.strictEqual(le([0x3d, 0xd8, 0x3d, 0xd8, 0x41]), `${F}${F}`);
assert.throws(() => le([0x41, 0x00, 0x42], { fatal: true }), invalid('utf-16le'));

// Streaming.
function stream(label, chunks, options) {
  const d = new TextDecoder(label, options);
  const out = chunks.map((c) => d.decode(Uint8Array.from(c), { stream: true }));
  out.push(d.decode());
  return out;
}
assert.deepStrictEqual(stream('utf-16le', [[0xff], [0xfe, 0x3d], [0xd8], [0x00], [0xde, 0x41]]),
                       ['', '', '', '', '\u{1F600}', F]);
assert.deepStrictEqual(stream('utf-16le', [[0x3d, 0xd8, 0x41]]), ['', F]);
assert.deepStrictEqual(stream('utf-16le', [[0x3d, 0xd8], [0x41, 0x00]]), ['', `${F}A`, '']);
assert.deepStrictEqual(stream('utf-16le', [[0x3d], [0xd8, 0x41], [0x00]]), ['', '', `${F}A`, '']);
assert.deepStrictEqual(stream('utf-16le', [[0x00, 0xde]]), [F, '']);
assert.deepStrictEqual(stream('utf-16le', [[0x41, 0x00, 0x42]]), ['A', F]);
// The BOM is dropped only at the start of a stream, even when split.
assert.deepStrictEqual(stream('utf-16le', [[], [0xff], [0xfe, 0x41, 0x00]]), ['', '', 'A', '']);
assert.deepStrictEqual(stream('utf-16le', [[0x41, 0x00], [0xff, 0xfe]]), ['A', '\ufeff', '']);
{
  const d = new TextDecoder('utf-16le');
  assert.strictEqual(d.decode(Uint8Array.of(0xff, 0xfe, 0x41, 0x00), { stream: true }), 'A');
  assert.strictEqual(d.decode(Uint8Array.of(0xff, 0xfe)), '\ufeff');
  // A new stream after a flush.
  assert.strictEqual(d.decode(Uint8Array.of(0xff, 0xfe, 0x42, 0x00)), 'B');
}
// fatal: the error comes where the data proves invalid, and resets.
{
  const d = new TextDecoder('utf-16le', { fatal: true });
  assert.strictEqual(d.decode(Uint8Array.of(0x41, 0x00, 0x3d, 0xd8), { stream: true }), 'A');
  assert.throws(() => d.decode(), invalid('utf-16le'));
  assert.strictEqual(d.decode(Uint8Array.of(0x41, 0x00)), 'A');
  assert.throws(() => d.decode(Uint8Array.of(0x3d, 0xd8, 0x41, 0x00, 0x3d), { stream: true }),
                invalid('utf-16le'));
  assert.strictEqual(d.decode(Uint8Array.of(0x42, 0x00)), 'B');
}
// Every split of a text into two streamed chunks.
{
  const bytes = Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x00, 0xde, 0xac, 0x20, 0x00, 0xdc);
  for (let i = 0; i <= bytes.length; i++) {
    const d = new TextDecoder('utf-16le');
    const got = d.decode(bytes.subarray(0, i), { stream: true }) + d.decode(bytes.subarray(i));
    assert.strictEqual(got, `A\u{1F600}\u20ac${F}`, `split at ${i}`);
  }
}

// utf-16be.
{
  const be = (bytes, options) => new TextDecoder('utf-16be', options).decode(Uint8Array.from(bytes));
  assert.strictEqual(be([0xfe, 0xff, 0x00, 0x41, 0xd8, 0x3d, 0xde, 0x00, 0xd8, 0x3d]),
                     `A\u{1F600}${F}`);
  assert.strictEqual(be([0x00, 0x41, 0x00]), `A${F}`);
  assert.strictEqual(be([0xff, 0xfe, 0x00, 0x41]), '\ufffeA');
  assert.strictEqual(be([0xfe, 0xff, 0x00, 0x41], { ignoreBOM: true }), '\ufeffA');
  assert.throws(() => be([0xd8, 0x3d], { fatal: true }), invalid('utf-16be'));
  assert.deepStrictEqual(stream('utf-16be', [[0xd8], [0x3d, 0xde], [0x00]]), ['', '', '\u{1F600}', '']);
}

// Inputs: any ArrayBufferView or ArrayBuffer.
{
  const d = new TextDecoder('utf-16le');
  assert.strictEqual(d.decode(Uint8Array.of(0x43, 0x00, 0x44, 0x00).buffer), 'CD');
  assert.strictEqual(d.decode(new DataView(Uint8Array.of(0x43, 0x00, 0x44, 0x00, 0x45).buffer, 2, 2)), 'D');
  assert.strictEqual(d.decode(Buffer.from([0x45, 0x00])), 'E');
  assert.strictEqual(d.decode(), '');
  assert.throws(() => d.decode('abc'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
  assert.throws(() => d.decode(new Uint8Array(2), 5), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.strictEqual(d.decode(Uint8Array.of(0x41, 0x00), null), 'A');
}

assert.strictEqual(require('util').inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
