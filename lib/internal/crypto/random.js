'use strict';

// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues.
// Bytes come from OpenSSL's CSPRNG (RAND_bytes) through binding.randomFill;
// async forms fill on the thread pool. Small synchronous requests (randomInt,
// randomUUID, randomBytes/randomFillSync of up to kPooledMax bytes) are served
// from a cache of random bytes refilled 8 KiB at a time: one RAND_bytes call
// costs ~3 us of locking whatever its size, so a 32-byte token drawn from the
// cache is ~20 times cheaper. Each cached byte is handed out once.

const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { lazyDOMException } = require('internal/util');
const { binding } = require('internal/crypto/util');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;

let Buffer;
function allocUnsafe(size) {
  if (Buffer === undefined) Buffer = require('buffer').Buffer;
  return Buffer.allocUnsafe(size);
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function validateBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  return buf.BYTES_PER_ELEMENT || 1;
}

// Fills [offset, offset + size) of a view or ArrayBuffer, now.
function fillSync(buf, offset, size) {
  if (size > kPooledMax) {
    binding.randomFill(buf, offset, size);
    return;
  }
  const at = takeRandom(size);
  let dst = buf;
  if (buf.BYTES_PER_ELEMENT !== 1 || !isArrayBufferView(buf)) {
    dst = isArrayBufferView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) :
      new Uint8Array(buf);
  }
  for (let i = 0; i < size; i++) dst[offset + i] = cache[at + i];
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxInt32);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = allocUnsafe(size);
  if (callback === undefined) {
    if (buf.length > 0) fillSync(buf, 0, buf.length);
    return buf;
  }
  binding.randomFill(buf, 0, buf.length, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  const elementSize = validateBuf(buf);
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size > 0) fillSync(buf, offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  const elementSize = validateBuf(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  binding.randomFill(buf, offset, size, (err) => {
    if (err) callback(err);
    else callback(null, buf);
  });
}

// --- the cache of random bytes for small requests ----------------------------

const kCacheSize = 8 * 1024;
const kPooledMax = 256;
let cache;
let cachePos = kCacheSize;

function takeRandom(n) {
  if (cachePos + n > kCacheSize) {
    if (cache === undefined) cache = new Uint8Array(kCacheSize);
    binding.randomFill(cache, 0, kCacheSize);
    cachePos = 0;
  }
  const at = cachePos;
  cachePos += n;
  return at;
}

// Largest range whose results stay uniform with 48-bit draws.
const kRandIntMaxRange = 2 ** 48 - 1;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) {
    throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kRandIntMaxRange)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`,
                               `<= ${kRandIntMaxRange}`, range);
  }
  // Rejection sampling: draws at or above the largest multiple of range
  // below 2**48 would favour small results.
  const limit = 2 ** 48 - (2 ** 48 % range);
  let n;
  for (;;) {
    const at = takeRandom(6);
    const x = cache[at] * 2 ** 40 + cache[at + 1] * 2 ** 32 + cache[at + 2] * 2 ** 24 +
      cache[at + 3] * 2 ** 16 + cache[at + 4] * 2 ** 8 + cache[at + 5];
    if (x < limit) {
      n = min + (x % range);
      break;
    }
  }
  if (isSync) return n;
  process.nextTick(callback, undefined, n);
}

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push((i < 16 ? '0' : '') + i.toString(16));

function uuidFrom(b, i) {
  const h = kHex;
  return h[b[i]] + h[b[i + 1]] + h[b[i + 2]] + h[b[i + 3]] + '-' +
    h[b[i + 4]] + h[b[i + 5]] + '-' +
    h[(b[i + 6] & 0x0f) | 0x40] + h[b[i + 7]] + '-' +
    h[(b[i + 8] & 0x3f) | 0x80] + h[b[i + 9]] + '-' +
    h[b[i + 10]] + h[b[i + 11]] + h[b[i + 12]] + h[b[i + 13]] + h[b[i + 14]] + h[b[i + 15]];
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  if (disableEntropyCache) {
    const b = new Uint8Array(16);
    binding.randomFill(b, 0, 16);
    return uuidFrom(b, 0);
  }
  const at = takeRandom(16);
  return uuidFrom(cache, at);
}

// WebCrypto's getRandomValues: integer typed arrays of at most 65536 bytes.
function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException('The requested length exceeds 65,536 bytes',
                           'QuotaExceededError');
  }
  if (data.byteLength > 0) fillSync(data, 0, data.byteLength);
  return data;
}

function isIntegerTypedArray(data) {
  if (!isArrayBufferView(data)) return false;
  switch (Object.prototype.toString.call(data)) {
    case '[object Int8Array]':
    case '[object Uint8Array]':
    case '[object Uint8ClampedArray]':
    case '[object Int16Array]':
    case '[object Uint16Array]':
    case '[object Int32Array]':
    case '[object Uint32Array]':
    case '[object BigInt64Array]':
    case '[object BigUint64Array]':
      return true;
  }
  return false;
}

module.exports = {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
};
