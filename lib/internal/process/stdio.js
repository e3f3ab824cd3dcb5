'use strict';
// process.stdout / process.stderr / process.stdin for the foundation.
//
// Writes are synchronous, as node's are for files and TTYs (and, here, pipes
// too): each write() reaches the fd before it returns, so output is never lost
// at exit and interleaves in program order. The Buffer/streams issue replaces
// these with real stream.Writable instances on the same fds.

const EventEmitter = require('events');
const { writeString } = internalBinding('fs');
const { guessHandleType, getWindowSize } = internalBinding('util');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_DESTROYED } } = require('internal/errors');

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    if (this.isTTY === undefined) delete this.isTTY;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this._isStdio = true;
  }

  get columns() {
    if (this._type !== 'TTY') return undefined;
    const size = getWindowSize(this.fd);
    return size ? size[0] : 80;
  }

  get rows() {
    if (this._type !== 'TTY') return undefined;
    const size = getWindowSize(this.fd);
    return size ? size[1] : 24;
  }

  getWindowSize() {
    const size = getWindowSize(this.fd);
    return size ? [size[0], size[1]] : [80, 24];
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    let str;
    if (typeof chunk === 'string') {
      str = chunk;
    } else if (chunk instanceof Uint8Array) {
      str = new TextDecoder().decode(chunk);
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
                                     chunk);
    }
    if (this.destroyed) {
      const err = new ERR_STREAM_DESTROYED('write');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    try {
      writeString(this.fd, str);
    } catch (err) {
      // EPIPE on a closed reader: node drops the output silently for stdio.
      if (err.code !== 'EPIPE' && err.code !== 'EAGAIN') throw err;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    this.writableEnded = true;
    this.writableFinished = true;
    process.nextTick(() => {
      this.emit('finish');
      if (typeof cb === 'function') cb();
    });
    return this;
  }

  cork() { this.writableCorked++; }
  uncork() { if (this.writableCorked > 0) this.writableCorked--; }
  setDefaultEncoding() { return this; }
  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    process.nextTick(() => this.emit('close'));
    return this;
  }
  destroySoon() { return this.destroy(); }
  _destroy(err, cb) { cb(err); }

  // The TTY colour API (tty.WriteStream's) that console and util use.
  getColorDepth(env = process.env) {
    if (env.FORCE_COLOR !== undefined) {
      switch (env.FORCE_COLOR) {
        case '': case '1': case 'true': return 4;
        case '2': return 8;
        case '3': return 24;
        default: return 1;
      }
    }
    if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
        env.TERM === 'dumb') {
      return 1;
    }
    if (!this.isTTY) return 1;
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
    const term = env.TERM || '';
    if (/-256(color)?$/.test(term)) return 8;
    if (/^(xterm|screen|vt100|vt220|rxvt|linux|cygwin|color|ansi|tmux|konsole|eterm|alacritty|kitty)/i
      .test(term)) {
      return 4;
    }
    if (env.COLORTERM) return 4;
    return 1;
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** this.getColorDepth(env);
  }
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout === undefined) stdout = new SyncWriteStream(1);
  return stdout;
}
function getStderr() {
  if (stderr === undefined) stderr = new SyncWriteStream(2);
  return stderr;
}

// A minimal stdin: reading it whole is what the foundation needs; the
// streams issue makes it a Readable.
class StdinStub extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.isTTY = guessHandleType(0) === 'TTY' ? true : undefined;
    if (this.isTTY === undefined) delete this.isTTY;
  }
  setEncoding() { return this; }
  resume() { return this; }
  pause() { return this; }
  unref() { return this; }
  ref() { return this; }
}
function getStdin() {
  if (stdin === undefined) stdin = new StdinStub();
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin, SyncWriteStream };
