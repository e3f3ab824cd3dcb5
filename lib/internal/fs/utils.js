'use strict';
// Helpers shared by node:fs, fs/promises, the fs streams and watchers:
// argument validation (paths, fds, flags, modes, offsets), option parsing and
// the objects fs hands out (Stats, BigIntStats, StatFs, Dirent).

const {
  codes: {
    ERR_FS_EISDIR,
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
  captureStackFrom,
} = require('internal/errors');
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');

const fsConstants = internalBinding('constants').fs;
const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK,
} = fsConstants;

// libuv's values (uv.h); the same on every platform node supports.
const UV_DIRENT_UNKNOWN = 0;
const UV_DIRENT_FILE = 1;
const UV_DIRENT_DIR = 2;
const UV_DIRENT_LINK = 3;
const UV_DIRENT_FIFO = 4;
const UV_DIRENT_SOCKET = 5;
const UV_DIRENT_CHAR = 6;
const UV_DIRENT_BLOCK = 7;
const UV_FS_SYMLINK_DIR = 1;
const UV_FS_SYMLINK_JUNCTION = 2;
const COPYFILE_EXCL = 1;
const COPYFILE_FICLONE = 2;
const COPYFILE_FICLONE_FORCE = 4;
const F_OK = 0;
const R_OK = 4;
const W_OK = 2;
const X_OK = 1;

// fs.constants in node's key order.
const constants = Object.freeze({
  UV_FS_SYMLINK_DIR,
  UV_FS_SYMLINK_JUNCTION,
  O_RDONLY: fsConstants.O_RDONLY,
  O_WRONLY: fsConstants.O_WRONLY,
  O_RDWR: fsConstants.O_RDWR,
  UV_DIRENT_UNKNOWN,
  UV_DIRENT_FILE,
  UV_DIRENT_DIR,
  UV_DIRENT_LINK,
  UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR,
  UV_DIRENT_BLOCK,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
  EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  O_CREAT, O_EXCL,
  UV_FS_O_FILEMAP: 0,
  O_NOCTTY: fsConstants.O_NOCTTY,
  O_TRUNC, O_APPEND,
  O_DIRECTORY: fsConstants.O_DIRECTORY,
  O_NOATIME: fsConstants.O_NOATIME,
  O_NOFOLLOW: fsConstants.O_NOFOLLOW,
  O_SYNC,
  O_DSYNC: fsConstants.O_DSYNC,
  O_DIRECT: fsConstants.O_DIRECT,
  O_NONBLOCK: fsConstants.O_NONBLOCK,
  S_IRWXU: fsConstants.S_IRWXU,
  S_IRUSR: fsConstants.S_IRUSR,
  S_IWUSR: fsConstants.S_IWUSR,
  S_IXUSR: fsConstants.S_IXUSR,
  S_IRWXG: fsConstants.S_IRWXG,
  S_IRGRP: fsConstants.S_IRGRP,
  S_IWGRP: fsConstants.S_IWGRP,
  S_IXGRP: fsConstants.S_IXGRP,
  S_IRWXO: fsConstants.S_IRWXO,
  S_IROTH: fsConstants.S_IROTH,
  S_IWOTH: fsConstants.S_IWOTH,
  S_IXOTH: fsConstants.S_IXOTH,
  F_OK, R_OK, W_OK, X_OK,
  UV_FS_COPYFILE_EXCL: COPYFILE_EXCL,
  COPYFILE_EXCL,
  UV_FS_COPYFILE_FICLONE: COPYFILE_FICLONE,
  COPYFILE_FICLONE,
  UV_FS_COPYFILE_FICLONE_FORCE: COPYFILE_FICLONE_FORCE,
  COPYFILE_FICLONE_FORCE,
});

const kMaxUserId = 2 ** 32 - 1;
const kIoMaxLength = 2 ** 31 - 1;
const kMaxLength = internalBinding('buffer').kMaxLength;
const kReadFileUnknownBufferLength = 64 * 1024;
const kReadFileBufferLength = 512 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;

const kEmptyObject = Object.freeze(Object.create(null));

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

let urlModule;
function lazyURL() {
  if (urlModule === undefined) urlModule = require('internal/url');
  return urlModule;
}

// ---------------------------------------------------------------------------
// Paths and file descriptors

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function nullCheck(path, propName, throwError = true) {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = isUint8Array(path);
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return undefined;
  }
  const err = new ERR_INVALID_ARG_VALUE(
    propName, path, 'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw captureStackFrom(err, nullCheck);
  return err;
}

// Accepts a string, a Uint8Array (Buffer) or a file: URL (a URL instance or
// a URL-like object with href and protocol) and returns the path as a string.
function getValidatedPath(fileURLOrPath, propName = 'path') {
  let path = fileURLOrPath;
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw captureStackFrom(new ERR_INVALID_ARG_VALUE(
        propName, path, 'must be a string, Uint8Array, or URL without null bytes'),
      getValidatedPath);
    }
    return path;
  }
  if (path != null && typeof path === 'object' && !isUint8Array(path) &&
      path.href !== undefined && path.protocol !== undefined) {
    try {
      path = lazyURL().fileURLToPath(path);
    } catch (err) {
      throw captureStackFrom(err, getValidatedPath);
    }
    if (path.includes('\u0000')) {
      throw captureStackFrom(new ERR_INVALID_ARG_VALUE(
        propName, path, 'must be a string, Uint8Array, or URL without null bytes'),
      getValidatedPath);
    }
    return path;
  }
  if (isUint8Array(path)) {
    if (path.includes(0)) {
      throw captureStackFrom(new ERR_INVALID_ARG_VALUE(
        propName, path, 'must be a string, Uint8Array, or URL without null bytes'),
      getValidatedPath);
    }
    // A path that isn't UTF-8 stays bytes: the binding uses them as they are.
    if (!internalBinding('buffer').isUtf8(path)) return path;
    const B = lazyBuffer();
    return B.from(path.buffer, path.byteOffset, path.byteLength).toString();
  }
  throw captureStackFrom(
    new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path), getValidatedPath);
}

// Like getValidatedPath but keeps Buffers (for callers that need the bytes).
function toPathIfFileURL(fileURLOrPath) {
  if (fileURLOrPath != null && typeof fileURLOrPath === 'object' &&
      !isUint8Array(fileURLOrPath) && fileURLOrPath.href !== undefined &&
      fileURLOrPath.protocol !== undefined) {
    return lazyURL().fileURLToPath(fileURLOrPath);
  }
  return fileURLOrPath;
}

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
});

function getValidatedFd(fd, propName = 'fd') {
  if (Object.is(fd, -0)) return 0;
  if (fd !== (fd | 0) || fd < 0) {
    try {
      validateInt32(fd, propName, 0);
    } catch (err) {
      throw captureStackFrom(err, getValidatedFd);
    }
  }
  return fd;
}

// ---------------------------------------------------------------------------
// Flags, modes, options

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': // Fall through.
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': // Fall through.
    case 'sr+': return O_RDWR | O_SYNC;

    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': // Fall through.
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': // Fall through.
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;

    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': // Fall through.
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': // Fall through.
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': // Fall through.
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': // Fall through.
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw captureStackFrom(new ERR_INVALID_ARG_VALUE('flags', flags), stringToFlags);
}

function assertEncoding(encoding) {
  if (encoding && !lazyBuffer().isEncoding(encoding)) {
    throw captureStackFrom(
      new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding'), assertEncoding);
  }
}

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw captureStackFrom(
      new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options), getOptions);
  }
  try {
    if (options.encoding !== 'buffer') assertEncoding(options.encoding);
    if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  } catch (err) {
    throw captureStackFrom(err, getOptions);
  }
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// A TypeError/RangeError with a code but a free-form message, as node's C++
// layer throws for a few arguments (access/copyFile modes).
function codedError(Ctor, code, message, fn) {
  const err = new Ctor(message);
  err.code = code;
  Error.captureStackTrace(err, fn);
  return err;
}

// access() and copyFile() modes: node checks these natively with these messages.
function getValidMode(mode, type) {
  let min = F_OK;
  let max = R_OK | W_OK | X_OK;
  let def = F_OK;
  if (type === 'copyFile') {
    min = 0;
    max = COPYFILE_EXCL | COPYFILE_FICLONE | COPYFILE_FICLONE_FORCE;
    def = 0;
  }
  if (mode == null) return def;
  if (typeof mode !== 'number') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                     'mode must be int32 or null/undefined', getValidMode);
  }
  if (!Number.isFinite(mode)) {
    // node's wording differs for values that are not finite.
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range', getValidMode);
  }
  mode = Math.trunc(mode);
  if (!(mode >= min && mode <= max)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
                     `mode is out of range: >= ${min} && <= ${max}`, getValidMode);
  }
  return mode;
}

function toUnixTimestamp(time, name = 'time') {
  // eslint-disable-next-line eqeqeq
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number') {
    if (!Number.isFinite(time) || time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date || Object.prototype.toString.call(time) === '[object Date]') {
    return time.getTime() / 1000;
  }
  throw captureStackFrom(
    new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time), toUnixTimestamp);
}

// ---------------------------------------------------------------------------
// Offsets, lengths, positions

function validateOffsetLengthRead(offset, length, bufferLength) {
  let err;
  if (offset < 0) {
    err = new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  } else if (length < 0) {
    err = new ERR_OUT_OF_RANGE('length', '>= 0', length);
  } else if (offset + length > bufferLength) {
    err = new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
  if (err !== undefined) throw captureStackFrom(err, validateOffsetLengthRead);
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  let err;
  if (offset > byteLength) {
    err = new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  } else if (length > byteLength - offset) {
    err = new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  } else if (length < 0) {
    err = new ERR_OUT_OF_RANGE('length', '>= 0', length);
  }
  if (err !== undefined) throw captureStackFrom(err, validateOffsetLengthWrite);
  try {
    validateInt32(length, 'length', 0);
  } catch (e) {
    throw captureStackFrom(e, validateOffsetLengthWrite);
  }
}

const kMinInt64 = -(2n ** 63n);
const kMaxInt64 = 2n ** 63n - 1n;
function validatePosition(position, name = 'position', length) {
  let err;
  if (typeof position === 'number') {
    try {
      validateInteger(position, name, -1);
    } catch (e) {
      err = e;
    }
  } else if (typeof position === 'bigint') {
    if (!(position >= kMinInt64 && position <= kMaxInt64)) {
      err = new ERR_OUT_OF_RANGE(name, `>= ${kMinInt64} && <= ${kMaxInt64}`, position);
    }
  } else {
    err = new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
  if (err !== undefined) throw captureStackFrom(err, validatePosition);
}

function validateBufferArray(buffers, propName = 'buffers') {
  let ok = Array.isArray(buffers);
  if (ok) {
    for (let i = 0; i < buffers.length; i++) {
      if (!ArrayBuffer.isView(buffers[i])) {
        ok = false;
        break;
      }
    }
  }
  if (!ok) {
    throw captureStackFrom(
      new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers), validateBufferArray);
  }
  return buffers;
}

// ---------------------------------------------------------------------------
// Stats

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSecBigInt = 10n ** 3n;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = function() {
  return (this.mode & S_IFMT) === S_IFREG;
};
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

const kFsStatsFieldsNumber = 18;

function getStatsFromBinding(stats, offset = 0) {
  const s = stats;
  const o = offset;
  if (typeof s[o] === 'bigint') {
    return new BigIntStats(
      s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7],
      s[o + 8], s[o + 9],
      s[o + 10] * kNsPerSecBigInt + s[o + 11],
      s[o + 12] * kNsPerSecBigInt + s[o + 13],
      s[o + 14] * kNsPerSecBigInt + s[o + 15],
      s[o + 16] * kNsPerSecBigInt + s[o + 17]);
  }
  return new Stats(
    s[o], s[o + 1], s[o + 2], s[o + 3], s[o + 4], s[o + 5], s[o + 6], s[o + 7],
    s[o + 8], s[o + 9],
    s[o + 10] * 1e3 + s[o + 11] / 1e6,
    s[o + 12] * 1e3 + s[o + 13] / 1e6,
    s[o + 14] * 1e3 + s[o + 15] / 1e6,
    s[o + 16] * 1e3 + s[o + 17] / 1e6);
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(s) {
  return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

// ---------------------------------------------------------------------------
// Dirent

const kType = Symbol('type');
const kStats = Symbol('stats');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of ['isDirectory', 'isFile', 'isBlockDevice', 'isCharacterDevice',
  'isSymbolicLink', 'isFIFO', 'isSocket']) {
  Object.defineProperty(DirentFromStats.prototype, name, {
    __proto__: null,
    value: function() { return this[kStats][name](); },
    writable: true,
    configurable: true,
  });
}

function joinPath(dir, name) {
  if (dir.length > 0 && dir[dir.length - 1] === '/') return dir + name;
  return `${dir}/${name}`;
}

// A Dirent for each of `names` (with libuv types in `types`); entries of
// unknown type are resolved with lstat. With a callback the lstats run
// asynchronously; otherwise the array is returned.
function getDirents(path, { 0: names, 1: types }, callback) {
  const binding = internalBinding('fs');
  if (typeof callback === 'function') {
    const len = names.length;
    let pending = 0;
    let failed = false;
    const done = () => {
      if (failed) return;
      if (pending === 0) callback(null, names);
    };
    for (let i = 0; i < len; i++) {
      const type = types[i];
      if (type === UV_DIRENT_UNKNOWN) {
        const name = names[i];
        const idx = i;
        pending++;
        binding.lstat(joinPath(path, String(name)), false, (err, stats) => {
          if (failed) return;
          if (err) {
            failed = true;
            callback(err);
            return;
          }
          names[idx] = new DirentFromStats(name, getStatsFromBinding(stats), path);
          pending--;
          done();
        });
      } else {
        names[i] = new Dirent(names[i], type, path);
      }
    }
    if (pending === 0) {
      // Still asynchronous: the caller passes us a callback that is already
      // running from the binding's completion.
      callback(null, names);
    }
    return undefined;
  }
  const len = names.length;
  for (let i = 0; i < len; i++) {
    names[i] = getDirent(path, names[i], types[i]);
  }
  return names;
}

function getDirent(path, name, type, callback) {
  if (type === UV_DIRENT_UNKNOWN) {
    const binding = internalBinding('fs');
    const full = joinPath(path, String(name));
    if (typeof callback === 'function') {
      binding.lstat(full, false, (err, stats) => {
        if (err) return callback(err);
        callback(null, new DirentFromStats(name, getStatsFromBinding(stats), path));
      });
      return undefined;
    }
    return new DirentFromStats(name, getStatsFromBinding(binding.lstat(full, false)), path);
  }
  const d = new Dirent(name, type, path);
  if (typeof callback === 'function') {
    callback(null, d);
    return undefined;
  }
  return d;
}

// ---------------------------------------------------------------------------
// Symlinks

function stringToSymlinkType(type) {
  let flags = 0;
  if (typeof type === 'string') {
    switch (type) {
      case 'dir':
        flags |= UV_FS_SYMLINK_DIR;
        break;
      case 'junction':
        flags |= UV_FS_SYMLINK_JUNCTION;
        break;
      case 'file':
        break;
      default:
        throw captureStackFrom(new ERR_FS_INVALID_SYMLINK_TYPE(type), stringToSymlinkType);
    }
  }
  return flags;
}

// Symlink targets are stored as given on POSIX.
function preprocessSymlinkDestination(path) {
  return path;
}

// ---------------------------------------------------------------------------
// rm / rmdir / cp options

const defaultRmOptions = {
  recursive: false,
  force: false,
  retryDelay: 100,
  maxRetries: 0,
};

const defaultRmdirOptions = {
  retryDelay: 100,
  maxRetries: 0,
  recursive: false,
};

function validateRmOptionsShape(options, defaults) {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmdirOptions(options, defaults = defaultRmdirOptions) {
  try {
    return validateRmOptionsShape(options, defaults);
  } catch (err) {
    throw captureStackFrom(err, validateRmdirOptions);
  }
}

function makeEISDIR(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: 21,
  });
}

// Validates rm options and checks the target; throws (sync) or calls back.
function validateRmOptionsSync(path, options, expectDir) {
  try {
    options = validateRmOptionsShape(options, defaultRmOptions);
    validateBoolean(options.force, 'options.force');
  } catch (err) {
    throw captureStackFrom(err, validateRmOptionsSync);
  }
  if (!options.force || expectDir || !options.recursive) {
    const binding = internalBinding('fs');
    let isDirectory;
    try {
      const st = binding.lstat(path, false);
      isDirectory = (st[1] & S_IFMT) === S_IFDIR;
    } catch (err) {
      if (options.force && err.code === 'ENOENT') return options;
      throw err;
    }
    if (expectDir && !isDirectory) return false;
    if (isDirectory && !options.recursive) throw makeEISDIR(path);
  }
  return options;
}

function validateRmOptions(path, options, expectDir, cb) {
  try {
    options = validateRmOptionsShape(options, defaultRmOptions);
    validateBoolean(options.force, 'options.force');
  } catch (err) {
    throw captureStackFrom(err, validateRmOptions);
  }
  internalBinding('fs').lstat(path, false, (err, st) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const isDirectory = (st[1] & S_IFMT) === S_IFDIR;
    if (expectDir && !isDirectory) return cb(false);
    if (isDirectory && !options.recursive) return cb(makeEISDIR(path));
    return cb(null, options);
  });
}

let recursiveRmdirWarned = false;
function emitRecursiveRmdirWarning() {
  if (recursiveRmdirWarned) return;
  recursiveRmdirWarned = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
    'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning',
    'DEP0147');
}

const defaultCpOptions = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...defaultCpOptions };
  try {
    validateObject(options, 'options');
    options = { ...defaultCpOptions, ...options };
    validateBoolean(options.dereference, 'options.dereference');
    validateBoolean(options.errorOnExist, 'options.errorOnExist');
    validateBoolean(options.force, 'options.force');
    validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
    validateBoolean(options.recursive, 'options.recursive');
    validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
    options.mode = getValidMode(options.mode, 'copyFile');
    if (options.dereference === true && options.verbatimSymlinks === true) {
      const { codes: { ERR_INCOMPATIBLE_OPTION_PAIR } } = require('internal/errors');
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
    }
    if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  } catch (err) {
    throw captureStackFrom(err, validateCpOptions);
  }
  return options;
}

function warnOnNonPortableTemplate() {}

module.exports = {
  assertEncoding,
  BigIntStats,
  constants,
  copyObject,
  Dirent,
  DirentFromStats,
  emitRecursiveRmdirWarning,
  getDirent,
  getDirents,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  getStatFsFromBinding,
  getStatsFromBinding,
  kFsStatsFieldsNumber,
  kIoMaxLength,
  kMaxLength,
  kMaxUserId,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize,
  kType,
  kStats,
  nullCheck,
  parseFileMode,
  preprocessSymlinkDestination,
  realpathCacheKey: Symbol('realpathCacheKey'),
  Stats,
  StatFs,
  stringToFlags,
  stringToSymlinkType,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateRmOptions,
  validateRmOptionsSync,
  warnOnNonPortableTemplate,
};
