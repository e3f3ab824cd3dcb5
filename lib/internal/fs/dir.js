'use strict';
// fs.Dir / fs.opendir / fs.opendirSync. The directory is listed when it is
// opened (one readdir) and handed out one Dirent at a time; with
// { recursive: true } subdirectories are listed as they are reached.

const binding = internalBinding('fs');
const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_INVALID_ARG_TYPE,
  },
  uvException,
} = require('internal/errors');
const { validateBoolean, validateFunction, validateUint32 } = require('internal/validators');
const {
  getDirents,
  getOptions,
  getValidatedPath,
} = require('internal/fs/utils');

const kDirPath = Symbol('kDirPath');
const kDirEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirPending = Symbol('kDirOperationQueue');
const kDirQueue = Symbol('kDirPathQueue');

function opendirError(err) {
  // node reports opendir failures without the path.
  if (err && typeof err.errno === 'number' && err.syscall === 'scandir') {
    const e = uvException({ errno: err.errno, syscall: 'opendir' });
    return e;
  }
  return err;
}

function makeCallback(cb) {
  if (typeof cb !== 'function') throw new ERR_INVALID_ARG_TYPE('cb', 'Function', cb);
  return cb;
}

function encodeName(name, encoding) {
  if (typeof name !== 'string') {
    // A name that isn't UTF-8 comes from the binding as its bytes.
    const buf = require('buffer').Buffer.from(name.buffer, name.byteOffset, name.byteLength);
    return encoding === 'buffer' ? buf : buf.toString(encoding || 'utf8');
  }
  if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const buf = require('buffer').Buffer.from(name);
  return encoding === 'buffer' ? buf : buf.toString(encoding);
}

class Dir {
  constructor(path, entries, options) {
    this[kDirPath] = path;
    this[kDirEntries] = entries;
    this[kDirClosed] = false;
    this[kDirOptions] = options;
    this[kDirPending] = 0;
    this[kDirQueue] = [];
  }

  get path() {
    return this[kDirPath];
  }

  // The next entry, queueing subdirectories when recursive.
  #nextSync() {
    for (;;) {
      if (this[kDirEntries].length > 0) {
        const d = this[kDirEntries].shift();
        if (this[kDirOptions].recursive && d.isDirectory()) {
          // (Recursion works on string paths: a non-UTF-8 name is decoded.)
          const name = typeof d.name === 'string' ? d.name : encodeName(d.name);
          this[kDirQueue].push(require('path').join(d.parentPath, name));
        }
        d.name = encodeName(d.name, this[kDirOptions].encoding);
        return d;
      }
      if (this[kDirQueue].length === 0) return null;
      const dir = this[kDirQueue].shift();
      this[kDirEntries] = getDirents(dir, binding.readdirRaw(dir, true));
    }
  }

  #next(callback) {
    if (this[kDirEntries].length > 0 || this[kDirQueue].length === 0) {
      let d;
      try {
        d = this.#nextSync();
      } catch (err) {
        return process.nextTick(callback, err);
      }
      return process.nextTick(callback, null, d);
    }
    const dir = this[kDirQueue].shift();
    binding.readdirRaw(dir, true, (err, result) => {
      if (err) return callback(err);
      getDirents(dir, result, (err, dirents) => {
        if (err) return callback(err);
        this[kDirEntries] = dirents;
        this.#next(callback);
      });
    });
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, d) => (err ? reject(err) : resolve(d)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kDirPending]++;
    this.#next((err, d) => {
      this[kDirPending]--;
      callback(err, d);
    });
  }

  readSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this.#nextSync();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      this[kDirClosed] = true;
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kDirClosed] = true;
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kDirClosed]) throw new ERR_DIR_CLOSED();
    if (this[kDirPending] > 0) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
  }

  async* entries() {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d;
      }
    } finally {
      if (!this[kDirClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function validateDirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) {
    validateUint32(options.bufferSize, 'options.bufferSize', true);
  }
  if (options.recursive !== undefined) validateBoolean(options.recursive, 'options.recursive');
  return {
    bufferSize: options.bufferSize ?? 32,
    encoding: options.encoding ?? 'utf8',
    recursive: !!options.recursive,
  };
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  path = getValidatedPath(path);
  options = validateDirOptions(typeof options === 'function' ? undefined : options);
  binding.readdirRaw(path, true, (err, result) => {
    if (err) return callback(opendirError(err));
    getDirents(path, result, (err, dirents) => {
      if (err) return callback(err);
      callback(null, new Dir(path, dirents, options));
    });
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = validateDirOptions(options);
  let result;
  try {
    result = binding.readdirRaw(path, true);
  } catch (err) {
    throw opendirError(err);
  }
  return new Dir(path, getDirents(path, result), options);
}

module.exports = { Dir, opendir, opendirSync };
