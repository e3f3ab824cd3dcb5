'use strict';

// The Buffer class's machinery that lib/buffer.js builds on:
// - FastBuffer, the Uint8Array subclass every Buffer really is;
// - the fixed-width number readers and writers (readUInt8 … writeBigInt64BE),
//   plain JS on the indexed bytes: no allocation, no native call;
// - the per-encoding `xxxSlice` / `xxxWrite` methods, each one call into
//   internalBinding('buffer').

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');

const kEnc = binding.encodings;

class FastBuffer extends Uint8Array {
  // An explicit constructor keeps V8 from making a rest-parameter one.
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---------------------------------------------------------------------------
// Errors shared by the number methods. Kept out of line so the fast paths stay
// small.

function offsetTypeError(offset, name = 'offset') {
  throw new ERR_INVALID_ARG_TYPE(name, 'number', offset);
}

// `offset` (already a number) failed the bounds check; `last` is the largest
// offset that would have been accepted.
function boundsFail(offset, last, name) {
  if (typeof offset !== 'number') offsetTypeError(offset, name || 'offset');
  if (Math.floor(offset) !== offset) {
    throw new ERR_OUT_OF_RANGE(name || 'offset', 'an integer', offset);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${last}`, offset);
}

function byteLengthFail(byteLength) {
  boundsFail(byteLength, 6, 'byteLength');
}

// `bytes` is the width of the written integer.
function valueRangeFail(value, min, max, bytes) {
  let range;
  if (typeof min === 'bigint') {
    const bits = bytes * 8;
    range = min === 0n ? `>= 0n and < 2n ** ${bits}n` :
      `>= -(2n ** ${bits - 1}n) and < 2n ** ${bits - 1}n`;
  } else if (bytes > 4) {
    const bits = bytes * 8;
    range = min === 0 ? `>= 0 and < 2 ** ${bits}` :
      `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}`;
  } else {
    range = `>= ${min} and <= ${max}`;
  }
  throw new ERR_OUT_OF_RANGE('value', range, value);
}

// Checks a write of `bytes` bytes at `offset`.
function checkWriteBounds(buf, offset, bytes) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  if (buf[offset] === undefined || buf[offset + bytes - 1] === undefined) {
    boundsFail(offset, buf.length - bytes);
  }
}

// ---------------------------------------------------------------------------
// Readers

function readUInt8(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const v = this[offset];
  if (v === undefined) boundsFail(offset, this.length - 1);
  return v;
}

function readInt8(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const v = this[offset];
  if (v === undefined) boundsFail(offset, this.length - 1);
  return (v << 24) >> 24;
}

function readUInt16LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsFail(offset, this.length - 2);
  return a | (b << 8);
}

function readUInt16BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsFail(offset, this.length - 2);
  return (a << 8) | b;
}

function readInt16LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsFail(offset, this.length - 2);
  return ((a | (b << 8)) << 16) >> 16;
}

function readInt16BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const b = this[offset + 1];
  if (a === undefined || b === undefined) boundsFail(offset, this.length - 2);
  return (((a << 8) | b) << 16) >> 16;
}

function readUInt24LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsFail(offset, buf.length - 3);
  return a | (buf[offset + 1] << 8) | (c << 16);
}

function readUInt24BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const c = buf[offset + 2];
  if (a === undefined || c === undefined) boundsFail(offset, buf.length - 3);
  return (a << 16) | (buf[offset + 1] << 8) | c;
}

function readUInt32LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  return a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + d * 0x1000000;
}

function readUInt32BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  return a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + d;
}

function readInt32LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  return a | (this[offset + 1] << 8) | (this[offset + 2] << 16) | (d << 24);
}

function readInt32BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  return (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | d;
}

// 40- and 48-bit values: the low 32 bits unsigned plus the high part scaled.
function readUInt40LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsFail(offset, buf.length - 5);
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + e * 0x100000000;
}

function readUInt40BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsFail(offset, buf.length - 5);
  return a * 0x100000000 + buf[offset + 1] * 0x1000000 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x100 + e;
}

function readInt40LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsFail(offset, buf.length - 5);
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + ((e << 24) >> 24) * 0x100000000;
}

function readInt40BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const e = buf[offset + 4];
  if (a === undefined || e === undefined) boundsFail(offset, buf.length - 5);
  return ((a << 24) >> 24) * 0x100000000 + buf[offset + 1] * 0x1000000 +
    buf[offset + 2] * 0x10000 + buf[offset + 3] * 0x100 + e;
}

function readUInt48LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsFail(offset, buf.length - 6);
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + (buf[offset + 4] | (f << 8)) * 0x100000000;
}

function readUInt48BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsFail(offset, buf.length - 6);
  return ((a << 8) | buf[offset + 1]) * 0x100000000 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + f;
}

function readInt48LE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsFail(offset, buf.length - 6);
  const high = ((buf[offset + 4] | (f << 8)) << 16) >> 16;
  return a + buf[offset + 1] * 0x100 + buf[offset + 2] * 0x10000 +
    buf[offset + 3] * 0x1000000 + high * 0x100000000;
}

function readInt48BE(buf, offset) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = buf[offset];
  const f = buf[offset + 5];
  if (a === undefined || f === undefined) boundsFail(offset, buf.length - 6);
  const high = (((a << 8) | buf[offset + 1]) << 16) >> 16;
  return high * 0x100000000 + buf[offset + 2] * 0x1000000 +
    buf[offset + 3] * 0x10000 + buf[offset + 4] * 0x100 + f;
}

function readUIntLE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readUInt8.call(this, offset);
    case 2: return readUInt16LE.call(this, offset);
    case 3: return readUInt24LE(this, offset);
    case 4: return readUInt32LE.call(this, offset);
    case 5: return readUInt40LE(this, offset);
    case 6: return readUInt48LE(this, offset);
  }
  byteLengthFail(byteLength);
}

function readUIntBE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readUInt8.call(this, offset);
    case 2: return readUInt16BE.call(this, offset);
    case 3: return readUInt24BE(this, offset);
    case 4: return readUInt32BE.call(this, offset);
    case 5: return readUInt40BE(this, offset);
    case 6: return readUInt48BE(this, offset);
  }
  byteLengthFail(byteLength);
}

function readIntLE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readInt8.call(this, offset);
    case 2: return readInt16LE.call(this, offset);
    case 3: return (readUInt24LE(this, offset) << 8) >> 8;
    case 4: return readInt32LE.call(this, offset);
    case 5: return readInt40LE(this, offset);
    case 6: return readInt48LE(this, offset);
  }
  byteLengthFail(byteLength);
}

function readIntBE(offset, byteLength) {
  if (offset === undefined) offsetTypeError(offset);
  switch (byteLength) {
    case 1: return readInt8.call(this, offset);
    case 2: return readInt16BE.call(this, offset);
    case 3: return (readUInt24BE(this, offset) << 8) >> 8;
    case 4: return readInt32BE.call(this, offset);
    case 5: return readInt40BE(this, offset);
    case 6: return readInt48BE(this, offset);
  }
  byteLengthFail(byteLength);
}

function readBigUInt64LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] + this[offset + 5] * 0x100 + this[offset + 6] * 0x10000 +
    h * 0x1000000;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigUInt64BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  const hi = a * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 +
    this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + h;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64LE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  const lo = a + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 +
    this[offset + 3] * 0x1000000;
  const hi = this[offset + 4] | (this[offset + 5] << 8) | (this[offset + 6] << 16) | (h << 24);
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function readBigInt64BE(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  const hi = (a << 24) | (this[offset + 1] << 16) | (this[offset + 2] << 8) | this[offset + 3];
  const lo = this[offset + 4] * 0x1000000 + this[offset + 5] * 0x10000 +
    this[offset + 6] * 0x100 + h;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

// Floats go through one shared scratch word; its byte order decides which of
// the forward/backward copies is LE and which BE (the names match node's).
const f32 = new Float32Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
f32[0] = -1;
const hostIsBigEndian = f32Bytes[3] === 0;

function readFloatForwards(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  f32Bytes[0] = a;
  f32Bytes[1] = this[offset + 1];
  f32Bytes[2] = this[offset + 2];
  f32Bytes[3] = d;
  return f32[0];
}

function readFloatBackwards(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const d = this[offset + 3];
  if (a === undefined || d === undefined) boundsFail(offset, this.length - 4);
  f32Bytes[3] = a;
  f32Bytes[2] = this[offset + 1];
  f32Bytes[1] = this[offset + 2];
  f32Bytes[0] = d;
  return f32[0];
}

function readDoubleForwards(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  f64Bytes[0] = a;
  f64Bytes[1] = this[offset + 1];
  f64Bytes[2] = this[offset + 2];
  f64Bytes[3] = this[offset + 3];
  f64Bytes[4] = this[offset + 4];
  f64Bytes[5] = this[offset + 5];
  f64Bytes[6] = this[offset + 6];
  f64Bytes[7] = h;
  return f64[0];
}

function readDoubleBackwards(offset = 0) {
  if (typeof offset !== 'number') offsetTypeError(offset);
  const a = this[offset];
  const h = this[offset + 7];
  if (a === undefined || h === undefined) boundsFail(offset, this.length - 8);
  f64Bytes[7] = a;
  f64Bytes[6] = this[offset + 1];
  f64Bytes[5] = this[offset + 2];
  f64Bytes[4] = this[offset + 3];
  f64Bytes[3] = this[offset + 4];
  f64Bytes[2] = this[offset + 5];
  f64Bytes[1] = this[offset + 6];
  f64Bytes[0] = h;
  return f64[0];
}

// ---------------------------------------------------------------------------
// Writers. Byte stores into a Uint8Array truncate modulo 256, so each byte is
// the value (or a shift of it) stored directly.

function write8(buf, value, offset, min, max) {
  value = +value;
  if (typeof offset !== 'number') offsetTypeError(offset);
  if (value > max || value < min) valueRangeFail(value, min, max, 1);
  if (buf[offset] === undefined) boundsFail(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

function write16LE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 2);
  checkWriteBounds(buf, offset, 2);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  return offset + 2;
}

function write16BE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 2);
  checkWriteBounds(buf, offset, 2);
  buf[offset] = value >>> 8;
  buf[offset + 1] = value;
  return offset + 2;
}

function write24LE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 3);
  checkWriteBounds(buf, offset, 3);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  return offset + 3;
}

function write24BE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 3);
  checkWriteBounds(buf, offset, 3);
  buf[offset] = value >>> 16;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value;
  return offset + 3;
}

function write32LE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 4);
  checkWriteBounds(buf, offset, 4);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  return offset + 4;
}

function write32BE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 4);
  checkWriteBounds(buf, offset, 4);
  buf[offset] = value >>> 24;
  buf[offset + 1] = value >>> 16;
  buf[offset + 2] = value >>> 8;
  buf[offset + 3] = value;
  return offset + 4;
}

function write40LE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 5);
  checkWriteBounds(buf, offset, 5);
  const high = Math.floor(value / 0x100000000);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  return offset + 5;
}

function write40BE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 5);
  checkWriteBounds(buf, offset, 5);
  const high = Math.floor(value / 0x100000000);
  buf[offset] = high;
  buf[offset + 1] = value >>> 24;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 8;
  buf[offset + 4] = value;
  return offset + 5;
}

function write48LE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 6);
  checkWriteBounds(buf, offset, 6);
  const high = Math.floor(value / 0x100000000);
  buf[offset] = value;
  buf[offset + 1] = value >>> 8;
  buf[offset + 2] = value >>> 16;
  buf[offset + 3] = value >>> 24;
  buf[offset + 4] = high;
  buf[offset + 5] = high >>> 8;
  return offset + 6;
}

function write48BE(buf, value, offset, min, max) {
  value = +value;
  if (value > max || value < min) valueRangeFail(value, min, max, 6);
  checkWriteBounds(buf, offset, 6);
  const high = Math.floor(value / 0x100000000);
  buf[offset] = high >>> 8;
  buf[offset + 1] = high;
  buf[offset + 2] = value >>> 24;
  buf[offset + 3] = value >>> 16;
  buf[offset + 4] = value >>> 8;
  buf[offset + 5] = value;
  return offset + 6;
}

function writeUInt8(value, offset = 0) { return write8(this, value, offset, 0, 0xff); }
function writeInt8(value, offset = 0) { return write8(this, value, offset, -0x80, 0x7f); }
function writeUInt16LE(value, offset = 0) { return write16LE(this, value, offset, 0, 0xffff); }
function writeUInt16BE(value, offset = 0) { return write16BE(this, value, offset, 0, 0xffff); }
function writeInt16LE(value, offset = 0) { return write16LE(this, value, offset, -0x8000, 0x7fff); }
function writeInt16BE(value, offset = 0) { return write16BE(this, value, offset, -0x8000, 0x7fff); }
function writeUInt32LE(value, offset = 0) {
  return write32LE(this, value, offset, 0, 0xffffffff);
}
function writeUInt32BE(value, offset = 0) {
  return write32BE(this, value, offset, 0, 0xffffffff);
}
function writeInt32LE(value, offset = 0) {
  return write32LE(this, value, offset, -0x80000000, 0x7fffffff);
}
function writeInt32BE(value, offset = 0) {
  return write32BE(this, value, offset, -0x80000000, 0x7fffffff);
}

function writeUIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, 0, 0xff);
    case 2: return write16LE(this, value, offset, 0, 0xffff);
    case 3: return write24LE(this, value, offset, 0, 0xffffff);
    case 4: return write32LE(this, value, offset, 0, 0xffffffff);
    case 5: return write40LE(this, value, offset, 0, 0xffffffffff);
    case 6: return write48LE(this, value, offset, 0, 0xffffffffffff);
  }
  byteLengthFail(byteLength);
}

function writeUIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, 0, 0xff);
    case 2: return write16BE(this, value, offset, 0, 0xffff);
    case 3: return write24BE(this, value, offset, 0, 0xffffff);
    case 4: return write32BE(this, value, offset, 0, 0xffffffff);
    case 5: return write40BE(this, value, offset, 0, 0xffffffffff);
    case 6: return write48BE(this, value, offset, 0, 0xffffffffffff);
  }
  byteLengthFail(byteLength);
}

function writeIntLE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, -0x80, 0x7f);
    case 2: return write16LE(this, value, offset, -0x8000, 0x7fff);
    case 3: return write24LE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return write32LE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return write40LE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return write48LE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  byteLengthFail(byteLength);
}

function writeIntBE(value, offset, byteLength) {
  switch (byteLength) {
    case 1: return write8(this, value, offset, -0x80, 0x7f);
    case 2: return write16BE(this, value, offset, -0x8000, 0x7fff);
    case 3: return write24BE(this, value, offset, -0x800000, 0x7fffff);
    case 4: return write32BE(this, value, offset, -0x80000000, 0x7fffffff);
    case 5: return write40BE(this, value, offset, -0x8000000000, 0x7fffffffff);
    case 6: return write48BE(this, value, offset, -0x800000000000, 0x7fffffffffff);
  }
  byteLengthFail(byteLength);
}

function writeBig64LE(buf, value, offset, min, max) {
  if (value > max || value < min) valueRangeFail(value, min, max, 8);
  checkWriteBounds(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset] = lo;
  buf[offset + 1] = lo >>> 8;
  buf[offset + 2] = lo >>> 16;
  buf[offset + 3] = lo >>> 24;
  buf[offset + 4] = hi;
  buf[offset + 5] = hi >>> 8;
  buf[offset + 6] = hi >>> 16;
  buf[offset + 7] = hi >>> 24;
  return offset + 8;
}

function writeBig64BE(buf, value, offset, min, max) {
  if (value > max || value < min) valueRangeFail(value, min, max, 8);
  checkWriteBounds(buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  buf[offset] = hi >>> 24;
  buf[offset + 1] = hi >>> 16;
  buf[offset + 2] = hi >>> 8;
  buf[offset + 3] = hi;
  buf[offset + 4] = lo >>> 24;
  buf[offset + 5] = lo >>> 16;
  buf[offset + 6] = lo >>> 8;
  buf[offset + 7] = lo;
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64LE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64BE(this, value, offset, 0n, 0xffffffffffffffffn);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64LE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64BE(this, value, offset, -0x8000000000000000n, 0x7fffffffffffffffn);
}

function writeFloatForwards(value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 4);
  f32[0] = value;
  this[offset] = f32Bytes[0];
  this[offset + 1] = f32Bytes[1];
  this[offset + 2] = f32Bytes[2];
  this[offset + 3] = f32Bytes[3];
  return offset + 4;
}

function writeFloatBackwards(value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 4);
  f32[0] = value;
  this[offset] = f32Bytes[3];
  this[offset + 1] = f32Bytes[2];
  this[offset + 2] = f32Bytes[1];
  this[offset + 3] = f32Bytes[0];
  return offset + 4;
}

function writeDoubleForwards(value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 8);
  f64[0] = value;
  this[offset] = f64Bytes[0];
  this[offset + 1] = f64Bytes[1];
  this[offset + 2] = f64Bytes[2];
  this[offset + 3] = f64Bytes[3];
  this[offset + 4] = f64Bytes[4];
  this[offset + 5] = f64Bytes[5];
  this[offset + 6] = f64Bytes[6];
  this[offset + 7] = f64Bytes[7];
  return offset + 8;
}

function writeDoubleBackwards(value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 8);
  f64[0] = value;
  this[offset] = f64Bytes[7];
  this[offset + 1] = f64Bytes[6];
  this[offset + 2] = f64Bytes[5];
  this[offset + 3] = f64Bytes[4];
  this[offset + 4] = f64Bytes[3];
  this[offset + 5] = f64Bytes[2];
  this[offset + 6] = f64Bytes[1];
  this[offset + 7] = f64Bytes[0];
  return offset + 8;
}

// ---------------------------------------------------------------------------
// The raw per-encoding methods (node exposes them on Buffer.prototype; other
// lib code and util.inspect use hexSlice and friends). Their argument errors
// are the ones node's native code throws: plain errors carrying a `code`.

function nativeError(Ctor, message, code) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// An index argument as node's native methods read it: undefined gives the
// default, anything else is converted to an integer; negatives are an error.
function indexArg(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value);
  if (n < 0) throw nativeError(RangeError, 'Index out of range', 'ERR_OUT_OF_RANGE');
  return n !== n ? 0 : n;  // NaN → 0
}

function makeSlice(enc) {
  return function(start, end) {
    const len = this.byteLength;
    start = indexArg(start, 0);
    end = indexArg(end, len);
    if (end < start) end = start;
    if (end > len) throw nativeError(RangeError, 'Index out of range', 'ERR_OUT_OF_RANGE');
    if (start === end) return '';
    return binding.toString(this, start, end, enc);
  };
}

function makeWrite(enc) {
  return function(string, offset, length) {
    if (typeof string !== 'string') {
      throw nativeError(TypeError, 'argument must be a string', 'ERR_INVALID_ARG_TYPE');
    }
    const len = this.byteLength;
    offset = indexArg(offset, 0);
    if (offset > len) {
      throw nativeError(RangeError, '"offset" is outside of buffer bounds', 'ERR_BUFFER_OUT_OF_BOUNDS');
    }
    length = indexArg(length, len - offset);
    if (length > len - offset) length = len - offset;
    if (length === 0) return 0;
    return binding.write(this, string, offset, length, enc);
  };
}

function setName(fn, name) {
  Object.defineProperty(fn, 'name', { __proto__: null, value: name, configurable: true });
  return fn;
}

const asciiSlice = setName(makeSlice(kEnc.ascii), 'asciiSlice');
const base64Slice = setName(makeSlice(kEnc.base64), 'base64Slice');
const base64urlSlice = setName(makeSlice(kEnc.base64url), 'base64urlSlice');
const latin1Slice = setName(makeSlice(kEnc.latin1), 'latin1Slice');
const hexSlice = setName(makeSlice(kEnc.hex), 'hexSlice');
const ucs2Slice = setName(makeSlice(kEnc.ucs2), 'ucs2Slice');
const utf8Slice = setName(makeSlice(kEnc.utf8), 'utf8Slice');
const asciiWrite = setName(makeWrite(kEnc.ascii), 'asciiWrite');
const base64Write = setName(makeWrite(kEnc.base64), 'base64Write');
const base64urlWrite = setName(makeWrite(kEnc.base64url), 'base64urlWrite');
const latin1Write = setName(makeWrite(kEnc.latin1), 'latin1Write');
const hexWrite = setName(makeWrite(kEnc.hex), 'hexWrite');
const ucs2Write = setName(makeWrite(kEnc.ucs2), 'ucs2Write');
const utf8Write = setName(makeWrite(kEnc.utf8), 'utf8Write');

function addBufferPrototypeMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE,
    readBigUint64LE: readBigUInt64LE, readBigUint64BE: readBigUInt64BE,
    readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE,
    writeBigUint64LE: writeBigUInt64LE, writeBigUint64BE: writeBigUInt64BE,
    writeBigInt64LE, writeBigInt64BE,

    readUIntLE, readUInt32LE, readUInt16LE, readUInt8,
    readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8,
    readUintBE: readUIntBE, readUint32BE: readUInt32BE, readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8,
    readIntBE, readInt32BE, readInt16BE,

    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8,
    writeUIntBE, writeUInt32BE, writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8,
    writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE, writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8,
    writeIntBE, writeInt32BE, writeInt16BE,

    readFloatLE: hostIsBigEndian ? readFloatBackwards : readFloatForwards,
    readFloatBE: hostIsBigEndian ? readFloatForwards : readFloatBackwards,
    readDoubleLE: hostIsBigEndian ? readDoubleBackwards : readDoubleForwards,
    readDoubleBE: hostIsBigEndian ? readDoubleForwards : readDoubleBackwards,
    writeFloatLE: hostIsBigEndian ? writeFloatBackwards : writeFloatForwards,
    writeFloatBE: hostIsBigEndian ? writeFloatForwards : writeFloatBackwards,
    writeDoubleLE: hostIsBigEndian ? writeDoubleBackwards : writeDoubleForwards,
    writeDoubleBE: hostIsBigEndian ? writeDoubleForwards : writeDoubleBackwards,

    asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
    asciiWrite, base64Write, base64urlWrite, latin1Write, hexWrite, ucs2Write, utf8Write,
  };
  // Plain assignment: enumerable, writable and configurable, as node's are.
  for (const key of Object.keys(methods)) proto[key] = methods[key];
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  nativeError,
};
