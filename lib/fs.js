'use strict';
// node:fs — the foundation's subset: what the module loader and the event
// loop tests need (stat, readFile, existsSync, realpath). The complete module
// (every function in sync, callback and promise form) is its own issue.

const binding = internalBinding('fs');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kStatFields = 18;  // src/fs.cc: must match

function toPath(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path !== null && typeof path === 'object' && path.href && path.protocol) {
    if (path.protocol !== 'file:') throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
    return decodeURIComponent(path.pathname);
  }
  if (path instanceof Uint8Array) return require('buffer').Buffer.from(path).toString();
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function dateFromMs(ms) { return new Date(Math.round(ms)); }

class Stats {
  constructor(a) {
    this.dev = a[0];
    this.mode = a[1];
    this.nlink = a[2];
    this.uid = a[3];
    this.gid = a[4];
    this.rdev = a[5];
    this.blksize = a[6];
    this.ino = a[7];
    this.size = a[8];
    this.blocks = a[9];
    this.atimeMs = a[10] * 1e3 + a[11] / 1e6;
    this.mtimeMs = a[12] * 1e3 + a[13] / 1e6;
    this.ctimeMs = a[14] * 1e3 + a[15] / 1e6;
    this.birthtimeMs = a[16] * 1e3 + a[17] / 1e6;
    this.atime = dateFromMs(this.atimeMs);
    this.mtime = dateFromMs(this.mtimeMs);
    this.ctime = dateFromMs(this.ctimeMs);
    this.birthtime = dateFromMs(this.birthtimeMs);
  }
  _checkModeProperty(type) { return (this.mode & 0o170000) === type; }
  isDirectory() { return this._checkModeProperty(0o040000); }
  isFile() { return this._checkModeProperty(0o100000); }
  isBlockDevice() { return this._checkModeProperty(0o060000); }
  isCharacterDevice() { return this._checkModeProperty(0o020000); }
  isSymbolicLink() { return this._checkModeProperty(0o120000); }
  isFIFO() { return this._checkModeProperty(0o010000); }
  isSocket() { return this._checkModeProperty(0o140000); }
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function makeStatCallback(cb) {
  return (err, array) => (err ? cb(err) : cb(null, new Stats(array)));
}

function stat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = maybeCallback(callback);
  binding.stat(toPath(path), false, makeStatCallback(callback));
}

function lstat(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = maybeCallback(callback);
  binding.lstat(toPath(path), false, makeStatCallback(callback));
}

function statSync(path, options) {
  try {
    return new Stats(binding.stat(toPath(path)));
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function lstatSync(path, options) {
  try {
    return new Stats(binding.lstat(toPath(path)));
  } catch (err) {
    if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function getEncoding(options) {
  if (typeof options === 'string') return options;
  if (options && typeof options === 'object') return options.encoding;
  return undefined;
}

function decode(bytes, encoding) {
  const { Buffer } = require('buffer');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!encoding || encoding === 'buffer') return buf;
  return buf.toString(encoding);
}

function readFile(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = maybeCallback(callback);
  const encoding = getEncoding(options);
  binding.readFile(toPath(path), (err, bytes) => {
    if (err) return callback(err);
    callback(null, decode(bytes, encoding));
  });
}

function readFileSync(path, options) {
  const encoding = getEncoding(options);
  if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(toPath(path));
  return decode(binding.readFile(toPath(path)), encoding);
}

function existsSync(path) {
  try {
    path = toPath(path);
  } catch {
    return false;
  }
  return binding.internalModuleStat(path) >= 0;
}

function exists(path, callback) {
  maybeCallback(callback);
  stat(path, (err) => callback(!err));
}

function realpathSync(path) {
  return binding.realpath(toPath(path));
}
realpathSync.native = realpathSync;

function realpath(path, options, callback) {
  if (typeof options === 'function') callback = options;
  callback = maybeCallback(callback);
  binding.realpath(toPath(path), callback);
}
realpath.native = realpath;

function writeSync(fd, data) {
  if (typeof data === 'string') return binding.writeString(fd, data);
  return binding.writeBufferSync(fd, data);
}

const constants = Object.freeze({ ...internalBinding('constants').fs });

module.exports = {
  Stats,
  constants,
  stat, lstat, statSync, lstatSync,
  readFile, readFileSync,
  exists, existsSync,
  realpath, realpathSync,
  writeSync,
  F_OK: constants.F_OK, R_OK: constants.R_OK, W_OK: constants.W_OK, X_OK: constants.X_OK,
};
