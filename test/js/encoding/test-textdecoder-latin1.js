'use strict';
// TextDecoder for the windows-1252 labels (latin1, ascii, iso-8859-1, ...).
// node 20 reports 'windows-1252' for all of them; a plain decode() maps the
// bytes 1:1 (ISO-8859-1, 0x80-0x9F stay C1 controls), but once a decoder has
// been used with `stream: true` it maps 0x80-0x9F to windows-1252's
// characters. Expected values are node 20's.
const assert = require('assert');

const labels = ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
                'LATIN1', '\tlatin1\f', ' Windows-1252 '];
for (const label of labels) {
  const d = new TextDecoder(label);
  assert.strictEqual(d.encoding, 'windows-1252', label);
  assert.strictEqual(d.fatal, false);
  assert.strictEqual(d.ignoreBOM, false);
}

const all = Uint8Array.from({ length: 256 }, (_, i) => i);
const identity = String.fromCharCode(...all);
const windows1252High = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160' +
  '\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122' +
  '\u0161\u203a\u0153\x9d\u017e\u0178';
const mapped = identity.slice(0, 0x80) + windows1252High + identity.slice(0xa0);

for (const options of [undefined, { fatal: true }, { ignoreBOM: true }]) {
  // Without streaming: 1:1.
  const d = new TextDecoder('latin1', options);
  assert.strictEqual(d.decode(all), identity);
  assert.strictEqual(d.decode(all, {}), identity);
  assert.strictEqual(d.decode(all, { stream: false }), identity);
  assert.strictEqual(d.decode(all.subarray(0x80, 0xa0)), identity.slice(0x80, 0xa0));
  // Streaming, and every later call of the same decoder: windows-1252.
  assert.strictEqual(d.decode(all, { stream: true }), mapped);
  assert.strictEqual(d.decode(all), mapped);
  assert.strictEqual(d.decode(all.subarray(0x80, 0xa0)), windows1252High);
  // A fresh decoder is 1:1 again.
  assert.strictEqual(new TextDecoder('ascii', options).decode(all), identity);
}
assert.strictEqual(new TextDecoder('windows-1252').decode(Uint8Array.of(0x41, 0x80, 0x9f)), 'A\x80\x9f');
assert.strictEqual(new TextDecoder('windows-1252').decode(Uint8Array.of(0x41, 0x80, 0x9f), { stream: true }),
                   'A\u20ac\u0178');

// No BOM handling: EF BB BF is three characters.
assert.strictEqual(new TextDecoder('latin1').decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41)), '\u00ef\u00bb\u00bfA');
assert.strictEqual(new TextDecoder('latin1').decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), { stream: true }),
                   '\u00ef\u00bb\u00bfA');
// Nothing is kept back when streaming.
{
  const d = new TextDecoder('latin1');
  assert.strictEqual(d.decode(Uint8Array.of(0x41), { stream: true }), 'A');
  assert.strictEqual(d.decode(undefined, { stream: true }), '');
  assert.strictEqual(d.decode(), '');
}

// Inputs and their errors: the plain path and the streaming path word them
// differently (as node does).
{
  const d = new TextDecoder('latin1');
  assert.strictEqual(d.decode(Uint8Array.of(0x43, 0x44).buffer), 'CD');
  assert.strictEqual(d.decode(new DataView(Uint8Array.of(0x43, 0x44, 0x45).buffer, 1)), 'DE');
  assert.strictEqual(d.decode(new Uint16Array([0x4241])), new Uint8Array(new Uint16Array([0x4241]).buffer)[0] === 0x41 ? 'AB' : 'BA');
  assert.strictEqual(d.decode(Buffer.from('\u00e9', 'latin1')), '\u00e9');
  for (const bad of ['abc', 5, null, [1]]) {
    assert.throws(() => d.decode(bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ' +
               'ArrayBufferView.',
    });
  }
  // Not checked on the plain path.
  assert.strictEqual(d.decode(Uint8Array.of(0x41), 'x'), 'A');
  assert.throws(() => d.decode('abc', { stream: true }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
             'ArrayBufferView.',
  });
  // After streaming, options are checked.
  assert.throws(() => d.decode(Uint8Array.of(0x41), 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'x\')',
  });
  assert.strictEqual(d.decode(Uint8Array.of(0x41, 0x42), null), 'AB');
}

// Large input.
{
  const big = new Uint8Array(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
  const s = new TextDecoder('latin1').decode(big);
  assert.strictEqual(s.length, big.length);
  assert.strictEqual(s.slice(0, 256), identity);
  assert.strictEqual(s.slice(-256), identity);
}

assert.strictEqual(require('util').inspect(new TextDecoder('latin1', { ignoreBOM: true })),
                   "TextDecoder { encoding: 'windows-1252', fatal: false, ignoreBOM: true }");
