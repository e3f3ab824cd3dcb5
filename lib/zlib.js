'use strict';
// node:zlib — compression streams (Deflate, Gzip, BrotliCompress, ...), their
// one-shot forms (deflateSync, gzip(buf, cb), ...) and crc32.
//
// HOW: every stream is a Transform around a native handle
// (internalBinding('zlib').Zlib, src/zlib.cc). A chunk is fed to the handle
// with an output window [outOffset, chunkSize) of the current output buffer;
// the handle reports [availOutAfter, availInAfter] in this._writeState. Output
// produced is pushed; while the output window came back full the handle may
// hold more, so the same chunk is written again (with the input left) into a
// fresh buffer. The async form runs each step on the thread pool (a
// deflater there compresses blocks in parallel and may complete a step at
// once); the sync form (xSync) loops in place.
//
// WHY libdeflate: deflateSync/gzipSync/deflateRawSync, gunzipSync/unzipSync
// of one gzip member, and their callback forms handle the whole buffer in one
// call, where libdeflate is much faster than zlib; they take that path when
// no option needs a zlib stream (dictionary, windowBits, memLevel, strategy,
// finishFlush, info), and fall back to zlib for anything libdeflate declines.

const binding = internalBinding('zlib');
const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32 } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { deprecate } = require('internal/util');

const constants = Object.freeze(Object.assign({ __proto__: null }, binding.constants,
                                              { Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15,
                                                Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64,
                                                Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
                                                Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9,
                                                Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1,
                                                Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1 }));
// Order the keys as node lists them: the limits follow the modes.
const orderedConstants = (() => {
  const o = { __proto__: null };
  const keys = Object.keys(constants);
  const limits = keys.filter((k) => /^Z_(MIN|MAX|DEFAULT)_(WINDOWBITS|CHUNK|MEMLEVEL|LEVEL)$/.test(k));
  // Read-only values on an extensible object, as node's.
  const define = (k) => Object.defineProperty(o, k, {
    __proto__: null, value: constants[k], writable: false, enumerable: true, configurable: false,
  });
  for (const k of keys) {
    if (limits.includes(k)) continue;
    if (k === 'BROTLI_OPERATION_PROCESS') limits.forEach(define);
    define(k);
  }
  return o;
})();

const {
  Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS,
  Z_MIN_LEVEL, Z_MAX_LEVEL, Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL,
  Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY, Z_FIXED,
  DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE, BROTLI_ENCODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
  BROTLI_OPERATION_EMIT_METADATA, BROTLI_PARAM_NDIRECT,
} = constants;

// zlib.codes: the zlib return codes, both ways.
const codes = {
  Z_OK: constants.Z_OK,
  Z_STREAM_END: constants.Z_STREAM_END,
  Z_NEED_DICT: constants.Z_NEED_DICT,
  Z_ERRNO: constants.Z_ERRNO,
  Z_STREAM_ERROR: constants.Z_STREAM_ERROR,
  Z_DATA_ERROR: constants.Z_DATA_ERROR,
  Z_MEM_ERROR: constants.Z_MEM_ERROR,
  Z_BUF_ERROR: constants.Z_BUF_ERROR,
  Z_VERSION_ERROR: constants.Z_VERSION_ERROR,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const kFlushFlag = Symbol('kFlushFlag');        // on an empty chunk written by flush()
const kError = Symbol('kError');                // the handle's error, for the sync path
const kSyncWrite = Symbol('kSyncWrite');        // a writeSync is running
const kResume = Symbol('kResume');              // continues a chunk once the reader wants more
const kOutSize = Symbol('kOutSize');            // the output area: a few chunkSize segments

// An async write's output window spans up to 4 segments of chunkSize (64 KiB
// at most), so a large output takes a quarter of the thread-pool round trips;
// what it produces is pushed cut at the segment boundaries, so 'data' events
// are the chunks one chunkSize window per write would give.
function outAreaSize(chunkSize) {
  const segments = Math.max(1, Math.min(4, Math.floor(65536 / chunkSize)));
  return chunkSize * segments;
}
const kMaxBrotliParam = BROTLI_PARAM_NDIRECT;
const kUnsetParam = 0xFFFFFFFF;                 // src/zlib.cc: must match

// --- option checks (node's rules and messages) -------------------------------

// false for undefined or NaN (take the default); throws for non-numbers and
// infinities.
function isFiniteOption(value, name) {
  if (value === undefined || Number.isNaN(value)) return false;
  if (Number.isFinite(value)) return true;
  validateNumber(value, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', value);
}

function rangeOrDefault(value, name, lower, upper, def) {
  if (!isFiniteOption(value, name)) return def;
  if (value < lower || value > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, value);
  }
  return value;
}

function toBuffer(value, name, types) {
  if (isArrayBufferView(value)) return value;
  if (isAnyArrayBuffer(value)) return Buffer.from(value);
  throw new ERR_INVALID_ARG_TYPE(name, types, value);
}

// The options every stream shares.
function baseOptions(opts, brotli) {
  const min = brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;
  const max = brotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  const o = {
    chunkSize: Z_DEFAULT_CHUNK,
    flush: brotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH,
    finishFlush: brotli ? BROTLI_OPERATION_FINISH : Z_FINISH,
    maxOutputLength: kMaxLength,
  };
  if (!opts) return o;
  if (isFiniteOption(opts.chunkSize, 'options.chunkSize')) {
    if (opts.chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, opts.chunkSize);
    }
    o.chunkSize = opts.chunkSize;
  }
  o.flush = rangeOrDefault(opts.flush, 'options.flush', min, max, o.flush);
  o.finishFlush = rangeOrDefault(opts.finishFlush, 'options.finishFlush', min, max,
                                 o.finishFlush);
  o.maxOutputLength = rangeOrDefault(opts.maxOutputLength, 'options.maxOutputLength', 1,
                                     kMaxLength, kMaxLength);
  return o;
}

// The zlib-specific options (windowBits, level, memLevel, strategy,
// dictionary), checked in node's order.
function zlibOptions(opts, mode) {
  const o = {
    windowBits: Z_DEFAULT_WINDOWBITS,
    level: Z_DEFAULT_COMPRESSION,
    memLevel: Z_DEFAULT_MEMLEVEL,
    strategy: Z_DEFAULT_STRATEGY,
    dictionary: undefined,
  };
  if (!opts) {
    if (mode === INFLATE || mode === GUNZIP || mode === UNZIP) o.windowBits = 0;
    return o;
  }
  if ((opts.windowBits == null || opts.windowBits === 0) &&
      (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
    o.windowBits = 0;  // take the window size from the stream's header
  } else {
    // gzip needs at least 9; raw deflate at 8 is what zlib writes at 9.
    const min = mode === GZIP ? 9 : Z_MIN_WINDOWBITS;
    o.windowBits = rangeOrDefault(opts.windowBits, 'options.windowBits', min,
                                  Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    if (o.windowBits === 8 && (mode === DEFLATERAW || mode === INFLATERAW || mode === GUNZIP)) {
      o.windowBits = 9;
    }
  }
  o.level = rangeOrDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                           Z_DEFAULT_COMPRESSION);
  o.memLevel = rangeOrDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                              Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
  o.strategy = rangeOrDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY, Z_FIXED,
                              Z_DEFAULT_STRATEGY);
  if (opts.dictionary !== undefined) {
    o.dictionary = toBuffer(opts.dictionary, 'options.dictionary',
                            ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer']);
  }
  return o;
}

function brotliParams(opts) {
  const params = new Uint32Array(kMaxBrotliParam + 1).fill(kUnsetParam);
  if (opts && opts.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (!Number.isInteger(key) || key < 0 || key > kMaxBrotliParam ||
          params[key] !== kUnsetParam) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', value);
      }
      params[key] = value;
    }
  }
  return params;
}

// --- the stream -----------------------------------------------------------------

function onHandleError(message, errno, code) {
  const self = this.owner;
  const error = new Error(message);
  error.errno = errno;
  error.code = code;
  self[kError] = error;
  self._hadError = true;
  if (!self[kSyncWrite]) self.destroy(error);
}

function ZlibBase(opts, mode, handle, base) {
  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this[kSyncWrite] = false;
  this[kResume] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle.owner = this;
  handle.onerror = onHandleError;
  this[kOutSize] = outAreaSize(base.chunkSize);
  this._outBuffer = Buffer.allocUnsafe(this[kOutSize]);
  this._outOffset = 0;
  this._chunkSize = base.chunkSize;
  this._defaultFlushFlag = base.flush;
  this._finishFlushFlag = base.finishFlush;
  this._defaultFullFlushFlag = mode === BROTLI_ENCODE || mode === BROTLI_DECODE ?
    BROTLI_OPERATION_FLUSH : Z_FULL_FLUSH;
  this._info = opts && opts.info;
  this._maxOutputLength = base.maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return !this._handle; },
});

// DEP0108: the old name of bytesWritten.
const kBytesReadWarning = 'zlib.bytesRead is deprecated and will change its meaning in the ' +
  'future. Use zlib.bytesWritten instead.';
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  get: deprecate(function() { return this.bytesWritten; }, kBytesReadWarning, 'DEP0108'),
  set: deprecate(function(value) { this.bytesWritten = value; }, kBytesReadWarning, 'DEP0108'),
});

function assertOpen(engine) {
  if (!engine._handle) throw new ERR_INTERNAL_ASSERTION('zlib binding closed');
}

ZlibBase.prototype.reset = function reset() {
  assertOpen(this);
  this._handle.reset();
};

// Emits everything written so far (Z_FULL_FLUSH / BROTLI_OPERATION_FLUSH by
// default) without ending the stream.
ZlibBase.prototype.flush = function flush(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else if (Number.isInteger(kind) && kind >= Z_NO_FLUSH && kind <= Z_BLOCK) {
    const marker = Buffer.alloc(0);
    marker[kFlushFlag] = kind;
    this.write(marker, '', callback);
  } else {
    this.write(undefined, '', callback);  // node's error for a bad kind
  }
};

ZlibBase.prototype.close = function close(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk of an ended stream finishes it.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = maxFlush(this, flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// 'finish' doesn't wait for the last output: _flush runs at 'prefinish' and
// ends the readable side when done, as in node.
ZlibBase.prototype._final = function _final(callback) {
  callback();
};

ZlibBase.prototype._flush = function _flush(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

// The reader wants more: continue a chunk that stopped on backpressure.
ZlibBase.prototype._read = function _read(n) {
  const resume = this[kResume];
  if (resume !== null) {
    this[kResume] = null;
    resume();
  }
  Transform.prototype._read.call(this, n);
};

// Legacy: runs one chunk, synchronously without a callback.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag, cb) {
  if (typeof cb === 'function') processChunk(this, chunk, flushFlag, cb);
  else return processChunkSync(this, chunk, flushFlag);
};

// Flush flags by strength (Z_BLOCK sits between partial and sync flushes;
// brotli's EMIT_METADATA below its FLUSH).
const kFlushOrder = [Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH];
const kBrotliFlushOrder = [BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA,
                           BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH];
function maxFlush(engine, a, b) {
  const order = engine._defaultFullFlushFlag === BROTLI_OPERATION_FLUSH ?
    kBrotliFlushOrder : kFlushOrder;
  return order.indexOf(a) > order.indexOf(b) ? a : b;
}

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) return process.nextTick(cb);
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self[kOutSize] - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  if (handle.write(flushFlag, chunk, 0, handle.availInBefore, self._outBuffer, self._outOffset,
                   handle.availOutBefore) === true) {
    setImmediate(afterWriteNow, handle);
  }
}

// handle.write() returns true when it completed at once (a parallel
// deflater that had nothing to wait for): call back as if from the pool,
// after this turn's nextTicks and promises (node's output always comes from
// the thread pool, so never before them).
function afterWriteNow(handle) {
  processCallback.call(handle);
}

// The handle's completion callback (`this` is the handle).
function processCallback() {
  const handle = this;
  const self = handle.owner;
  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }
  const state = self._writeState;
  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;
  const have = handle.availOutBefore - availOutAfter;
  let readerFull = false;
  if (have > 0) {
    const chunkSize = self._chunkSize;
    const end = self._outOffset + have;
    for (let start = self._outOffset; start < end;) {
      const boundary = start - (start % chunkSize) + chunkSize;
      const stop = end < boundary ? end : boundary;
      readerFull = !self.push(self._outBuffer.slice(start, stop));
      start = stop;
    }
    self._outOffset = end;
  }
  if (availOutAfter === 0 || self._outOffset >= self[kOutSize]) {
    handle.availOutBefore = self[kOutSize];
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self[kOutSize]);
  }
  if (availOutAfter === 0) {
    // The output window filled: the handle may hold more of this chunk.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    const more = () => {
      if (!self._handle) return;
      if (handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
                       self._outBuffer, self._outOffset, self[kOutSize]) === true) {
        setImmediate(afterWriteNow, handle);
      }
    };
    if (readerFull) self[kResume] = more;
    else more();
    return;
  }
  // This chunk is done.
  handle.buffer = null;
  handle.cb();
}

function processChunkSync(self, chunk, flushFlag) {
  // With a maxOutputLength of their own, steps are node's chunkSize windows,
  // so the limit and a data error are found in node's order; otherwise the
  // window grows (nobody sees chunk boundaries here, and fewer, bigger steps
  // are faster).
  const exact = self._maxOutputLength !== kMaxLength;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  if (exact && buffer.length - offset > self._chunkSize) {
    buffer = Buffer.allocUnsafe(self._chunkSize);
    offset = 0;
  }
  let availInBefore = chunk.byteLength;
  let availOutBefore = buffer.length - offset;
  let inOff = 0;
  let buffers = null;
  let single = null;
  let nread = 0;
  const state = self._writeState;
  const handle = self._handle;
  let chunkSize = exact ? self._chunkSize : buffer.length;
  self[kSyncWrite] = true;
  try {
    for (;;) {
      handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
      if (self[kError]) throw self[kError];
      const availOutAfter = state[0];
      const availInAfter = state[1];
      const inDelta = availInBefore - availInAfter;
      const have = availOutBefore - availOutAfter;
      if (have > 0) {
        const out = buffer.slice(offset, offset + have);
        offset += have;
        if (single === null && buffers === null) single = out;
        else {
          if (buffers === null) buffers = [single];
          buffers.push(out);
        }
        nread += have;
        if (nread > self._maxOutputLength) {
          closeHandle(self);
          throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
        }
      }
      // The window reaches the buffer's end, so room left means done.
      if (availOutAfter !== 0) break;
      // More output is pending: continue into a new buffer.
      inOff += inDelta;
      availInBefore = availInAfter;
      if (!exact && chunkSize < (8 << 20)) chunkSize *= 2;
      buffer = Buffer.allocUnsafe(chunkSize);
      offset = 0;
      availOutBefore = chunkSize;
    }
  } finally {
    self[kSyncWrite] = false;
  }
  const keep = buffer.length === self[kOutSize];
  self._outBuffer = keep ? buffer : Buffer.allocUnsafe(self[kOutSize]);
  self._outOffset = keep ? offset : 0;
  self.bytesWritten = chunk.byteLength;
  if (buffers === null) return single === null ? Buffer.alloc(0) : single;
  return Buffer.concat(buffers, nread);
}

// --- the classes --------------------------------------------------------------

function Zlib(opts, mode) {
  const z = zlibOptions(opts, mode);
  const base = baseOptions(opts, false);
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(2);
  const err = handle.init(z.windowBits, z.level, z.memLevel, z.strategy, z.dictionary,
                          this._writeState, processCallback);
  if (err !== 0) {
    handle.close();
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, base);
  this._level = z.level;
  this._strategy = z.strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Changes level and strategy after flushing what was written with the old ones.
Zlib.prototype.params = function params(level, strategy, callback) {
  level = rangeOrDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL, undefined);
  if (level === undefined) validateNumber(level, 'level');
  strategy = rangeOrDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED, undefined);
  if (strategy === undefined) validateNumber(strategy, 'strategy');
  if (this._level !== level || this._strategy !== strategy) {
    this.flush(Z_SYNC_FLUSH, () => {
      assertOpen(this);
      this._handle.params(level, strategy);
      if (!this.destroyed) {
        this._level = level;
        this._strategy = strategy;
        if (callback) callback();
      }
    });
  } else if (callback) {
    process.nextTick(callback);
  }
};

function Brotli(opts, mode) {
  const params = brotliParams(opts);
  const base = baseOptions(opts, true);
  const handle = new binding.Zlib(mode);
  this._writeState = new Uint32Array(2);
  if (handle.init(params, this._writeState, processCallback) !== 0) {
    handle.close();
    throw new ERR_ZLIB_INITIALIZATION_FAILED();
  }
  ZlibBase.call(this, opts, mode, handle, base);
}
// Like node's, Brotli streams inherit from Zlib (params() included).
Object.setPrototypeOf(Brotli.prototype, Zlib.prototype);
Object.setPrototypeOf(Brotli, Zlib);

// Each public class: callable with or without `new`, as in node.
function defineClass(name, Parent, mode) {
  const Ctor = {
    [name]: function(opts) {
      if (!new.target) return new Ctor(opts);
      Parent.call(this, opts, mode);
    },
  }[name];
  Object.setPrototypeOf(Ctor.prototype, Parent.prototype);
  Object.setPrototypeOf(Ctor, Parent);
  return Ctor;
}

const Deflate = defineClass('Deflate', Zlib, DEFLATE);
const Inflate = defineClass('Inflate', Zlib, INFLATE);
const Gzip = defineClass('Gzip', Zlib, GZIP);
const Gunzip = defineClass('Gunzip', Zlib, GUNZIP);
const DeflateRaw = defineClass('DeflateRaw', Zlib, DEFLATERAW);
const InflateRaw = defineClass('InflateRaw', Zlib, INFLATERAW);
const Unzip = defineClass('Unzip', Zlib, UNZIP);
const BrotliCompress = defineClass('BrotliCompress', Brotli, BROTLI_ENCODE);
const BrotliDecompress = defineClass('BrotliDecompress', Brotli, BROTLI_DECODE);

// --- one-shot forms -----------------------------------------------------------

const kInputTypes = ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'];
function inputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  return toBuffer(buffer, 'buffer', kInputTypes);
}

// The libdeflate job for a one-shot call (src/zlib.cc oneShot: 0 zlib, 1 gzip,
// 2 raw deflate, 3 gunzip), or -1 when an option needs a zlib stream.
const kGunzipJob = 3;
const kOneShotJob = { [DEFLATE]: 0, [GZIP]: 1, [DEFLATERAW]: 2, [GUNZIP]: kGunzipJob };
function oneShotJob(mode, opts, buffer) {
  let job = kOneShotJob[mode];
  if (mode === UNZIP && buffer.byteLength > 1) {
    const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, 2);
    if (u8[0] === 0x1f && u8[1] === 0x8b) job = kGunzipJob;
  }
  if (job === undefined) return -1;
  if (!opts) return job;
  const wb = opts.windowBits;
  if (opts.info || opts.dictionary !== undefined ||
      (wb !== undefined && wb !== Z_DEFAULT_WINDOWBITS && !(job === kGunzipJob && wb === 0))) {
    return -1;
  }
  if (job !== kGunzipJob &&
      ((opts.memLevel !== undefined && opts.memLevel !== Z_DEFAULT_MEMLEVEL) ||
       (opts.strategy !== undefined && opts.strategy !== Z_DEFAULT_STRATEGY) ||
       (opts.finishFlush !== undefined && opts.finishFlush !== Z_FINISH))) {
    return -1;
  }
  return job;
}

// Checks the options as the stream would, then runs the job: returns the
// result, undefined when libdeflate declined (the caller takes zlib), or
// throws ERR_BUFFER_TOO_LARGE. With a callback, calls it the same way (after
// checking the user's callback, in node's order: options first).
function runOneShot(job, mode, opts, buffer, callback, userCallback) {
  const z = zlibOptions(opts, mode);
  const base = baseOptions(opts, false);
  const arg = job === kGunzipJob ? base.maxOutputLength : z.level;
  const finish = (out) => {
    if (out === undefined) return undefined;
    if (out.byteLength > base.maxOutputLength) {
      throw new ERR_BUFFER_TOO_LARGE(base.maxOutputLength);
    }
    return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
  };
  if (!callback) return finish(binding.oneShot(job, arg, buffer));
  validateFunction(userCallback, 'callback');
  binding.oneShot(job, arg, buffer, (err, out) => {
    let result;
    try {
      result = finish(out);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  });
}

function syncForm(Ctor, mode) {
  return function(buffer, opts) {
    if (typeof buffer === 'string' || isArrayBufferView(buffer) || isAnyArrayBuffer(buffer)) {
      buffer = inputBuffer(buffer);
      const job = oneShotJob(mode, opts, buffer);
      if (job >= 0) {
        const out = runOneShot(job, mode, opts, buffer);
        if (out !== undefined) return out;
      }
    }
    const engine = new Ctor(opts);  // checks the options before the input
    buffer = inputBuffer(buffer);
    let result;
    try {
      result = processChunkSync(engine, buffer, engine._finishFlushFlag);
    } finally {
      closeHandle(engine);
    }
    return engine._info ? { buffer: result, engine } : result;
  };
}

function callbackForm(Ctor, mode) {
  return function(buffer, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = {};
    }
    if (typeof buffer === 'string' || isArrayBufferView(buffer) || isAnyArrayBuffer(buffer)) {
      const input = inputBuffer(buffer);
      const job = oneShotJob(mode, opts, input);
      if (job >= 0) {
        return runOneShot(job, mode, opts, input, (err, out) => {
          if (err || out !== undefined) return callback(err, out);
          zlibBuffer(new Ctor(opts), input, callback);
        }, callback);
      }
    }
    zlibBuffer(new Ctor(opts), buffer, callback);
  };
}

// Runs a whole buffer through a stream and calls back with the result. Like
// node, other values go to engine.end() as they are (null and undefined end
// the stream empty; the stream rejects the rest).
function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  if (isAnyArrayBuffer(buffer)) buffer = Buffer.from(buffer);
  const buffers = [];
  let nread = 0;
  function onData(chunk) {
    buffers.push(chunk);
    nread += chunk.length;
    if (nread > engine._maxOutputLength) {
      engine.removeListener('data', onData);
      engine.removeListener('end', onEnd);
      engine.removeListener('error', onError);
      engine.destroy();
      callback(new ERR_BUFFER_TOO_LARGE(engine._maxOutputLength));
    }
  }
  function onError(err) {
    engine.removeListener('end', onEnd);
    engine.removeListener('data', onData);
    callback(err);
  }
  function onEnd() {
    const result = Buffer.concat(buffers, nread);
    engine.close();
    callback(null, engine._info ? { buffer: result, engine } : result);
  }
  engine.on('data', onData);
  engine.once('error', onError);
  engine.once('end', onEnd);
  engine.end(buffer);
}

// --- crc32 --------------------------------------------------------------------

function crc32(data, value = 0) {
  if (typeof data === 'string') data = Buffer.from(data);
  else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  return binding.crc32(data, value);
}

// --- exports ------------------------------------------------------------------

const classes = [
  ['Deflate', Deflate, DEFLATE, 'deflate'], ['Inflate', Inflate, INFLATE, 'inflate'],
  ['Gzip', Gzip, GZIP, 'gzip'], ['Gunzip', Gunzip, GUNZIP, 'gunzip'],
  ['DeflateRaw', DeflateRaw, DEFLATERAW, 'deflateRaw'],
  ['InflateRaw', InflateRaw, INFLATERAW, 'inflateRaw'], ['Unzip', Unzip, UNZIP, 'unzip'],
  ['BrotliCompress', BrotliCompress, BROTLI_ENCODE, 'brotliCompress'],
  ['BrotliDecompress', BrotliDecompress, BROTLI_DECODE, 'brotliDecompress'],
];

module.exports = { crc32 };
for (const [name, Ctor] of classes) module.exports[name] = Ctor;
// The one-shot forms in node's key order.
const kOneShotOrder = ['deflate', 'gzip', 'deflateRaw', 'unzip', 'inflate', 'gunzip',
                       'inflateRaw', 'brotliCompress', 'brotliDecompress'];
for (const fn of kOneShotOrder) {
  const [, Ctor, mode] = classes.find((c) => c[3] === fn);
  module.exports[fn] = callbackForm(Ctor, mode);
  module.exports[fn + 'Sync'] = syncForm(Ctor, mode);
}
for (const name of ['Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Gzip', 'Gunzip', 'Unzip',
                    'BrotliCompress', 'BrotliDecompress']) {
  const Ctor = module.exports[name];
  module.exports['create' + name] = (opts) => new Ctor(opts);
}

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: orderedConstants },
  codes: { __proto__: null, configurable: false, enumerable: true, value: codes },
});

// Legacy: the zlib constants (not brotli's) on the module itself.
for (const name of Object.keys(orderedConstants)) {
  if (name.startsWith('BROTLI')) continue;
  Object.defineProperty(module.exports, name, {
    __proto__: null, enumerable: false, value: orderedConstants[name], writable: false,
  });
}
