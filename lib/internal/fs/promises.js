'use strict';
// fs.promises (also 'fs/promises'): every operation as an async function over
// the callback form of internalBinding('fs'), and the FileHandle class.
//
// Errors from the binding get their stack captured again when the promise
// settles (in `settle` below, which the binding runs as a reaction on the
// way to rejecting its promise): the synchronous stack there is empty, so V8
// records the chain of awaiting async functions, which is what node 20 shows
// (`at async open (node:internal/fs/promises:…)`, `at async foo (…)`).
// For that to work every binding call is awaited directly by an async function.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const utils = require('internal/fs/utils');

const { constants } = utils;

const kIoMaxLength = 2 ** 31 - 1;
const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kMaxUserId = 2 ** 32 - 1;
const S_IFMT = constants.S_IFMT;
const S_IFREG = constants.S_IFREG;

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kLocked = Symbol('kLocked');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');

const isArrayBufferView = ArrayBuffer.isView;

// ---------------------------------------------------------------------------
// Binding calls

function settle(err) {
  // Runs as a promise reaction: no synchronous frames, the async ones remain.
  if (err !== null && typeof err === 'object') Error.captureStackTrace(err, settle);
  throw err;
}

binding.setPromiseSettle(settle);

// binding[name](a, b, c, d) as a promise of its result: `true` in the
// callback's place makes the binding return a promise it settles itself.
// Fixed parameters, not a rest array and a spread: those cost a third of a
// 10k-concurrent fs.promises.stat in V8 10.2.
function call(name, a, b, c, d, e) {
  const fn = binding[name];
  switch (arguments.length) {
    case 1: return fn(true);
    case 2: return fn(a, true);
    case 3: return fn(a, b, true);
    case 4: return fn(a, b, c, true);
    case 5: return fn(a, b, c, d, true);
    default: return fn(a, b, c, d, e, true);
  }
}

// ---------------------------------------------------------------------------
// Argument helpers

// Validated path as the string the binding takes.
function toPath(path, name = 'path') {
  const p = utils.getValidatedPath(path, name);
  return typeof p === 'string' ? p : Buffer.from(p).toString();
}

// access() and copyFile() modes, checked as node 20 does (plain TypeError and
// RangeError objects with a `code`, not the usual ERR_* messages).
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  }
  mode = Math.trunc(mode);
  if (mode < 0 || mode > 7) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  Error.captureStackTrace(err, codedError);
  return err;
}

function validateUid(id, name) {
  validateInteger(id, name, -1, kMaxUserId);
}

function validateStringData(data, name) {
  if (typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

function validateHexLength(data, encoding) {
  if (encoding === 'hex' && data.length % 2 !== 0) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding,
                                    `is invalid for data of length ${data.length}`);
  }
}

function isCustomIterable(obj) {
  return obj != null && typeof obj !== 'string' && !isArrayBufferView(obj) &&
    (typeof obj[Symbol.iterator] === 'function' ||
     typeof obj[Symbol.asyncIterator] === 'function');
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// A position for the binding: -1 is "the file's current position". Node 20's
// promise API validates bigint positions but then reads at the current
// position; so do we.
function toPosition(position) {
  if (Number.isSafeInteger(position) && position >= 0) return position;
  return -1;
}

// A string result (path or name) in the requested encoding.
function encodeResult(value, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' ||
      encoding === 'utf-8') {
    return value;
  }
  const buf = Buffer.from(value);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

// Runs `promise` (an operation on `handle`), then closes the handle; an
// operation error wins, a close error is reported when the operation succeeded.
async function handleFdClose(promise, close) {
  let result;
  try {
    result = await promise;
  } catch (opErr) {
    try {
      await close();
    } catch (closeErr) {
      throw aggregateTwoErrors(closeErr, opErr);
    }
    throw opErr;
  }
  await close();
  return result;
}

// ---------------------------------------------------------------------------
// Closing a FileHandle on garbage collection

let deprecationEmitted = false;
const registry = new FinalizationRegistry((fd) => {
  try {
    binding.close(fd);
  } catch {
    // Already closed behind our back: nothing to do.
  }
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  if (!deprecationEmitted) {
    deprecationEmitted = true;
    process.emitWarning(
      'Closing a FileHandle object on garbage collection is deprecated. ' +
      'Please close FileHandle objects explicitly using ' +
      'FileHandle.prototype.close(). In the future, an error will be ' +
      'thrown if a file descriptor is closed during garbage collection.',
      'DeprecationWarning', 'DEP0137');
  }
});

// ---------------------------------------------------------------------------
// FileHandle

// Node's FileHandle has EventEmitter's methods mixed in rather than
// inherited (`handle instanceof EventEmitter` is false there too).
class MixedEventEmitter {
  constructor(opts) {
    EventEmitter.init.call(this, opts);
  }
}
for (const key of Reflect.ownKeys(EventEmitter.prototype)) {
  if (key === 'constructor') continue;
  Object.defineProperty(MixedEventEmitter.prototype, key,
                        Object.getOwnPropertyDescriptor(EventEmitter.prototype, key));
}

class FileHandle extends MixedEventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    registry.register(this, fd, this);
    // An own property, as node has it (so `const { close } = handle` works).
    this.close = () => closeHandle(this);
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, 'writeFile', this, data, options, 'a');
  }

  chmod(mode) {
    return fsCall(fchmod, 'fchmod', this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, 'fchown', this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, 'fdatasync', this);
  }

  sync() {
    return fsCall(fsync, 'fsync', this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, 'read', this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, 'readv', this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, 'readFile', this, options);
  }

  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  // A web ReadableStream of the file from its current position: chunks are
  // ArrayBuffers, or with { type: 'bytes' } a byte stream (BYOB readers read
  // straight into their buffers). As in node, the handle stays locked to its
  // one stream, and cancelling the stream closes the handle.
  readableWebStream(options = {}) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this[kLocked] = true;
    const { ReadableStream } = require('internal/webstreams/readablestream');
    const cancel = () => this.close();
    if (options?.type === 'bytes') {
      return new ReadableStream({
        type: 'bytes',
        autoAllocateChunkSize: 16384,
        pull: async (controller) => {
          const view = controller.byobRequest.view;
          const { bytesRead } = await this.read(view, view.byteOffset, view.byteLength);
          if (bytesRead === 0) controller.close();
          controller.byobRequest.respond(bytesRead);
        },
        cancel,
      });
    }
    return new ReadableStream({
      pull: async (controller) => {
        const { buffer, bytesRead } = await this.read();
        if (bytesRead === 0) {
          controller.close();
          return;
        }
        controller.enqueue(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead));
      },
      cancel,
    });
  }

  stat(options) {
    return fsCall(fstat, 'fstat', this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, 'ftruncate', this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, 'futimes', this, atime, mtime);
  }

  write(buffer, offsetOrOptions, length, position) {
    return fsCall(write, 'write', this, buffer, offsetOrOptions, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, 'writev', this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, 'writeFile', this, data, options, 'w');
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }
}

function closeHandle(handle) {
  if (handle[kFd] === -1) return Promise.resolve();
  if (handle[kClosePromise]) return handle[kClosePromise];
  handle[kRefs]--;
  let promise;
  if (handle[kRefs] === 0) {
    promise = releaseFd(handle);
  } else {
    // Operations are in flight: the last one to finish closes the fd.
    promise = new Promise((resolve, reject) => {
      handle[kCloseResolve] = resolve;
      handle[kCloseReject] = reject;
    });
  }
  handle[kClosePromise] = promise.finally(() => {
    handle[kClosePromise] = undefined;
  });
  handle.emit('close');
  return handle[kClosePromise];
}

function releaseFd(handle) {
  const fd = handle[kFd];
  handle[kFd] = -1;
  registry.unregister(handle);
  return call('close', fd);
}

// Runs fn(handle, ...args) keeping the handle open until it finishes.
async function fsCall(fn, syscall, handle, ...args) {
  if (handle[kFd] === -1) {
    // eslint-disable-next-line no-restricted-syntax
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    throw err;
  }
  handle[kRefs]++;
  try {
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kFd] !== -1) {
      const resolve = handle[kCloseResolve];
      const reject = handle[kCloseReject];
      handle[kCloseResolve] = handle[kCloseReject] = undefined;
      releaseFd(handle).then(resolve, reject);
    }
  }
}

// ---------------------------------------------------------------------------
// Operations on an open handle

async function fstat(handle, options = { bigint: false }) {
  const result = await binding.fstat(handle.fd, !!options.bigint, true);
  return utils.getStatsFromBinding(result);
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return await call('ftruncate', handle.fd, len);
}

async function fsync(handle) {
  return await call('fsync', handle.fd);
}

async function fdatasync(handle) {
  return await call('fdatasync', handle.fd);
}

async function fchmod(handle, mode) {
  mode = utils.parseFileMode(mode, 'mode');
  return await call('fchmod', handle.fd, mode);
}

async function fchown(handle, uid, gid) {
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return await call('fchown', handle.fd, uid, gid);
}

async function futimes(handle, atime, mtime) {
  atime = utils.toUnixTimestamp(atime);
  mtime = utils.toUnixTimestamp(mtime);
  return await call('futimes', handle.fd, atime, mtime);
}

async function read(handle, bufferOrOptions, offset, length, position) {
  let buffer = bufferOrOptions;
  if (!isArrayBufferView(buffer)) {
    // read(options)
    if (bufferOrOptions !== undefined) {
      validateObject(bufferOrOptions, 'options', kValidateObjectAllowNullable);
    }
    const opts = bufferOrOptions ?? {};
    buffer = opts.buffer === undefined ? Buffer.alloc(16384) : opts.buffer;
    offset = opts.offset === undefined ? 0 : opts.offset;
    length = opts.length === undefined ? buffer.byteLength - offset : opts.length;
    position = opts.position === undefined ? null : opts.position;
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    const opts = offset;
    offset = opts.offset === undefined ? 0 : opts.offset;
    length = opts.length === undefined ? buffer.byteLength - offset : opts.length;
    position = opts.position === undefined ? null : opts.position;
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
  // Node 20 does not validate the position here: anything but a safe
  // non-negative integer reads at the current position.
  position = toPosition(position);
  const bytesRead = (await call('read', handle.fd, buffer, offset, length, position)) || 0;
  return { __proto__: null, bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  utils.validateBufferArray(buffers);
  position = typeof position === 'number' ? toPosition(position) : -1;
  const bytesRead = (await call('readv', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      offset = offsetOrOptions.offset === undefined ? 0 : offsetOrOptions.offset;
      length = offsetOrOptions.length === undefined ?
        buffer.byteLength - offset : offsetOrOptions.length;
      position = offsetOrOptions.position === undefined ? null : offsetOrOptions.position;
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    position = typeof position === 'number' ? toPosition(position) : -1;
    utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten =
      (await call('write', handle.fd, buffer, offset, length, position)) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  // write(string, position, encoding)
  validateStringData(buffer, 'buffer');
  const encoding = typeof length === 'string' ? length : 'utf8';
  validateHexLength(buffer, length);
  const bytes = Buffer.from(buffer, encoding);
  const pos = typeof offsetOrOptions === 'number' ? toPosition(offsetOrOptions) : -1;
  const bytesWritten = bytes.length === 0 ? 0 :
    (await call('write', handle.fd, bytes, 0, bytes.length, pos)) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  utils.validateBufferArray(buffers);
  position = typeof position === 'number' ? toPosition(position) : -1;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await call('writev', handle.fd, buffers, position)) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

async function writeAll(handle, data, signal) {
  const view = isArrayBufferView(data) && !(data instanceof Uint8Array) ?
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : data;
  let remaining = view.byteLength;
  while (remaining > 0) {
    const size = Math.min(kWriteFileMaxChunkSize, remaining);
    const written = await call('write', handle.fd, view, view.byteLength - remaining,
                               size, -1);
    remaining -= written;
    checkAborted(signal);
  }
}

// writeFile / appendFile on an open handle (at its current position).
async function writeFileHandle(handle, data, options, defaultFlag) {
  options = utils.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringData(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal, 'options.signal');
  return writeData(handle, data, options.signal, options.encoding);
}

async function writeData(handle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = isArrayBufferView(chunk) ? chunk : Buffer.from(chunk, encoding || 'utf8');
      await writeAll(handle, bytes, signal);
    }
    return;
  }
  if (data.byteLength === 0) return;
  await writeAll(handle, data, signal);
}

async function readFileHandle(handle, options) {
  options = utils.getOptions(options, { flag: 'r' });
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const st = await call('fstat', handle.fd, false);
  checkAborted(signal);

  let size = 0;
  if ((st[1] & S_IFMT) === S_IFREG) size = st[8];
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);

  let buffer;
  if (size === 0) {
    // Size unknown (empty, /proc, a pipe ...): read until EOF.
    const chunks = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      const n = await call('read', handle.fd, chunk, 0, chunk.length, -1);
      checkAborted(signal);
      if (!n) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
      if (total > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
    }
    buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } else {
    buffer = Buffer.allocUnsafeSlow(size);
    let total = 0;
    while (total < size) {
      const length = Math.min(size - total, kReadFileBufferLength);
      const n = await call('read', handle.fd, buffer, total, length, -1);
      checkAborted(signal);
      if (!n) break;
      total += n;
    }
    if (total < size) buffer = buffer.subarray(0, total);
  }
  return encoding ? buffer.toString(encoding) : buffer;
}

// ---------------------------------------------------------------------------
// Path operations

async function access(path, mode = constants.F_OK) {
  path = toPath(path);
  mode = getValidMode(mode, constants.F_OK);
  return await call('access', path, mode);
}

async function copyFile(src, dest, mode) {
  src = toPath(src, 'src');
  dest = toPath(dest, 'dest');
  mode = getValidMode(mode, 0);
  return await call('copyFile', src, dest, mode);
}

function promisifyCallbackApi(name, ...args) {
  const fs = require('fs');
  return new Promise((resolve, reject) => {
    fs[name](...args, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
  });
}

async function cp(src, dest, options) {
  return await promisifyCallbackApi('cp', src, dest, options);
}

async function open(path, flags, mode) {
  path = toPath(path);
  const flagsNumber = utils.stringToFlags(flags);
  mode = utils.parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', path, flagsNumber, mode));
}

async function opendir(path, options) {
  return await promisifyCallbackApi('opendir', path, options);
}

async function rename(oldPath, newPath) {
  oldPath = toPath(oldPath, 'oldPath');
  newPath = toPath(newPath, 'newPath');
  return await call('rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return handleFdClose(ftruncate(fd, len), fd.close);
}

async function rm(path, options) {
  return await promisifyCallbackApi('rm', path, options);
}

async function rmdir(path, options) {
  path = toPath(path);
  options = utils.validateRmdirOptions(options);
  if (options.recursive) {
    // The deprecated recursive form (and its warning) is the callback API's.
    return await promisifyCallbackApi('rmdir', path, options);
  }
  return await call('rmdir', path);
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const recursive = options?.recursive ?? false;
  const mode = options?.mode ?? 0o777;
  path = toPath(path);
  validateBoolean(recursive, 'options.recursive');
  return await call('mkdir', path, utils.parseFileMode(mode, 'mode', 0o777), recursive);
}

function makeDirents(dir, names, types, encoding) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    out[i] = new utils.Dirent(encodeResult(names[i], encoding), types[i], dir);
  }
  return out;
}

async function readdirRecursive(root, encoding, withFileTypes) {
  const result = [];
  // A stack of [directory, listing]: each listing is reported whole, then its
  // subdirectories are read; the last one pushed is visited next.
  const stack = [[root, await call('readdir', root, withFileTypes)]];
  while (stack.length > 0) {
    const [dir, listing] = stack.pop();
    if (withFileTypes) {
      const [names, types] = listing;
      const dirents = makeDirents(dir, names, types, encoding);
      for (let i = 0; i < dirents.length; i++) {
        result.push(dirents[i]);
        if (dirents[i].isDirectory()) {
          const sub = pathModule.join(dir, names[i]);
          stack.push([sub, await call('readdir', sub, true)]);
        }
      }
    } else {
      for (const name of listing) {
        const full = pathModule.join(dir, name);
        result.push(encodeResult(pathModule.relative(root, full), encoding));
        if (binding.internalModuleStat(full) === 1) {
          stack.push([full, await call('readdir', full, false)]);
        }
      }
    }
  }
  return result;
}

async function readdir(path, options) {
  options = utils.getOptions(options);
  path = toPath(path);
  const withFileTypes = !!options.withFileTypes;
  if (options.recursive) {
    return readdirRecursive(path, options.encoding, withFileTypes);
  }
  const result = await call('readdir', path, withFileTypes);
  if (withFileTypes) return makeDirents(path, result[0], result[1], options.encoding);
  if (options.encoding && options.encoding !== 'utf8') {
    return result.map((name) => encodeResult(name, options.encoding));
  }
  return result;
}

async function readlink(path, options) {
  options = utils.getOptions(options);
  path = toPath(path, 'oldPath');
  return encodeResult(await call('readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  const flags = utils.stringToSymlinkType(type);
  target = toPath(target, 'target');
  path = toPath(path);
  return await call('symlink', target, path, flags);
}

async function lstat(path, options = { bigint: false }) {
  path = toPath(path);
  const result = await binding.lstat(path, !!options.bigint, true);
  return utils.getStatsFromBinding(result);
}

// The stat family calls its binding directly: the most frequent call of
// all (static file servers, module resolution in tools) with no call() frame.
async function stat(path, options = { bigint: false }) {
  path = toPath(path);
  const result = await binding.stat(path, !!options.bigint, true);
  return utils.getStatsFromBinding(result);
}

async function statfs(path, options = { bigint: false }) {
  path = toPath(path);
  const result = await call('statfs', path, !!options.bigint);
  return utils.getStatFsFromBinding(result);
}

async function link(existingPath, newPath) {
  existingPath = toPath(existingPath, 'existingPath');
  newPath = toPath(newPath, 'newPath');
  return await call('link', existingPath, newPath);
}

async function unlink(path) {
  path = toPath(path);
  return await call('unlink', path);
}

async function chmod(path, mode) {
  path = toPath(path);
  mode = utils.parseFileMode(mode, 'mode');
  return await call('chmod', path, mode);
}

async function lchmod(path, mode) {
  // Linux has no lchmod (no O_SYMLINK).
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = toPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return await call('lchown', path, uid, gid);
}

async function chown(path, uid, gid) {
  path = toPath(path);
  validateUid(uid, 'uid');
  validateUid(gid, 'gid');
  return await call('chown', path, uid, gid);
}

async function utimes(path, atime, mtime) {
  path = toPath(path);
  return await call('utimes', path, utils.toUnixTimestamp(atime),
                    utils.toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = toPath(path);
  return await call('lutimes', path, utils.toUnixTimestamp(atime),
                    utils.toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = utils.getOptions(options);
  path = toPath(path);
  return encodeResult(await call('realpath', path), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = utils.getOptions(options);
  prefix = toPath(prefix, 'prefix');
  return encodeResult(await call('mkdtemp', prefix), options.encoding);
}

async function writeFile(path, data, options) {
  options = utils.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const flag = options.flag || 'w';
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringData(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) {
    // As node: straight to the handle's fd, without holding it open.
    return writeData(path, data, options.signal, options.encoding);
  }
  checkAborted(options.signal);
  if (isArrayBufferView(data) && options.signal === undefined) {
    // One thread-pool job (open, write all, close) instead of three
    // round trips through a FileHandle.
    const view = data instanceof Uint8Array ? data :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return call('writeFile', toPath(path), view, utils.stringToFlags(flag),
                utils.parseFileMode(options.mode, 'mode', 0o666));
  }
  const fh = await open(path, flag, options.mode);
  return handleFdClose(writeData(fh, data, options.signal, options.encoding), fh.close);
}

async function appendFile(path, data, options) {
  options = utils.getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = utils.copyObject(options);
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = utils.getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  validateAbortSignal(options.signal, 'options.signal');
  if (path instanceof FileHandle) {
    // As node: straight to the handle's fd, without holding it open (a closed
    // handle's fd, -1, fails node's fd check).
    if (path.fd === -1) throw new ERR_OUT_OF_RANGE('fd', '>= 0 && <= 2147483647', -1);
    return readFileHandle(path, options);
  }
  checkAborted(options.signal);
  if (options.signal === undefined && (flag === 'r' || flag === 0)) {
    // One thread-pool job (open, fstat-sized read, close).
    const bytes = await call('readFile', toPath(path));
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return options.encoding ? buf.toString(options.encoding) : buf;
  }
  const fh = await open(path, flag, 0o666);
  return handleFdClose(readFileHandle(fh, options), fh.close);
}

// fs.promises.watch: an async iterator of { eventType, filename }.
function watch(filename, options) {
  return require('internal/fs/watchers').watchIterator(filename, options);
}

module.exports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

// Not enumerable: for fs streams and tests of ours, not part of node's object.
Object.defineProperty(module.exports, 'FileHandle', {
  __proto__: null, value: FileHandle, enumerable: false, configurable: true, writable: true,
});
