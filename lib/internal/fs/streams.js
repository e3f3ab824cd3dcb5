'use strict';
// fs.ReadStream / fs.WriteStream (and createReadStream / createWriteStream).
//
// Both are ordinary stream.Readable / stream.Writable subclasses whose
// _construct opens the file, _read / _write / _writev move bytes with the fs
// binding's asynchronous (callback) calls, and _destroy closes the fd once any
// read or write in flight has finished (closing an fd a thread-pool job is
// still using is unsafe).
//
// The I/O goes through an "fs" object: by default a small table of functions
// over internalBinding('fs'); with `options.fs` the user's own open / read /
// write / writev / close / fsync (node's callback signatures); with
// `options.fd` set to a FileHandle, that handle's promise methods.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_DESTROYED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateInteger,
} = require('internal/validators');

let utils;
function lazyUtils() {
  if (utils === undefined) utils = require('internal/fs/utils');
  return utils;
}

let eos;
function lazyEos() {
  if (eos === undefined) eos = require('internal/streams/end-of-stream');
  return eos;
}

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');  // event: the read/write in flight finished
const kDefaultFs = Symbol('kDefaultFs');

// ---------------------------------------------------------------------------
// The default operations: node's callback signatures over the binding.
// Positions: undefined / null mean "the current file position" (-1 natively).

function nativePosition(pos) {
  return typeof pos === 'number' ? pos : -1;
}

function pathString(path) {
  if (typeof path === 'string') return path;
  // Buffer paths (validated already): the binding wants a string.
  return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
}

const defaultFs = {
  [kDefaultFs]: true,
  open(path, flags, mode, cb) {
    const u = lazyUtils();
    const p = pathString(u.getValidatedPath(path));
    const f = u.stringToFlags(flags);
    const m = u.parseFileMode(mode, 'mode', 0o666);
    binding.open(p, f, m, cb);
  },
  read(fd, buffer, offset, length, position, cb) {
    binding.read(fd, buffer, offset, length, nativePosition(position), (err, n) => {
      cb(err, n, buffer);
    });
  },
  write(fd, buffer, offset, length, position, cb) {
    binding.write(fd, buffer, offset, length, nativePosition(position), (err, n) => {
      cb(err, n, buffer);
    });
  },
  writev(fd, buffers, position, cb) {
    binding.writev(fd, buffers, nativePosition(position), (err, n) => {
      cb(err, n, buffers);
    });
  },
  close(fd, cb) {
    binding.close(fd, (err) => cb(err || null));
  },
  fsync(fd, cb) {
    binding.fsync(fd, (err) => cb(err || null));
  },
};

// A FileHandle (fs.promises) used as `fd`: its promise methods, adapted to
// the callback signatures above.
function isFileHandleLike(value) {
  return value !== null && typeof value === 'object' &&
    typeof value.fd === 'number' &&
    typeof value.read === 'function' &&
    typeof value.write === 'function' &&
    typeof value.close === 'function';
}

function fileHandleFs(handle) {
  const settle = (promise, cb, map) => {
    promise.then((r) => map(r), (err) => cb(err));
  };
  return {
    open(path, flags, mode, cb) {
      // A FileHandle is already open; never called.
      process.nextTick(cb, new ERR_METHOD_NOT_IMPLEMENTED('open()'));
    },
    read(fd, buffer, offset, length, position, cb) {
      settle(handle.read(buffer, offset, length, position), cb,
             (r) => cb(null, r.bytesRead, r.buffer));
    },
    write(fd, buffer, offset, length, position, cb) {
      settle(handle.write(buffer, offset, length, position), cb,
             (r) => cb(null, r.bytesWritten, r.buffer));
    },
    writev(fd, buffers, position, cb) {
      settle(handle.writev(buffers, position), cb,
             (r) => cb(null, r.bytesWritten, r.buffers));
    },
    close(fd, cb) {
      settle(handle.close(), cb, () => cb(null));
    },
    fsync(fd, cb) {
      settle(handle.sync(), cb, () => cb(null));
    },
  };
}

function toPathIfFileURL(path) {
  if (path !== null && typeof path === 'object' && typeof path.href === 'string' &&
      typeof path.protocol === 'string' && !(path instanceof Uint8Array)) {
    return require('url').fileURLToPath(path);
  }
  return path;
}

// options.fd: a number or a FileHandle. Returns the numeric fd.
function importFd(stream, options) {
  const fd = options.fd;
  if (typeof fd === 'number') {
    stream[kFs] = options.fs || defaultFs;
    return lazyUtils().getValidatedFd(fd);
  }
  if (isFileHandleLike(fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = fd;
    stream[kFs] = fileHandleFs(fd);
    if (typeof fd.on === 'function') {
      // The handle closed under us: end the stream too.
      fd.on('close', () => stream.close());
    }
    return fd.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], fd);
}

function validateFsMethod(fs, name, required) {
  const fn = fs[name];
  if (required || fn != null) {
    if (typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE(`options.fs.${name}`, 'function', fn);
    }
  }
}

function copyOptions(options) {
  const opts = lazyUtils().getOptions(options, {});
  // A copy: we set defaults on it and must not touch the caller's object.
  return { ...opts };
}

// Shared by both streams: common options, fd or path.
function setUpFile(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || defaultFs;
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    lazyUtils().getValidatedPath(stream.path);
    validateFsMethod(stream[kFs], 'open', true);
  } else {
    stream.fd = importFd(stream, options);
    // node keeps the path (usually undefined) and the defaults here too.
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
  }
}

// ---------------------------------------------------------------------------
// Opening and closing (shared).

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  openStream(this, callback);
}

function closeFd(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  const fd = stream.fd;
  const fs = stream[kFs];
  const doClose = (syncErr) => {
    fs.close(fd, (closeErr) => {
      cb(closeErr || syncErr || err);
    });
  };
  stream.fd = null;
  if (stream.flush) {
    fs.fsync(fd, (syncErr) => doClose(syncErr || null));
  } else {
    doClose(null);
  }
}

function destroyImpl(err, cb) {
  // Wait for the I/O in flight: the thread-pool job still uses the fd.
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (ioErr) => closeFd(this, err || ioErr, cb));
  } else {
    closeFd(this, err, cb);
  }
}

function deprecatedOpen() {
  process.emitWarning(
    `${this.constructor.name}.prototype.open() is deprecated`,
    'DeprecationWarning', 'DEP0135');
  openStream(this, (err) => {
    if (err) this.destroy(err);
  });
}

const autoCloseDescriptor = (stateKey) => ({
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this[stateKey].autoDestroy; },
  set(value) { this[stateKey].autoDestroy = value; },
});

const pendingDescriptor = {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this.fd === null; },
};

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);

  options = copyOptions(options);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  // The stream closes the file itself when done, unless autoClose is false.
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  setUpFile(this, path, options, 'r');
  const fs = this[kFs];
  if (fs !== defaultFs && this[kHandle] === undefined) {
    validateFsMethod(fs, 'read', true);
    validateFsMethod(fs, 'close', true);
  }

  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }

  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', autoCloseDescriptor('_readableState'));

ReadStream.prototype.open = deprecatedOpen;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function _read(n) {
  const remaining = this.pos !== undefined ?
    this.end - this.pos + 1 :
    this.end - this.bytesRead + 1;
  if (remaining < n) n = remaining;
  if (n <= 0) {
    this.push(null);
    return;
  }

  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead) => {
    this[kIsPerformingIO] = false;

    // destroy() waited for us: now it may close the fd.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }

    if (err) {
      this.destroy(err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      let chunk = buf;
      if (bytesRead !== buf.length) {
        // A short read: keep a right-sized copy when most of the buffer
        // would be wasted, otherwise a view.
        if (bytesRead < (buf.length >>> 1)) {
          chunk = Buffer.allocUnsafeSlow(bytesRead);
          buf.copy(chunk, 0, 0, bytesRead);
        } else {
          chunk = buf.subarray(0, bytesRead);
        }
      }
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') lazyEos()(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', pendingDescriptor);

// ---------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);

  options = copyOptions(options);
  // Strings are turned into Buffers by Writable before _write.
  options.decodeStrings = true;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  setUpFile(this, path, options, 'w');
  const fs = this[kFs];
  if (fs !== defaultFs && this[kHandle] === undefined) {
    if (fs.write == null && fs.writev == null) {
      throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', fs.write);
    }
    validateFsMethod(fs, 'write', false);
    validateFsMethod(fs, 'writev', false);
    validateFsMethod(fs, 'close', true);
  }

  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    if (this.flush && fs !== defaultFs && this[kHandle] === undefined) {
      validateFsMethod(fs, 'fsync', true);
    }
  }

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }

  Writable.call(this, options);

  if (options.encoding) this.setDefaultEncoding(options.encoding);

  // With a custom fs providing only one of write / writev, use only it.
  if (fs !== defaultFs && this[kHandle] === undefined) {
    if (typeof fs.write !== 'function') this._write = null;
    if (typeof fs.writev !== 'function') this._writev = null;
  }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', autoCloseDescriptor('_writableState'));

WriteStream.prototype.open = deprecatedOpen;
WriteStream.prototype._construct = construct;

// Writes all of buffer[0, size) at `pos`, looping over short writes; gives up
// after several writes in a row that make no progress.
function writeAll(stream, buffer, size, pos, cb, stalls) {
  stream[kFs].write(stream.fd, buffer, 0, size, pos, (err, written) => {
    if (err && err.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (err || stream.destroyed) {
      cb(err || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    stream.bytesWritten += written;
    stalls = written ? 0 : stalls + 1;
    size -= written;
    if (pos !== undefined && pos !== null) pos += written;
    if (stalls > 5) {
      cb(new Error('writeAll failed'));
    } else if (size > 0) {
      writeAll(stream, buffer.subarray(written), size, pos, cb, stalls);
    } else {
      cb();
    }
  });
}

function writevAll(stream, buffers, size, pos, cb, stalls) {
  stream[kFs].writev(stream.fd, buffers, pos, (err, written) => {
    if (err && err.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (err || stream.destroyed) {
      cb(err || new ERR_STREAM_DESTROYED('writev'));
      return;
    }
    stream.bytesWritten += written;
    stalls = written ? 0 : stalls + 1;
    size -= written;
    if (pos !== undefined && pos !== null) pos += written;
    if (stalls > 5) {
      cb(new Error('writevAll failed'));
    } else if (size > 0) {
      // Drop what was written, then retry with the rest.
      let i = 0;
      let skip = written;
      while (i < buffers.length && skip >= buffers[i].length) {
        skip -= buffers[i].length;
        i++;
      }
      const rest = buffers.slice(i);
      if (skip > 0) rest[0] = rest[0].subarray(skip);
      writevAll(stream, rest, size, pos, cb, stalls);
    } else {
      cb();
    }
  });
}

function afterWrite(stream, cb) {
  return (err) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      // destroy() is waiting for this write before closing the fd.
      cb(err);
      stream.emit(kIoDone, err);
      return;
    }
    cb(err);
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, afterWrite(this, cb), 0);
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function _writev(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, afterWrite(this, cb), 0);
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, 'finish' would not destroy (close) the stream.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// There is no shutdown() for files: ending is enough.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', pendingDescriptor);

// ---------------------------------------------------------------------------

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream,
  createWriteStream,
};
