'use strict';
// TextEncoder / TextDecoder (UTF-8) over internalBinding('encoding'): the
// bytes are encoded and decoded in one native pass. Other encodings arrive
// with the Buffer issue, which shares this code.

const binding = internalBinding('encoding');
const {
  codes: { ERR_ENCODING_NOT_SUPPORTED, ERR_ENCODING_INVALID_ENCODED_DATA, ERR_INVALID_ARG_TYPE,
           ERR_INVALID_THIS },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const kFatal = Symbol('kFatal');
const kIgnoreBOM = Symbol('kIgnoreBOM');
const kPending = Symbol('kPending');
const kBOMSeen = Symbol('kBOMSeen');
const kEncoding = Symbol('encoding');

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return binding.encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (typeof src !== 'string') src = `${src}`;
    if (!(dest instanceof Uint8Array)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const [read, written] = binding.encodeInto(src, dest);
    return { read, written };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, opts) {
    return `TextEncoder { encoding: 'utf-8' }`;
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  value: 'TextEncoder', configurable: true,
});

const utf8Labels = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8',
                            'utf8', 'x-unicode20utf8']);

function toUint8(input) {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' &&
      input instanceof SharedArrayBuffer)) return new Uint8Array(input);
  // node's (native) wording, without the "Received ..." part.
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
                            'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    if (!utf8Labels.has(label)) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null) validateObject(options, 'options', { nullable: true });
    this[kEncoding] = 'utf-8';
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kPending] = null;
    this[kBOMSeen] = false;
  }

  get encoding() { return this[kEncoding]; }
  get fatal() { return this[kFatal]; }
  get ignoreBOM() { return this[kIgnoreBOM]; }

  decode(input = new Uint8Array(0), options = {}) {
    if (this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    let bytes = toUint8(input);
    const stream = Boolean(options?.stream);
    if (this[kPending] !== null) {
      const joined = new Uint8Array(this[kPending].length + bytes.length);
      joined.set(this[kPending], 0);
      joined.set(bytes, this[kPending].length);
      bytes = joined;
      this[kPending] = null;
    }
    if (stream) {
      const tail = binding.incompleteTail(bytes);
      if (tail > 0) {
        this[kPending] = bytes.slice(bytes.length - tail);
        bytes = bytes.subarray(0, bytes.length - tail);
      }
    }
    // The BOM is stripped only at the very start of a stream.
    const ignoreBOM = this[kIgnoreBOM] || this[kBOMSeen];
    if (bytes.length > 0) this[kBOMSeen] = stream;
    const result = binding.decodeUtf8(bytes, ignoreBOM, this[kFatal]);
    if (result === undefined) {
      this[kPending] = null;
      this[kBOMSeen] = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8', undefined);
    }
    if (!stream) this[kBOMSeen] = false;
    return result;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', configurable: true,
});

module.exports = { TextEncoder, TextDecoder };
