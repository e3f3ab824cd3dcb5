'use strict';
// TextEncoder (UTF-8) and TextDecoder (utf-8, utf-16le, utf-16be and the
// windows-1252 / latin1 labels). UTF-8 goes through internalBinding('encoding')
// in one native pass; the others decode through internalBinding('buffer').toString.

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

// WHATWG labels of the encodings TextDecoder supports → their names.
const kEncodingNames = new Map();
function addLabels(name, labels) {
  for (const label of labels) kEncodingNames.set(label, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
                    'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
                       'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                           'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                           'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
                           'x-cp1252']);

// Labels lose leading and trailing ASCII whitespace only (not U+00A0, not VT).
const asciiWhitespaceEnds = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;

const kUTF8 = 0;
const kUTF16LE = 1;
const kUTF16BE = 2;
const kWindows1252 = 3;
const kKinds = new Map([['utf-8', kUTF8], ['utf-16le', kUTF16LE], ['utf-16be', kUTF16BE],
                        ['windows-1252', kWindows1252]]);

const kKind = Symbol('kKind');
// Like node 20: a decoder answers from its fast path (utf-8 through V8,
// windows-1252 labels as plain ISO-8859-1: bytes 0x80-0x9F stay U+0080-U+009F)
// until decode() is first called with `stream: true`; from then on it
// behaves as node's ICU converter (0x80-0x9F → windows-1252's characters,
// options checked, other wording for a bad input).
const kFastPath = Symbol('kFastPath');

let bufferBinding;
function lazyBufferBinding() {
  if (bufferBinding === undefined) bufferBinding = internalBinding('buffer');
  return bufferBinding;
}

// node's (native) wordings, without the "Received ..." part.
function invalidInput(name, message) {
  const err = new TypeError(`The "${name}" argument must be an instance of ${message}.`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toUint8(input, name = 'list',
                 message = 'SharedArrayBuffer, ArrayBuffer or ArrayBufferView') {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' &&
      input instanceof SharedArrayBuffer)) return new Uint8Array(input);
  throw invalidInput(name, message);
}

// windows-1252's characters for bytes 0x80-0x9F (ICU keeps 0x81, 0x8D,
// 0x8F, 0x90 and 0x9D as the C1 controls).
const windows1252High = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
].map((c) => String.fromCharCode(c));
const c1Controls = /[\x80-\x9f]/g;
const c1ControlTest = /[\x80-\x9f]/;
function windows1252Char(c) {
  return windows1252High[c.charCodeAt(0) - 0x80];
}

function decodeLatin1(bytes, windows1252) {
  const binding = lazyBufferBinding();
  const str = binding.toString(bytes, 0, bytes.length, binding.encodings.latin1);
  if (!windows1252 || !c1ControlTest.test(str)) return str;
  return str.replace(c1Controls, windows1252Char);
}

const surrogateTest = /[\uD800-\uDFFF]/;
const loneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const loneSurrogateTest = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Is the UTF-16 code unit at bytes[i], bytes[i + 1] a high (lead) surrogate?
function isLeadSurrogate(bytes, i, bigEndian) {
  return ((bigEndian ? bytes[i] : bytes[i + 1]) & 0xFC) === 0xD8;
}

function resetDecoder(decoder) {
  decoder[kPending] = null;
  decoder[kBOMSeen] = false;
}

function decodeUtf16(decoder, bytes, stream, bigEndian) {
  const pending = decoder[kPending];
  if (pending !== null) {
    const joined = new Uint8Array(pending.length + bytes.length);
    joined.set(pending, 0);
    joined.set(bytes, pending.length);
    bytes = joined;
    decoder[kPending] = null;
  }
  let end = bytes.length;
  // An odd byte at the end, and a lead surrogate just before the end, wait
  // for the next chunk when streaming. At the end of the stream an odd byte
  // is an error, and a lead surrogate right before it is part of that one
  // error (one U+FFFD for both).
  let truncated = false;
  if ((end & 1) === 1) {
    end--;
    truncated = !stream;
  }
  if (end >= 2 && (stream || truncated) && isLeadSurrogate(bytes, end - 2, bigEndian)) end -= 2;
  if (stream && end < bytes.length) decoder[kPending] = bytes.slice(end);

  let str = '';
  if (end > 0) {
    const binding = lazyBufferBinding();
    let units = bytes;
    if (bigEndian) {
      units = bytes.slice(0, end);
      binding.swap16(units);
    }
    str = binding.toString(units, 0, end, binding.encodings.ucs2);
    if (surrogateTest.test(str)) {
      if (decoder[kFatal]) {
        if (loneSurrogateTest.test(str)) return undefined;
      } else {
        str = str.replace(loneSurrogates, '\uFFFD');
      }
    }
    // The BOM is dropped only as the first character of a stream.
    if (!decoder[kIgnoreBOM] && !decoder[kBOMSeen]) {
      if (str.charCodeAt(0) === 0xFEFF) str = str.slice(1);
      decoder[kBOMSeen] = true;
    }
  }
  if (truncated) {
    if (decoder[kFatal]) return undefined;
    str += '\uFFFD';
  }
  return str;
}

function validateDecodeOptions(options) {
  if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.replace(asciiWhitespaceEnds, '').toLowerCase();
    const name = kEncodingNames.get(label);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    if (options !== undefined && options !== null) {
      validateObject(options, 'options', { nullable: true, allowArray: true, allowFunction: true });
    }
    this[kEncoding] = name;
    this[kKind] = kKinds.get(name);
    this[kFastPath] = true;
    this[kFatal] = Boolean(options?.fatal);
    this[kIgnoreBOM] = Boolean(options?.ignoreBOM);
    this[kPending] = null;
    this[kBOMSeen] = false;
  }

  get encoding() {
    if (this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kEncoding];
  }

  get fatal() {
    if (this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kFatal];
  }

  get ignoreBOM() {
    if (this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    return this[kIgnoreBOM];
  }

  decode(input = new Uint8Array(0), options = {}) {
    if (this[kEncoding] === undefined) throw new ERR_INVALID_THIS('TextDecoder');
    const stream = Boolean(options?.stream);
    const kind = this[kKind];
    if (stream) this[kFastPath] = false;
    let bytes;
    if (this[kFastPath]) {
      if (kind === kWindows1252) {
        return decodeLatin1(toUint8(input, 'input',
                                    'ArrayBuffer, SharedArrayBuffer, or ArrayBufferView'), false);
      }
      if (kind === kUTF8) bytes = toUint8(input);
    }
    if (bytes === undefined) {
      validateDecodeOptions(options);
      bytes = toUint8(input, 'input');
    }
    if (kind === kWindows1252) return decodeLatin1(bytes, true);
    if (kind !== kUTF8) {
      const result = decodeUtf16(this, bytes, stream, kind === kUTF16BE);
      if (result === undefined) {
        resetDecoder(this);
        throw new ERR_ENCODING_INVALID_ENCODED_DATA(this[kEncoding], undefined);
      }
      if (!stream) resetDecoder(this);
      return result;
    }

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
      resetDecoder(this);
      throw new ERR_ENCODING_INVALID_ENCODED_DATA('utf-8', undefined);
    }
    if (!stream) this[kBOMSeen] = false;
    return result;
  }

  // As node: the three public fields, uncoloured; `[TextDecoder]` past depth.
  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return this;
    return `TextDecoder { encoding: '${this[kEncoding]}', fatal: ${this[kFatal]}, ` +
           `ignoreBOM: ${this[kIgnoreBOM]} }`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  value: 'TextDecoder', configurable: true,
});

module.exports = { TextEncoder, TextDecoder };
