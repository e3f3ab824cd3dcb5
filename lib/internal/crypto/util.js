'use strict';

// Helpers shared by lib/internal/crypto/*: the binding, encoding ids, turning
// arguments into bytes with node's errors, Buffers from the binding's bytes.

const binding = internalBinding('crypto');
const { encodings } = internalBinding('buffer');
const { normalizeEncoding } = require('internal/util');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const kHandle = Symbol('kHandle');

let FastBuffer;
let BufferFrom;
let allocUnsafe;
function lazyBuffer() {
  if (FastBuffer === undefined) {
    FastBuffer = require('internal/buffer').FastBuffer;
    BufferFrom = require('buffer').Buffer.from;
    allocUnsafe = require('buffer').Buffer.allocUnsafe;
  }
}

// The binding's encoding id for a string encoding; utf8 for unknown names
// (node's update() treats those as utf8).
function inputEncodingId(enc) {
  const name = typeof enc === 'string' ? normalizeEncoding(enc) : undefined;
  return name === undefined ? encodings.utf8 : encodings[name === 'utf16le' ? 'ucs2' : name];
}

// For outputs: 0 means "a Buffer" (also for 'buffer', '', non-strings and
// unknown names, as node's digest() does).
function outputEncodingId(enc) {
  if (typeof enc !== 'string' || enc === '' || enc === 'buffer') return 0;
  const name = normalizeEncoding(enc);
  return name === undefined ? 0 : encodings[name === 'utf16le' ? 'ucs2' : name];
}

// A byte result of the binding as a Buffer: a number n means the bytes are
// the first n of binding.scratch (small results: a pooled Buffer is much
// cheaper than a new ArrayBuffer); strings pass through.
function bytesResult(out) {
  if (typeof out === 'string') return out;
  if (typeof out === 'number') {
    lazyBuffer();
    const buf = allocUnsafe(out);
    const { scratch } = binding;
    for (let i = 0; i < out; i++) buf[i] = scratch[i];
    return buf;
  }
  return toBuffer(out);
}

// A Buffer over the bytes the binding returned (a Uint8Array or ArrayBuffer).
function toBuffer(bytes) {
  lazyBuffer();
  if (isAnyArrayBuffer(bytes)) return new FastBuffer(bytes);
  return new FastBuffer(bytes.buffer, bytes.byteOffset, bytes.length);
}

// A string becomes a Buffer in `encoding`; bytes pass through; anything else
// throws ERR_INVALID_ARG_TYPE naming `types`.
const kBufferLike = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];
// Hex input of odd length is refused (hash, HMAC and cipher update()), as
// node does; Buffer.from would drop the last digit.
function checkHexLength(string, encoding) {
  if (string.length % 2 !== 0 && typeof encoding === 'string' && normalizeEncoding(encoding) === 'hex') {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, `is invalid for data of length ${string.length}`);
  }
}

function getArrayBufferOrView(buffer, name, encoding, types = kBufferLike) {
  if (isAnyArrayBuffer(buffer) || isArrayBufferView(buffer)) return buffer;
  if (typeof buffer === 'string') {
    lazyBuffer();
    if (encoding === 'buffer') encoding = 'utf8';
    return BufferFrom(buffer, encoding);
  }
  throw new ERR_INVALID_ARG_TYPE(name, types, buffer);
}

module.exports = {
  binding,
  bytesResult,
  checkHexLength,
  getArrayBufferOrView,
  inputEncodingId,
  kHandle,
  outputEncodingId,
  toBuffer,
};
