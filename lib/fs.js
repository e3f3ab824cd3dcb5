'use strict';
// node:fs — the synchronous and callback forms of every operation. Arguments
// are validated here (errors thrown synchronously, before any I/O); the work is
// done by internalBinding('fs') (src/fs.cc), which runs an operation
// synchronously without a callback and on the thread pool with one.
// fs.promises, the streams and the watchers live in their own modules and are
// loaded lazily.

const binding = internalBinding('fs');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
  captureStackFrom,
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  constants,
  copyObject,
  Dirent,
  emitRecursiveRmdirWarning,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  kIoMaxLength,
  kMaxUserId,
  parseFileMode,
  Stats,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, O_RDONLY, S_IFMT, S_IFREG } = constants;
const kEmptyObject = Object.freeze(Object.create(null));
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol.for('nodejs.util.promisify.customArgs');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// An int32 is a file descriptor (out-of-range ones fail fd validation);
// anything else is validated as a path.
function isFd(path) {
  return path === (path | 0);
}

function makeCallback(cb) {
  if (typeof cb !== 'function') {
    throw captureStackFrom(new ERR_INVALID_ARG_TYPE('cb', 'Function', cb), makeCallback);
  }
  return cb;
}

// The binding's callbacks already arrive asynchronously; work that may finish
// without touching the binding defers with nextTick.
function defer(cb, ...args) {
  process.nextTick(cb, ...args);
}

function toBuffer(bytes) {
  const B = lazyBuffer();
  if (bytes instanceof B) return bytes;
  return B.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeBytes(bytes, encoding) {
  const buf = toBuffer(bytes);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

// Names from the binding are UTF-8 strings; other encodings re-encode them.
function encodeName(name, encoding) {
  if (typeof name !== 'string') {
    // A name that isn't UTF-8 comes from the binding as its bytes.
    const buf = lazyBuffer().from(name.buffer, name.byteOffset, name.byteLength);
    return encoding === 'buffer' ? buf : buf.toString(encoding || 'utf8');
  }
  if (!encoding || isUtf8(encoding)) return name;
  const buf = lazyBuffer().from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

function encodeNames(names, encoding) {
  const plain = !encoding || isUtf8(encoding);
  for (let i = 0; i < names.length; i++) {
    if (!plain || typeof names[i] !== 'string') names[i] = encodeName(names[i], encoding);
  }
  return names;
}

function encodeDirentNames(dirents, encoding) {
  const plain = !encoding || isUtf8(encoding);
  for (const d of dirents) {
    if (!plain || typeof d.name !== 'string') d.name = encodeName(d.name, encoding);
  }
}

function toUint8(view) {
  if (view instanceof Uint8Array) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// -1 means "the current position"; as node, numbers that are not safe
// integers also mean that.
function toBindingPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  return Number.isSafeInteger(position) ? position : -1;
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

function validateStringAfterArrayBufferView(data, name) {
  if (typeof data !== 'string') {
    throw captureStackFrom(
      new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data),
      validateStringAfterArrayBufferView);
  }
}

function statsCallback(cb) {
  return (err, array) => {
    if (err) return cb(err);
    cb(null, getStatsFromBinding(array));
  };
}

// ---------------------------------------------------------------------------
// access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, callback);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}
Object.defineProperty(exists, kCustomPromisifiedSymbol, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
  enumerable: false,
  writable: true,
  configurable: true,
});

function existsSync(path) {
  if (typeof path !== 'string') {
    try {
      path = getValidatedPath(path);
    } catch {
      return false;
    }
  } else if (path.includes('\u0000')) {
    return false;
  }
  try {
    binding.access(path, F_OK);
  } catch {
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// open / close

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
  return binding.open(getValidatedPath(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, callback);
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// ---------------------------------------------------------------------------
// read / write / readv / writev

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, buffer, callback) or read(fd, { buffer, ... }, callback)
      if (!ArrayBuffer.isView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== null || arguments.length < 4) {
      ({
        offset = 0,
        length = buffer?.byteLength - offset,
        position = null,
      } = params ?? kEmptyObject);
    }
  }

  validateBuffer(buffer);
  callback = makeCallback(callback);

  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    defer(callback, null, 0, buffer);
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  binding.read(fd, buffer, offset, length, toBindingPosition(position), (err, bytesRead) => {
    callback(err, bytesRead || 0, buffer);
  });
}
Object.defineProperty(read, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  return binding.read(fd, buffer, offset, length, toBindingPosition(position));
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (offset != null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, toBindingPosition(position), (err, written) => {
      callback(err, written || 0, buffer);
    });
    return;
  }

  // write(fd, string[, position[, encoding]], callback)
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = makeCallback(position);
  const bytes = lazyBuffer().from(str, length || 'utf8');
  binding.write(fd, bytes, 0, bytes.byteLength,
                toBindingPosition(offset), (err, written) => {
                  callback(err, written || 0, str);
                });
}
Object.defineProperty(write, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (ArrayBuffer.isView(buffer)) {
    if (offset != null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return binding.write(fd, buffer, offset, length, toBindingPosition(position));
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = lazyBuffer().from(buffer, length || 'utf8');
  return binding.write(fd, bytes, 0, bytes.byteLength, toBindingPosition(offset));
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, buffers, toBindingPosition(position), (err, bytes) => {
    callback(err, bytes || 0, buffers);
  });
}
Object.defineProperty(readv, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return binding.readv(fd, buffers, toBindingPosition(position));
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    defer(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writev(fd, buffers, toBindingPosition(position), (err, bytes) => {
    callback(err, bytes || 0, buffers);
  });
}
Object.defineProperty(writev, kCustomPromisifyArgsSymbol, {
  __proto__: null, value: ['bytesWritten', 'buffers'], enumerable: false,
});

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return binding.writev(fd, buffers, toBindingPosition(position));
}

// ---------------------------------------------------------------------------
// readFile / writeFile / appendFile

const kReadChunk = 64 * 1024;

function concatChunks(chunks, total) {
  const B = lazyBuffer();
  if (chunks.length === 1 && chunks[0].byteLength === total) return chunks[0];
  const out = B.allocUnsafe(total);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.byteLength;
  }
  return out;
}

function sizeFromStats(st) {
  // Regular files report a usable size; others (pipes, /proc files) read to EOF.
  return (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
}

function readFdSync(fd) {
  const B = lazyBuffer();
  const size = sizeFromStats(binding.fstat(fd, false));
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunks = [];
  let total = 0;
  if (size > 0) {
    const buf = B.allocUnsafe(size);
    while (total < size) {
      const n = binding.read(fd, buf, total, size - total, -1);
      if (n === 0) break;
      total += n;
    }
    chunks.push(total === size ? buf : buf.subarray(0, total));
    if (total < size) return concatChunks(chunks, total);
  }
  for (;;) {
    const buf = B.allocUnsafe(kReadChunk);
    const n = binding.read(fd, buf, 0, kReadChunk, -1);
    if (n === 0) break;
    chunks.push(n === kReadChunk ? buf : buf.subarray(0, n));
    total += n;
  }
  return concatChunks(chunks, total);
}

function readFdAsync(fd, signal, callback) {
  const B = lazyBuffer();
  binding.fstat(fd, false, (err, st) => {
    if (err) return callback(err);
    const size = sizeFromStats(st);
    if (size > kIoMaxLength) return callback(new ERR_FS_FILE_TOO_LARGE(size));
    const chunks = [];
    let total = 0;
    let buf = B.allocUnsafe(size > 0 ? size : kReadChunk);
    let bufOffset = 0;
    const step = () => {
      if (checkAborted(signal, callback)) return;
      binding.read(fd, buf, bufOffset, buf.byteLength - bufOffset, -1, (err, n) => {
        if (err) return callback(err);
        if (n === 0) {
          if (bufOffset > 0) chunks.push(buf.subarray(0, bufOffset));
          return callback(null, concatChunks(chunks, total));
        }
        total += n;
        bufOffset += n;
        if (bufOffset === buf.byteLength) {
          chunks.push(buf);
          if (size > 0 && total === size) return callback(null, concatChunks(chunks, total));
          buf = B.allocUnsafe(kReadChunk);
          bufOffset = 0;
        }
        step();
      });
    };
    step();
  });
}

function readFile(path, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const done = (err, bytes) => {
    if (err) return callback(err);
    let result;
    try {
      result = decodeBytes(bytes, encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  };

  if (isFd(path)) {
    const fd = getValidatedFd(path);
    if (checkAborted(signal, callback)) return;
    readFdAsync(fd, signal, done);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  if (checkAborted(signal, callback)) return;

  if (flags === O_RDONLY && signal === undefined) {
    binding.readFile(path, done);
    return;
  }
  binding.open(path, flags, 0o666, (err, fd) => {
    if (err) return callback(err);
    readFdAsync(fd, signal, (err, bytes) => {
      binding.close(fd, (err2) => {
        err = aggregateTwoErrors(err2, err);
        if (err) return callback(err);
        done(null, bytes);
      });
    });
  });
}

function readFileSync(path, options) {
  // Fast paths: a path string and utf8 or no encoding, default flag.
  let encoding;
  let flag;
  if (typeof options === 'string') {
    encoding = options;
    if (!isUtf8(encoding)) getOptions(options);
  } else if (options == null) {
    encoding = undefined;
  } else {
    options = getOptions(options, { flag: 'r' });
    encoding = options.encoding;
    flag = options.flag;
  }
  if (isFd(path)) {
    return decodeBytes(readFdSync(getValidatedFd(path)), encoding);
  }
  if (typeof path !== 'string' || path.includes('\u0000')) path = getValidatedPath(path);
  const flags = flag === undefined || flag === 'r' ? O_RDONLY : stringToFlags(flag);
  if (flags === O_RDONLY) {
    if (isUtf8(encoding)) return binding.readFileUtf8(path);
    return decodeBytes(binding.readFile(path), encoding);
  }
  const fd = binding.open(path, flags, 0o666);
  let bytes;
  try {
    bytes = readFdSync(fd);
  } finally {
    binding.close(fd);
  }
  return decodeBytes(bytes, encoding);
}

function dataToBytes(data, encoding) {
  if (ArrayBuffer.isView(data)) return toUint8(data);
  validateStringAfterArrayBufferView(data, 'data');
  return lazyBuffer().from(data, encoding || 'utf8');
}

function writeAllSync(fd, bytes) {
  let off = 0;
  const len = bytes.byteLength;
  while (off < len) {
    off += binding.write(fd, bytes, off, len - off, -1);
  }
}

function writeAll(fd, bytes, signal, callback) {
  let off = 0;
  const len = bytes.byteLength;
  const step = () => {
    if (off >= len) return callback(null);
    if (checkAborted(signal, callback)) return;
    binding.write(fd, bytes, off, len - off, -1, (err, n) => {
      if (err) return callback(err);
      off += n;
      step();
    });
  };
  if (len === 0) {
    defer(callback, null);
    return;
  }
  step();
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  const bytes = dataToBytes(data, options.encoding);
  const signal = options.signal;

  if (isFd(path)) {
    const fd = getValidatedFd(path);
    if (checkAborted(signal, callback)) return;
    writeAll(fd, bytes, signal, callback);
    return;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (checkAborted(signal, callback)) return;
  if (signal === undefined) {
    binding.writeFile(path, bytes, flags, mode, (err) => callback(err || null));
    return;
  }
  binding.open(path, flags, mode, (err, fd) => {
    if (err) return callback(err);
    writeAll(fd, bytes, signal, (err) => {
      binding.close(fd, (err2) => callback(aggregateTwoErrors(err2, err) || null));
    });
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataToBytes(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAllSync(getValidatedFd(path), bytes);
    return;
  }
  path = getValidatedPath(path);
  binding.writeFile(path, bytes, stringToFlags(flag), parseFileMode(options.mode, 'mode', 0o666));
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  callback = makeCallback(callback);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

// ---------------------------------------------------------------------------
// stat family

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, !!options?.bigint, statsCallback(callback));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, !!options?.bigint, statsCallback(callback));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, !!options?.bigint, statsCallback(callback));
}

function statSyncImpl(fn, path, options) {
  path = getValidatedPath(path);
  const bigint = options != null && !!options.bigint;
  if (options != null && options.throwIfNoEntry === false) {
    let array;
    try {
      array = fn(path, bigint);
    } catch (err) {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    }
    return getStatsFromBinding(array);
  }
  return getStatsFromBinding(fn(path, bigint));
}

function statSync(path, options) {
  return statSyncImpl(binding.stat, path, options);
}

function lstatSync(path, options) {
  return statSyncImpl(binding.lstat, path, options);
}

function fstatSync(fd, options) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd, options != null && !!options.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, !!options?.bigint, (err, array) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(array));
  });
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(path, !!options?.bigint));
}

// ---------------------------------------------------------------------------
// directories

function validateRecursiveOption(options) {
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
}

// Breadth-first, as node: each directory's entries, then its subdirectories'
// in the order they were found. Names are relative to the base; with
// withFileTypes the Dirents carry their directory in parentPath.
function readdirRecursiveSync(base, withFileTypes, encoding) {
  const results = [];
  const queue = [base];
  const pathMod = require('path');
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    if (withFileTypes) {
      const dirents = getDirents(dir, binding.readdir(dir, true));
      for (const d of dirents) {
        // (Recursion works on string paths: a non-UTF-8 name is decoded.)
        if (typeof d.name !== 'string') d.name = encodeName(d.name);
        if (d.isDirectory()) queue.push(pathMod.join(dir, d.name));
        d.name = encodeName(d.name, encoding);
        results.push(d);
      }
    } else {
      const names = binding.readdir(dir, false);
      for (let name of names) {
        if (typeof name !== 'string') name = encodeName(name);
        const full = pathMod.join(dir, name);
        results.push(encodeName(pathMod.relative(base, full), encoding));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
    }
  }
  return results;
}

function readdirRecursive(base, withFileTypes, encoding, callback) {
  const results = [];
  const queue = [base];
  const pathMod = require('path');
  let q = 0;
  const next = () => {
    if (q >= queue.length) return callback(null, results);
    const dir = queue[q++];
    binding.readdir(dir, withFileTypes, (err, result) => {
      if (err) return callback(err);
      if (withFileTypes) {
        getDirents(dir, result, (err, dirents) => {
          if (err) return callback(err);
          for (const d of dirents) {
            if (typeof d.name !== 'string') d.name = encodeName(d.name);
            if (d.isDirectory()) queue.push(pathMod.join(dir, d.name));
            d.name = encodeName(d.name, encoding);
            results.push(d);
          }
          next();
        });
        return;
      }
      for (let name of result) {
        if (typeof name !== 'string') name = encodeName(name);
        const full = pathMod.join(dir, name);
        results.push(encodeName(pathMod.relative(base, full), encoding));
        if (binding.internalModuleStat(full) === 1) queue.push(full);
      }
      next();
    });
  };
  next();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  validateRecursiveOption(options);
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (options.recursive) {
    readdirRecursive(path, withFileTypes, encoding, callback);
    return;
  }
  binding.readdir(path, withFileTypes, (err, result) => {
    if (err) return callback(err);
    if (!withFileTypes) return callback(null, encodeNames(result, encoding));
    getDirents(path, result, (err, dirents) => {
      if (err) return callback(err);
      encodeDirentNames(dirents, encoding);
      callback(null, dirents);
    });
  });
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  validateRecursiveOption(options);
  const withFileTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  if (options.recursive) return readdirRecursiveSync(path, withFileTypes, encoding);
  const result = binding.readdir(path, withFileTypes);
  if (!withFileTypes) return encodeNames(result, encoding);
  const dirents = getDirents(path, result);
  encodeDirentNames(dirents, encoding);
  return dirents;
}

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = parseMkdirOptions(options);
  binding.mkdir(path, mode, recursive, (err, first) => {
    if (err) return callback(err);
    if (recursive) return callback(null, first);
    callback(null);
  });
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = parseMkdirOptions(options);
  const result = binding.mkdir(path, mode, recursive);
  if (recursive) return result;
  return undefined;
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(binding.mkdtemp(prefix), options.encoding);
}

let rimrafModule;
function lazyRimraf() {
  if (rimrafModule === undefined) rimrafModule = require('internal/fs/rimraf');
  return rimrafModule;
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
      if (err === false) return binding.rmdir(path, callback);
      if (err) return callback(err);
      lazyRimraf().rimraf(path, opts, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const opts = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (opts !== false) return lazyRimraf().rimrafSync(path, opts);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(path);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateRmOptions(path, options, false, (err, opts) => {
    if (err) return callback(err);
    lazyRimraf().rimraf(path, opts, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const opts = validateRmOptionsSync(path, options, false);
  lazyRimraf().rimrafSync(path, opts);
}

// ---------------------------------------------------------------------------
// links, renames, copies

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
  binding.rename(getValidatedPath(oldPath, 'oldPath'), getValidatedPath(newPath, 'newPath'));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  binding.link(getValidatedPath(existingPath, 'existingPath'),
               getValidatedPath(newPath, 'newPath'));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  binding.symlink(target, path, flags, callback);
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type));
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(path, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(binding.readlink(path), options.encoding);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, callback);
}

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path));
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  callback = makeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

let cpModule;
function lazyCp() {
  if (cpModule === undefined) cpModule = require('internal/fs/cp');
  return cpModule;
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = require('internal/fs/utils').validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  lazyCp().cpFn(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  options = require('internal/fs/utils').validateCpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  lazyCp().cpSyncFn(src, dest, options);
}

// ---------------------------------------------------------------------------
// realpath

// node reports realpath failures as the JS resolver meets them: lstat of the
// first missing component, or stat of a looping link. Rebuild that error.
function realpathError(path, err) {
  if (err.code === 'ELOOP') {
    // Find the first link component whose resolution loops.
    const parts = path.split('/');
    let cur = '';
    for (let i = 1; i < parts.length; i++) {
      if (parts[i] === '') continue;
      cur += `/${parts[i]}`;
      try {
        binding.stat(cur, false);
      } catch (e) {
        if (e.code === 'ELOOP') return e;
        break;
      }
    }
    return err;
  }
  const resolved = require('path').resolve(path);
  const parts = resolved.split('/');
  let cur = '';
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === '') continue;
    cur += `/${parts[i]}`;
    try {
      binding.lstat(cur, false);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  let result;
  try {
    result = binding.realpath(p);
  } catch (err) {
    throw realpathError(p, err);
  }
  return encodeName(result, options.encoding);
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(binding.realpath(path), options.encoding);
};

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, (err, result) => {
    if (err) {
      let e;
      try {
        e = realpathError(p, err);
      } catch {
        e = err;
      }
      return callback(e);
    }
    callback(null, encodeName(result, options.encoding));
  });
}

realpath.native = function realpathNative(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(path, (err, result) => {
    if (err) return callback(err);
    callback(null, encodeName(result, options.encoding));
  });
};

// ---------------------------------------------------------------------------
// permissions, ownership, times, sizes, syncing

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  binding.fchmod(fd, parseFileMode(mode, 'mode'));
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  binding.ftruncate(fd, Math.max(0, len));
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
                      ' Please use fs.ftruncate with a file descriptor instead.',
                      'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (err) => {
      binding.close(fd, (err2) => callback(aggregateTwoErrors(err2, err) || null));
    });
  });
}

function truncateSync(path, len) {
  if (isFd(path)) {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    binding.close(fd);
  }
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, callback);
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, callback);
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// ---------------------------------------------------------------------------
// Dir, blobs, streams, watchers, promises (lazy)

let dirModule;
function lazyDir() {
  if (dirModule === undefined) dirModule = require('internal/fs/dir');
  return dirModule;
}

function opendir(path, options, callback) {
  return lazyDir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return lazyDir().opendirSync(path, options);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  if (typeof type !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
  }
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  const bytes = readFileSync(path);
  return Promise.resolve(new Blob([bytes], { type }));
}

let streamsModule;
function lazyStreams() {
  if (streamsModule === undefined) streamsModule = require('internal/fs/streams');
  return streamsModule;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

let watchersModule;
function lazyWatchers() {
  if (watchersModule === undefined) watchersModule = require('internal/fs/watchers');
  return watchersModule;
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

let promises;

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    Object.defineProperty(module.exports, 'ReadStream', {
      __proto__: null, value: val, writable: true, enumerable: true, configurable: true,
    });
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    Object.defineProperty(module.exports, 'WriteStream', {
      __proto__: null, value: val, writable: true, enumerable: true, configurable: true,
    });
  },
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    Object.defineProperty(module.exports, 'FileReadStream', {
      __proto__: null, value: val, writable: true, enumerable: true, configurable: true,
    });
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    Object.defineProperty(module.exports, 'FileWriteStream', {
      __proto__: null, value: val, writable: true, enumerable: true, configurable: true,
    });
  },

  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(module.exports, {
  Dir: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return lazyDir().Dir; },
  },
  opendir: { __proto__: null, value: opendir, writable: true, enumerable: true, configurable: true },
  opendirSync: {
    __proto__: null, value: opendirSync, writable: true, enumerable: true, configurable: true,
  },
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (promises === undefined) {
        const m = require('internal/fs/promises');
        promises = m.exports !== undefined && m.exports !== null && typeof m.exports === 'object' ?
          m.exports : m;
      }
      return promises;
    },
  },
});
