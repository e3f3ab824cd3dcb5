'use strict';

// StringDecoder: turns a sequence of byte chunks into strings without ever
// cutting a character in two. The bytes of a character that a chunk ends in
// the middle of are kept back (at most 4 of them) and finished by the next
// write(); end() flushes what is left.
//
// The decoder's state is a 7-byte Buffer, laid out as node's is (util.inspect
// shows it, and `lastChar` is a view of its first four bytes):
//   [0..3]  the kept-back bytes of an unfinished character
//   [4]     how many bytes that character still needs (lastNeed)
//   [5]     how many bytes are kept back
//   [6]     the encoding, numbered as node numbers them
// Decoding itself is done by internalBinding('buffer').toString: one native
// call for the complete part of each chunk (plus one for a character finished
// across chunks); only the few bytes at the chunk's edges are looked at here.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const { normalizeEncoding: normalizeBufferEncoding } = require('internal/util');

const binding = internalBinding('buffer');
const { toString } = binding;

const kNativeDecoder = Symbol('kNativeDecoder');

// Layout of the state buffer.
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// node's numbering of the encodings (the value kept in the state buffer).
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingsMap = {
  ascii: ASCII, utf8: UTF8, base64: BASE64, utf16le: UCS2,
  latin1: LATIN1, hex: HEX, base64url: BASE64URL,
};

// node's number → the binding's encoding number.
const toBindingEncoding = [];
toBindingEncoding[ASCII] = binding.encodings.ascii;
toBindingEncoding[UTF8] = binding.encodings.utf8;
toBindingEncoding[BASE64] = binding.encodings.base64;
toBindingEncoding[UCS2] = binding.encodings.ucs2;
toBindingEncoding[LATIN1] = binding.encodings.latin1;
toBindingEncoding[HEX] = binding.encodings.hex;
toBindingEncoding[BASE64URL] = binding.encodings.base64url;

let BufferClass;
function allocState() {
  if (BufferClass === undefined) BufferClass = require('buffer').Buffer;
  return BufferClass.alloc(kSize);
}

function normalizeEncoding(enc) {
  const normalized = normalizeBufferEncoding(enc);
  if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(enc);
  return normalized;
}

// Length in bytes of the UTF-8 sequence `lead` starts, 0 if it starts none
// (ASCII, a continuation byte, or 0xF8..0xFF).
function utf8SequenceLength(lead) {
  if ((lead & 0xE0) === 0xC0) return 2;
  if ((lead & 0xF0) === 0xE0) return 3;
  if ((lead & 0xF8) === 0xF0) return 4;
  return 0;
}

// Decodes one chunk; `bytes` is a Uint8Array.
function decode(state, bytes) {
  const kind = state[kEncodingField];
  const enc = toBindingEncoding[kind];
  let end = bytes.length;

  // Single-byte encodings (and hex) never keep anything back.
  if (kind === ASCII || kind === LATIN1 || kind === HEX) return toString(bytes, 0, end, enc);

  let start = 0;
  let prepend = '';
  let missing = state[kMissingBytes];
  let buffered;

  // First finish the character the previous chunk ended in.
  if (missing > 0) {
    buffered = state[kBufferedBytes];
    let take = missing < end ? missing : end;
    if (kind === UTF8) {
      // A byte that is not a continuation byte ends the unfinished sequence
      // early: what was collected is decoded as it is (it becomes U+FFFD)
      // and the byte starts the next character.
      for (let i = 0; i < take; i++) {
        if ((bytes[i] & 0xC0) !== 0x80) {
          take = i;
          missing = i;
          break;
        }
      }
    }
    for (let i = 0; i < take; i++) state[buffered + i] = bytes[i];
    buffered += take;
    missing -= take;
    start = take;
    if (missing === 0) {
      prepend = toString(state, 0, buffered, enc);
      buffered = 0;
    }
    state[kMissingBytes] = missing;
    state[kBufferedBytes] = buffered;
    if (start === end) return prepend;
  } else if (end === 0) {
    return '';
  }

  // Then see whether this chunk ends in the middle of a character.
  missing = 0;
  buffered = 0;
  if (kind === UTF8) {
    if (bytes[end - 1] & 0x80) {
      for (let i = end - 1; ; i--) {
        buffered++;
        const byte = bytes[i];
        if ((byte & 0xC0) === 0x80) {
          // A continuation byte: look further back, but not past 4 bytes or
          // the start of the chunk (then it is decoded as it is).
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
        } else {
          const need = utf8SequenceLength(byte);
          if (need > buffered) missing = need - buffered;
          else buffered = 0;  // complete, or not a lead byte at all
          break;
        }
      }
    }
  } else if (kind === UCS2) {
    if (((end - start) & 1) === 1) {
      buffered = 1;  // half a code unit
      missing = 1;
    } else if ((bytes[end - 1] & 0xFC) === 0xD8) {
      buffered = 2;  // a high surrogate: wait for its low half
      missing = 2;
    }
  } else {  // BASE64, BASE64URL: whole 3-byte groups only
    buffered = (end - start) % 3;
    if (buffered > 0) missing = 3 - buffered;
  }

  if (buffered > 0) {
    end -= buffered;
    for (let i = 0; i < buffered; i++) state[i] = bytes[end + i];
  }
  state[kMissingBytes] = missing;
  state[kBufferedBytes] = buffered;

  if (end === start) return prepend;
  const body = toString(bytes, start, end, enc);
  return prepend === '' ? body : prepend + body;
}

// Decodes whatever is kept back, as it is (an unfinished UTF-8 sequence
// becomes U+FFFD; a lone byte of UTF-16 is dropped).
function flush(state) {
  const kind = state[kEncodingField];
  let buffered = state[kBufferedBytes];
  if (kind === UCS2 && (buffered & 1) === 1) {
    buffered--;
    state[kBufferedBytes] = buffered;
    state[kMissingBytes]--;
  }
  if (buffered === 0) return '';
  const ret = toString(state, 0, buffered, toBindingEncoding[kind]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  const state = allocState();
  state[kEncodingField] = encodingsMap[this.encoding];
  this[kNativeDecoder] = state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  const state = this[kNativeDecoder];
  if (state === undefined) throw new ERR_INVALID_THIS('StringDecoder');
  const bytes = buf instanceof Uint8Array ? buf :
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return decode(state, bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  const state = this[kNativeDecoder];
  if (state[kBufferedBytes] > 0) ret += flush(state);
  return ret;
};

// Legacy (undocumented, kept by node): decode `buf` from `offset` on,
// forgetting any unfinished character.
StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      const state = this[kNativeDecoder];
      return state[kBufferedBytes] + state[kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
