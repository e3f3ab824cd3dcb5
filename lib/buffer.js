'use strict';

// node:buffer. A Buffer is a FastBuffer (a Uint8Array subclass) whose
// prototype is Buffer.prototype. Encoding, decoding, searching and comparing
// are single calls into internalBinding('buffer'); the fixed-width number
// methods live in internal/buffer and are plain JS.

const binding = internalBinding('buffer');
const {
  FastBuffer,
  addBufferPrototypeMethods,
  nativeError,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
  genericNodeError,
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  customInspectSymbol,
  defineLazyProperties,
  isInsideNodeModules,
  kIsEncodingSymbol,
  lazyDOMException,
  normalizeEncoding,
} = require('internal/util');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');

const kEnc = binding.encodings;
const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;

const {
  byteLength: bindingByteLength,
  write: bindingWrite,
  toString: bindingToString,
} = binding;

const TypedArrayFill = Uint8Array.prototype.fill;

let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Encodings: one record per canonical encoding, found by name (exact, then
// lower-cased).

function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3D) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3D) n--;
  return (n * 3) >>> 2;
}

function makeOps(name, enc, byteLength) {
  return { name, enc, byteLength };
}

// UTF-8 length of a string: short ones are measured here, since a call into
// the binding costs more than walking a few dozen UTF-16 units. A lone
// surrogate counts 3 bytes (it is written as U+FFFD), a pair 4.
function utf8ByteLength(string) {
  const n = string.length;
  if (n > 64) return bindingByteLength(string, kEnc.utf8);
  let bytes = n;
  for (let i = 0; i < n; i++) {
    const c = string.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n &&
               (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      bytes += 2;
      i++;
    } else {
      bytes += 2;
    }
  }
  return bytes;
}

const utf8Ops = makeOps('utf8', kEnc.utf8, utf8ByteLength);
const ucs2Ops = makeOps('utf16le', kEnc.ucs2, (s) => s.length * 2);
const latin1Ops = makeOps('latin1', kEnc.latin1, (s) => s.length);
const asciiOps = makeOps('ascii', kEnc.ascii, (s) => s.length);
const base64Ops = makeOps('base64', kEnc.base64, base64ByteLength);
const base64urlOps = makeOps('base64url', kEnc.base64url, base64ByteLength);
const hexOps = makeOps('hex', kEnc.hex, (s) => s.length >>> 1);

const opsByName = {
  __proto__: null,
  'utf8': utf8Ops,
  'utf-8': utf8Ops,
  'ucs2': ucs2Ops,
  'ucs-2': ucs2Ops,
  'utf16le': ucs2Ops,
  'utf-16le': ucs2Ops,
  'latin1': latin1Ops,
  'binary': latin1Ops,
  'ascii': asciiOps,
  'base64': base64Ops,
  'base64url': base64urlOps,
  'hex': hexOps,
};

function getEncodingOps(encoding) {
  encoding += '';
  const ops = opsByName[encoding];
  if (ops !== undefined) return ops;
  return opsByName[encoding.toLowerCase()];
}

// ---------------------------------------------------------------------------
// The allocation pool: small allocUnsafe/from results are views on a shared
// ArrayBuffer, as node's are.

let poolSize;
let poolOffset;
let allocPool;
let allocPoolView;  // the whole pool, for the binding to write strings into

// Memory for allocUnsafe is not zeroed (the binding mallocs it), as node's.
function unsafeArrayBuffer(size) {
  return binding.allocUninitialized(size);
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = unsafeArrayBuffer(poolSize);
  allocPoolView = new Uint8Array(allocPool);
  poolOffset = 0;
}

function alignPool() {
  // Keep every pooled buffer 8-byte aligned.
  if (poolOffset & 7) poolOffset = (poolOffset | 7) + 1;
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += b.length;
    alignPool();
    return b;
  }
  return new FastBuffer(unsafeArrayBuffer(size), 0, size);
}

function fromStringFast(string, ops) {
  const half = Buffer.poolSize >>> 1;
  let maxLength;
  if (ops === utf8Ops) {
    // Up to three bytes per UTF-16 unit: a short string can be written straight
    // into the pool in one native call, without measuring it first.
    maxLength = string.length * 3;
    if (maxLength >= half) {
      // At least a byte per unit: a long string goes to its own buffer
      // without a measuring pass over it.
      if (string.length >= half) return fromStringSlow(string, ops);
      maxLength = bindingByteLength(string, kEnc.utf8);
      if (maxLength >= half) return fromStringSlow(string, ops);
    }
  } else {
    maxLength = ops.byteLength(string);
    if (maxLength >= half) return fromStringSlow(string, ops);
  }
  if (maxLength > poolSize - poolOffset) createPool();
  const written = bindingWrite(allocPoolView, string, poolOffset, maxLength, ops.enc);
  const b = new FastBuffer(allocPool, poolOffset, written);
  poolOffset += written;
  alignPool();
  return b;
}

function fromStringSlow(string, ops) {
  const u8 = binding.fromString(string, ops.enc);
  return new FastBuffer(u8.buffer, u8.byteOffset, u8.length);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = utf8Ops;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    b.set(obj, 0);
    poolOffset += b.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

// ---------------------------------------------------------------------------
// Buffer

const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
  'Buffer.from() methods instead.';
let bufferWarned = false;

function showFlaggedDeprecation() {
  if (bufferWarned) return;
  if (isInsideNodeModules()) return;
  bufferWarned = true;
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, 'prototype', { __proto__: null, value: FastBuffer.prototype });
FastBuffer.prototype.constructor = Buffer;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = view.subarray(offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

function assertSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  assertSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return fillImpl(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  assertSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  assertSize(size);
  return new FastBuffer(unsafeArrayBuffer(size), 0, size);
};

function SlowBuffer(size) {
  assertSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    getEncodingOps(encoding) !== undefined;
};
Buffer[kIsEncodingSymbol] = Buffer.isEncoding;

// A non-negative integer offset no larger than `max`.
function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      const itemLength = list[i].length;
      if (itemLength) length += itemLength;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    const bufLength = buf.length;
    pos += copyActual(buf, buffer, pos, 0, bufLength, bufLength, length);
  }
  // An explicit length beyond the inputs: the rest reads as zeros.
  if (pos < length) TypedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && string.length === 0) return 0;
  if (!encoding) return mustMatch ? -1 : utf8ByteLength(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : utf8ByteLength(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Buffer.prototype

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Number conversion as node's copy() does it: non-finite or unsafe numbers
// become the default, the rest are floored.
function toInteger(n, def) {
  n = +n;
  if (n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return Math.floor(n);
  return def;
}

// Lengths are passed in: every typed-array length read is a generic
// property load in V8 10.2's concurrently compiled code (see
// benchmark/v8/typed-array-length.js), so each is read once.
function copyActual(source, target, targetStart, sourceStart, sourceEnd, sourceLength, targetLength) {
  if (sourceEnd - sourceStart > targetLength - targetStart) {
    sourceEnd = sourceStart + targetLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLeft = sourceLength - sourceStart;
  if (nb > sourceLeft) nb = sourceLeft;
  if (nb <= 0) return 0;
  if (sourceStart === 0 && nb === sourceLength) {
    target.set(source, targetStart);
  } else {
    binding.copy(source, target, targetStart, sourceStart, nb);
  }
  return nb;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);

  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }

  const sourceLength = this.byteLength;
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${sourceLength}`, sourceStart);
    }
  }

  if (sourceEnd === undefined) {
    sourceEnd = sourceLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }

  const targetLength = target.byteLength;
  if (targetStart >= targetLength || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd, sourceLength, targetLength);
};

proto.toString = function toString(encoding, start, end) {
  const len = this.length;
  if (arguments.length === 0) {
    return len === 0 ? '' : bindingToString(this, 0, len, kEnc.utf8);
  }
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;

  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;

  if (end <= start) return '';

  if (encoding === undefined) return bindingToString(this, start, end, kEnc.utf8);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return bindingToString(this, start, end, ops.enc);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
};

// `<Buffer 68 69 ... 3 more bytes, extra: 1>`
proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const shown = Math.min(max, this.length);
  const remaining = this.length - max;
  const hex = shown > 0 ? this.hexSlice(0, shown) : '';
  let str = '';
  for (let i = 0; i < hex.length; i += 2) {
    if (i !== 0) str += ' ';
    str += hex[i] + hex[i + 1];
  }
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    // Own non-index properties are shown after the bytes.
    const utilBinding = internalBinding('util');
    const filter = ctx.showHidden ?
      utilBinding.constants.ALL_PROPERTIES : utilBinding.constants.ONLY_ENUMERABLE;
    const keys = utilBinding.getOwnNonIndexProperties(this, filter);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      const { inspect: utilInspect } = require('internal/util/inspect');
      const inner = utilInspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the '[Object: null prototype] {' prefix and the ' }' suffix.
      const body = inner.slice(inner.indexOf('{') + 2, -2);
      if (this.length !== 0) str += ', ';
      str += body;
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, target);

  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');

  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);

  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');

  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf / lastIndexOf / includes. `forward` picks the direction.
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, forward) {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  // undefined, NaN and other non-numbers: search the whole buffer.
  if (byteOffset !== byteOffset) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  // Only whole offsets reach the binding.
  byteOffset = Math.trunc(byteOffset);

  if (typeof val === 'number') {
    return binding.indexOfNumber(buffer, (val >>> 0) & 0xff, byteOffset, forward);
  }

  const ops = encoding === undefined ? utf8Ops : getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (ops === base64Ops || ops === base64urlOps || ops === hexOps) {
      // Searched for as the bytes the string decodes to.
      return binding.indexOfBuffer(buffer, fromStringFast(val, ops), byteOffset, ops.enc, forward);
    }
    return binding.indexOfString(buffer, val, byteOffset, ops.enc, forward);
  }

  if (isUint8Array(val)) {
    const enc = ops === undefined ? kEnc.utf8 : ops.enc;
    return binding.indexOfBuffer(buffer, val, byteOffset, enc, forward);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

const normalizedToEnc = {
  __proto__: null,
  utf8: kEnc.utf8,
  utf16le: kEnc.ucs2,
  latin1: kEnc.latin1,
  ascii: kEnc.ascii,
  base64: kEnc.base64,
  base64url: kEnc.base64url,
  hex: kEnc.hex,
};

function fillImpl(buf, value, offset, end, encoding) {
  let enc;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }

    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    enc = normalizedToEnc[normalized];

    if (value.length === 0) {
      // An empty string fills with zeros.
      value = 0;
    } else if (value.length === 1) {
      // One character that is one byte: fill with the number.
      const code = value.charCodeAt(0);
      if ((enc === kEnc.utf8 && code < 128) || enc === kEnc.latin1) value = code;
    }
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    TypedArrayFill.call(buf, value, offset, end);
  } else if (typeof value === 'string') {
    if (binding.fill(buf, value, offset, end, enc) === 0) {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else if (isArrayBufferView(value)) {
    const bytes = isUint8Array(value) ? value :
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    if (binding.fill(buf, bytes, offset, end, kEnc.utf8) === 0) {
      throw new ERR_INVALID_ARG_VALUE('value', value);
    }
  } else {
    // Anything else is a byte value: ToUint32, low eight bits.
    TypedArrayFill.call(buf, (value >>> 0) & 0xff, offset, end);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  const bufferLength = this.length;
  if (offset === undefined) return writeUtf8(this, string, 0, bufferLength);

  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = bufferLength;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, bufferLength);
    const remaining = bufferLength - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, bufferLength);
      if (length > remaining) length = remaining;
    }
  }

  if (!encoding || encoding === 'utf8') return writeUtf8(this, string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'argument must be a string', 'ERR_INVALID_ARG_TYPE');
  }
  if (length === 0) return 0;
  return bindingWrite(this, string, offset, length, ops.enc);
};

// write()'s utf8 case, with offset and length already checked against the
// buffer (what utf8Write would check again).
function writeUtf8(buf, string, offset, length) {
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'argument must be a string', 'ERR_INVALID_ARG_TYPE');
  }
  if (length === 0) return 0;
  return bindingWrite(buf, string, offset, length, kEnc.utf8);
}

proto.toJSON = function toJSON() {
  const len = this.length;
  const data = new Array(len);
  for (let i = 0; i < len; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

// Clamps a subarray bound: negatives count from the end.
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || offset !== offset) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const len = this.length;
  start = adjustOffset(start, len);
  end = end !== undefined ? adjustOffset(end, len) : len;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) {
      const t = this[i];
      this[i] = this[i + 1];
      this[i + 1] = t;
    }
    return this;
  }
  binding.swap16(this);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      const a = this[i];
      const b = this[i + 1];
      this[i] = this[i + 3];
      this[i + 1] = this[i + 2];
      this[i + 2] = b;
      this[i + 3] = a;
    }
    return this;
  }
  binding.swap32(this);
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      for (let j = 0; j < 4; j++) {
        const t = this[i + j];
        this[i + j] = this[i + 7 - j];
        this[i + 7 - j] = t;
      }
    }
    return this;
  }
  binding.swap64(this);
  return this;
};

addBufferPrototypeMethods(proto);

// ---------------------------------------------------------------------------
// Free functions

function isUtf8(input) {
  return validateBytes(input, binding.isUtf8);
}

function isAscii(input) {
  return validateBytes(input, binding.isAscii);
}

function validateBytes(input, check) {
  let view;
  if (isTypedArray(input)) {
    view = input;
  } else if (isAnyArrayBuffer(input)) {
    try {
      view = new Uint8Array(input);
    } catch {
      throw nativeError(Error, 'Cannot validate on a detached buffer', 'ERR_INVALID_STATE');
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (view.byteLength === 0 && view.buffer.byteLength === 0) {
    // A detached buffer reads as empty; tell the two apart.
    try {
      new Uint8Array(view.buffer);
    } catch {
      throw nativeError(Error, 'Cannot validate on a detached buffer', 'ERR_INVALID_STATE');
    }
  }
  return check(view);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (input.length === 0) return '';
  const bytes = binding.fromString(input, kEnc.latin1);
  return bindingToString(bytes, 0, bytes.length, kEnc.base64);
}

const kAsciiWhitespace = /[\t\n\f\r ]/g;
const kNotBase64 = /[^A-Za-z0-9+/]/;

// WHATWG forgiving-base64 decode, with node's two messages: a character that
// cannot appear where it is ('Invalid character') and a length that leaves a
// single character over ('not correctly encoded').
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (kAsciiWhitespace.test(input)) {
    kAsciiWhitespace.lastIndex = 0;
    input = input.replace(kAsciiWhitespace, '');
  }
  let end = input.length;
  let padding = 0;
  while (padding < 2 && end > 0 && input.charCodeAt(end - 1) === 0x3D) {
    end--;
    padding++;
  }
  if (end !== input.length) input = input.slice(0, end);
  if (kNotBase64.test(input)) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (end % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  if (padding > 0 && (end + padding) % 4 !== 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (end === 0) return '';
  const bytes = binding.fromString(input, kEnc.base64);
  return bytes.length === 0 ? '' : bindingToString(bytes, 0, bytes.length, kEnc.latin1);
}

// transcode(): the conversions node's ICU build offers between utf8, ucs2,
// latin1 and ascii, done as decode + encode. Characters the target cannot
// represent become '?' (one per code point), as ICU's converters do.
const kTranscodable = { __proto__: null, utf8: true, utf16le: true, latin1: true, ascii: true };
const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const kLoneSurrogates = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const kNotLatin1 = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\xFF]/g;
const kNotAscii = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\x7F]/g;
const kHighBytes = /[\x80-\xFF]/g;

function transcodeError(code, errno) {
  return genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno });
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);

  const from = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  if (kTranscodable[from] !== true || kTranscodable[to] !== true) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  }

  const len = source.length;
  let str;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !binding.isUtf8(source)) {
        throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      }
      str = bindingToString(source, 0, len, kEnc.utf8);
      break;
    case 'utf16le': {
      const even = len & ~1;
      str = even === 0 ? '' : bindingToString(source, 0, even, kEnc.ucs2);
      if (to === 'utf8') {
        if (kLoneSurrogate.test(str)) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      } else if (to === 'utf16le') {
        str = str.replace(kLoneSurrogates, '\uFFFD');
        if (even !== len) str += '\uFFFD';
      }
      break;
    }
    case 'latin1':
      str = bindingToString(source, 0, len, kEnc.latin1);
      break;
    case 'ascii':
      str = bindingToString(source, 0, len, kEnc.latin1);
      // Bytes above 0x7f are invalid ASCII, except when widening to UCS-2.
      if (to !== 'utf16le') str = str.replace(kHighBytes, '\uFFFD');
      break;
  }

  let enc;
  switch (to) {
    case 'utf8': enc = kEnc.utf8; break;
    case 'utf16le': enc = kEnc.ucs2; break;
    case 'latin1':
      str = str.replace(kNotLatin1, '?');
      enc = kEnc.latin1;
      break;
    case 'ascii':
      str = str.replace(kNotAscii, '?');
      enc = kEnc.latin1;
      break;
  }
  if (str.length === 0) return new FastBuffer();
  return fromStringSlow(str, to === 'utf8' ? utf8Ops : { enc });
}

// ---------------------------------------------------------------------------
// Exports

const constants = {};
Object.defineProperties(constants, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, writable: false, enumerable: true,
  },
});

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
};

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
});

defineLazyProperties(module.exports, 'internal/blob', ['Blob', 'resolveObjectURL', 'File']);
