'use strict';
// A stream.Duplex over a native stream handle (src/stream_wrap.h): the JS
// half of every byte stream eddy has — stdio pipes and TTYs now, sockets
// with net later.
//
// Reading: _read() starts the handle reading; each chunk arrives in
// onStreamRead and is pushed as a Buffer viewing the bytes the native side
// handed over (no copy). When push() says the buffer is full, the handle
// stops reading until the next _read(): backpressure reaches the kernel.
// Writing: strings go to the handle as they are (encoded natively), Buffers
// as views; the handle tries a synchronous write first, so the callback
// usually runs at once and only a real backlog waits for 'oncomplete'. A
// write returns a negative errno or bytes * 2 + async (src/stream_wrap.h).

const Duplex = require('internal/streams/duplex');
const { errnoException } = require('internal/errors');

const { UV_EOF } = internalBinding('uv');
const kOwner = Symbol('owner');
const kStdio = Symbol('kStdio');
const kBytesRead = Symbol('kBytesRead');
const kConsumedAtClose = Symbol('kConsumedAtClose');

let FastBuffer;
function toBuffer(u8) {
  if (FastBuffer === undefined) {
    const { Buffer } = require('buffer');
    FastBuffer = (u8) => Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  }
  return FastBuffer(u8);
}

function onStreamRead(nread, chunk) {
  const stream = this[kOwner];
  if (stream === undefined || stream.destroyed) return;
  if (nread > 0) {
    stream[kBytesRead] += nread;
    if (!stream.push(toBuffer(chunk))) {
      stream._reading = false;
      this.readStop();
    }
    return;
  }
  stream._reading = false;
  this.readStop();
  if (nread === UV_EOF) {
    stream.push(null);
    // A paused stream (nobody reading) must still reach 'end' and close.
    stream.read(0);
    return;
  }
  stream.destroy(errnoException(nread, 'read'));
}

class HandleStream extends Duplex {
  constructor(handle, options = {}) {
    super({
      allowHalfOpen: options.allowHalfOpen ?? true,
      readable: options.readable !== false,
      writable: options.writable !== false,
      highWaterMark: options.highWaterMark,
      decodeStrings: false,
      emitClose: true,
      autoDestroy: true,
    });
    this._handle = handle;
    this._reading = false;
    this[kBytesRead] = 0;
    this[kConsumedAtClose] = 0;
    this._bytesDispatched = 0;
    this[kStdio] = options.isStdio === true;
    handle[kOwner] = this;
    handle.onread = onStreamRead;
  }

  get bytesWritten() { return this._bytesDispatched; }

  // Bytes JS read, plus any a C++ consumer (an HTTP parser) took from the
  // handle directly.
  get bytesRead() {
    const handle = this._handle;
    const consumed = handle && typeof handle.consumedBytes === 'number'
      ? handle.consumedBytes : this[kConsumedAtClose];
    return this[kBytesRead] + consumed;
  }
  set bytesRead(value) { this[kBytesRead] = value; }

  // Called as the handle is let go: bytesRead keeps what it consumed.
  _keepConsumedBytes(handle) {
    if (typeof handle.consumedBytes === 'number') this[kConsumedAtClose] = handle.consumedBytes;
  }

  _read() {
    if (this._reading || this._handle === null) return;
    this._reading = true;
    const err = this._handle.readStart();
    if (err) {
      this._reading = false;
      this.destroy(errnoException(err, 'read'));
    }
  }

  _write(data, encoding, cb) {
    this._writeGeneric(false, data, encoding, cb);
  }

  _writev(chunks, cb) {
    this._writeGeneric(true, chunks, '', cb);
  }

  _writeGeneric(writev, data, encoding, cb) {
    const handle = this._handle;
    if (handle === null) {
      cb(errnoException(-9 /* EBADF */, 'write'));
      return;
    }
    const req = { oncomplete: null };
    let err;
    if (writev) {
      let allBuffers = true;
      const list = [];
      for (let i = 0; i < data.length; i++) {
        const { chunk, encoding } = data[i];
        if (typeof chunk === 'string') allBuffers = false;
        list.push(chunk, encoding);
      }
      if (allBuffers) {
        for (let i = 0; i < data.length; i++) list[i] = data[i].chunk;
        list.length = data.length;
      }
      err = handle.writev(req, list, allBuffers);
    } else if (typeof data === 'string') {
      switch (encoding) {
        case 'latin1':
        case 'binary':
          err = handle.writeLatin1String(req, data);
          break;
        case undefined:
        case 'utf8':
        case 'utf-8':
        case 'buffer':
          err = handle.writeUtf8String(req, data);
          break;
        default:
          err = handle.writeBuffer(req, require('buffer').Buffer.from(data, encoding));
      }
    } else {
      err = handle.writeBuffer(req, data);
    }
    // err: a negative errno, or bytes * 2 + (1 if completion comes later).
    if (err < 0) {
      cb(errnoException(err, 'write'));
      return;
    }
    this._bytesDispatched += Math.floor(err / 2);
    if ((err & 1) === 0) {
      cb();
      return;
    }
    req.oncomplete = (status) => {
      if (status < 0) cb(errnoException(status, 'write'));
      else cb();
    };
  }

  _final(cb) {
    if (this._handle === null || this[kStdio]) {
      cb();
      return;
    }
    const req = { oncomplete: (status) => cb(status < 0 ? errnoException(status, 'shutdown') : undefined) };
    const err = this._handle.shutdown(req);
    if (err) cb(errnoException(err, 'shutdown'));
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (handle === null) {
      cb(err);
      return;
    }
    if (this._reading) {
      this._reading = false;
      handle.readStop();
    }
    if (this[kStdio]) {
      // fds 0-2 stay open: another write (console.error in an exit handler)
      // may still need them. The handle is only unreferenced.
      handle.unref();
      cb(err);
      return;
    }
    this._keepConsumedBytes(handle);
    this._handle = null;
    handle.close(() => cb(err));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }

  setBlocking(flag) {
    return this._handle?.setBlocking(flag);
  }

  get writableQueueSize() { return this._handle?.writeQueueSize ?? 0; }
}

module.exports = { HandleStream, onStreamRead, kOwner, kStdio };
