'use strict';
// OutgoingMessage: what ServerResponse and ClientRequest share — the header
// store, the header block, and writing a body (Content-Length or chunked)
// onto the connection, or into a queue while the message has no socket yet.
//
// The header block is built once, as one latin1 string, and goes out glued
// to the first body chunk: a response of `end(body)` is a single write.

const Stream = require('stream');
const { Buffer } = require('buffer');
const {
  codes: {
    ERR_HTTP_BODY_NOT_ALLOWED,
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_HEADER_VALUE,
    ERR_HTTP_TRAILER_INVALID,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_INVALID_HTTP_TOKEN,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_HTTP_CONTENT_LENGTH_MISMATCH,
  },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { checkIsHttpToken, checkInvalidHeaderChar, utcDate } = require('_http_common');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kErrored = Symbol('errored');
const kHighWaterMark = Symbol('kHighWaterMark');
const kChunkedLength = Symbol('kChunkedLength');
// Bytes written straight to a socket's handle (writeDirect) that libuv still
// holds: the socket's Writable doesn't know them, so they are counted here.
const kDirectPending = Symbol('kDirectPending');
const kRejectNonStandardBodyWrites = Symbol('kRejectNonStandardBodyWrites');

const kDefaultHighWaterMark = 16 * 1024;
const crlfBuf = Buffer.from('\r\n');

// Header names repeat from response to response: their lower-case forms
// are kept (a bounded cache) instead of made again each time.
const lowerCache = new Map();
function lowerCase(name) {
  let lower = lowerCache.get(name);
  if (lower === undefined) {
    lower = name.toLowerCase();
    if (lowerCache.size < 256) lowerCache.set(name, lower);
  }
  return lower;
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(String(value))) throw new ERR_INVALID_CHAR('header content', name);
}

class OutgoingMessage extends Stream {
  constructor(options) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this[kChunkedLength] = 0;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = '';
    this[kNeedDrain] = false;
    this.finished = false;
    this._headerSent = false;
    this[kCorked] = 0;
    this._closed = false;
    this.socket = null;
    this._header = null;
    this[kOutHeaders] = null;
    this._keepAliveTimeout = 0;
    this._onPendingData = nop;
    this[kErrored] = null;
    this[kHighWaterMark] = options?.highWaterMark ?? kDefaultHighWaterMark;
    this[kRejectNonStandardBodyWrites] = options?.rejectNonStandardBodyWrites ?? false;
  }

  get writableFinished() {
    return this.finished && this.outputSize === 0 &&
      (!this.socket || (this.socket.writableLength === 0 && !(this.socket[kDirectPending] > 0)));
  }
  get writableObjectMode() { return false; }
  get writableLength() {
    const socket = this.socket;
    return this.outputSize + (socket ? socket.writableLength + (socket[kDirectPending] || 0) : 0);
  }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; }
  get writableCorked() { return this.socket ? this.socket.writableCorked : this[kCorked]; }
  get writableEnded() { return this.finished; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this[kNeedDrain]; }
  get errored() { return this[kErrored]; }
  get closed() { return this._closed; }
  get connection() { return this.socket; }
  set connection(val) { this.socket = val; }
  get headersSent() { return !!this._header; }

  cork() {
    if (this.socket) this.socket.cork();
    else this[kCorked]++;
  }

  uncork() {
    if (this.socket) this.socket.uncork();
    else if (this[kCorked]) this[kCorked]--;
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (!this.socket) {
      this.once('socket', (socket) => socket.setTimeout(msecs));
    } else {
      this.socket.setTimeout(msecs);
    }
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    this[kErrored] = error;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  // --- headers --------------------------------------------------------------

  setHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    let headers = this[kOutHeaders];
    if (headers === null) this[kOutHeaders] = headers = new Map();
    headers.set(lowerCase(name), [name, value]);
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
        typeof headers.get !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    const cookies = [];
    for (const { 0: key, 1: value } of headers) {
      if (key === 'set-cookie') {
        if (Array.isArray(value)) cookies.push(...value);
        else cookies.push(value);
        continue;
      }
      this.setHeader(key, value);
    }
    if (cookies.length) this.setHeader('set-cookie', cookies);
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const headers = this[kOutHeaders];
    const entry = headers?.get(lowerCase(name));
    if (entry === undefined) return this.setHeader(name, value);
    const existing = entry[1];
    const merged = Array.isArray(existing) ? existing : [existing];
    entry[1] = merged.concat(value);
    return this;
  }

  getHeader(name) {
    validateString(name, 'name');
    const headers = this[kOutHeaders];
    if (headers === null) return;
    const entry = headers.get(lowerCase(name));
    return entry && entry[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] !== null ? [...this[kOutHeaders].keys()] : [];
  }

  getRawHeaderNames() {
    const headers = this[kOutHeaders];
    if (headers === null) return [];
    return Array.from(headers.values(), (v) => v[0]);
  }

  getHeaders() {
    const headers = this[kOutHeaders];
    const ret = { __proto__: null };
    if (headers) {
      for (const [key, entry] of headers) ret[key] = entry[1];
    }
    return ret;
  }

  hasHeader(name) {
    validateString(name, 'name');
    return this[kOutHeaders] !== null && this[kOutHeaders].has(lowerCase(name));
  }

  removeHeader(name) {
    validateString(name, 'name');
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    switch (key) {
      case 'connection': this._removedConnection = true; break;
      case 'content-length': this._removedContLen = true; break;
      case 'transfer-encoding': this._removedTE = true; break;
      case 'date': this.sendDate = false; break;
    }
    if (this[kOutHeaders] !== null) this[kOutHeaders].delete(key);
  }

  _implicitHeader() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }

  // Builds the header block from `firstLine` and the headers (the stored
  // ones, or what writeHead was given: an object or a flat/nested array).
  _storeHeader(firstLine, headers) {
    const state = {
      connection: false, contLen: false, te: false, date: false,
      expect: false, trailer: false, header: firstLine,
    };
    if (headers) {
      if (headers === this[kOutHeaders]) {
        for (const entry of headers.values()) {
          processHeader(this, state, entry[0], entry[1], false);
        }
      } else if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
          for (let i = 0; i < headers.length; i++) {
            const entry = headers[i];
            processHeader(this, state, entry[0], entry[1], true);
          }
        } else {
          if (headers.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', headers);
          for (let n = 0; n < headers.length; n += 2) {
            processHeader(this, state, headers[n], headers[n + 1], true);
          }
        }
      } else {
        for (const key in headers) {
          if (Object.prototype.hasOwnProperty.call(headers, key)) {
            processHeader(this, state, key, headers[key], true);
          }
        }
      }
    }

    let { header } = state;
    if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + '\r\n';

    if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
      this.useChunkedEncodingByDefault = false;
      this.chunkedEncoding = false;
      this._hasBody = false;
    }

    if (!state.connection) {
      const shouldSendKeepAlive = this.shouldKeepAlive &&
        (state.contLen || this.useChunkedEncodingByDefault || this.agent);
      if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
        header += 'Connection: close\r\n';
      } else if (shouldSendKeepAlive) {
        header += 'Connection: keep-alive\r\n';
        if (this._keepAliveTimeout && this._defaultKeepAlive) {
          const timeoutSeconds = Math.floor(this._keepAliveTimeout / 1000);
          let max = '';
          if (this._maxRequestsPerSocket > 0) max = `, max=${this._maxRequestsPerSocket}`;
          header += `Keep-Alive: timeout=${timeoutSeconds}${max}\r\n`;
        }
      } else {
        this._last = true;
        header += 'Connection: close\r\n';
      }
    }

    if (!state.contLen && !state.te) {
      if (!this._hasBody) {
        this.chunkedEncoding = false;
      } else if (!this.useChunkedEncodingByDefault) {
        this._last = true;
      } else if (!state.trailer && !this._removedContLen && typeof this._contentLength === 'number') {
        header += 'Content-Length: ' + this._contentLength + '\r\n';
      } else if (!this._removedTE) {
        header += 'Transfer-Encoding: chunked\r\n';
        this.chunkedEncoding = true;
      } else {
        this._last = true;
      }
    }

    if (this.chunkedEncoding !== true && state.trailer) {
      throw new ERR_HTTP_TRAILER_INVALID();
    }

    this._header = header + '\r\n';
    this._headerSent = false;
    // An Expect header waits for the peer's answer: send the headers now.
    if (state.expect) this._send('');
  }

  // --- body ------------------------------------------------------------------

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ret = write_(this, chunk, encoding, callback, false);
    if (!ret) this[kNeedDrain] = true;
    return ret;
  }

  addTrailers(headers) {
    this._trailer = '';
    const keys = Object.keys(headers);
    const isArray = Array.isArray(headers);
    for (let i = 0; i < keys.length; i++) {
      let field, value;
      if (isArray) {
        field = headers[keys[i]][0];
        value = headers[keys[i]][1];
      } else {
        field = keys[i];
        value = headers[field];
      }
      validateHeaderName(field, 'Trailer name');
      if (Array.isArray(value) && value.length > 1) {
        for (const v of value) {
          if (checkInvalidHeaderChar(v)) throw new ERR_INVALID_CHAR('trailer content', field);
          this._trailer += field + ': ' + v + '\r\n';
        }
      } else {
        if (Array.isArray(value)) value = value[0];
        if (checkInvalidHeaderChar(value)) throw new ERR_INVALID_CHAR('trailer content', field);
        this._trailer += field + ': ' + value + '\r\n';
      }
    }
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }

    // The common case — a whole string body, headers not sent, the socket
    // ours and idle — goes out as one write of header block + body.
    let oneWrite = false;
    const isString = typeof chunk === 'string';
    if (!this.finished && !this._header && (isString || !chunk || chunk instanceof Uint8Array) &&
        !this.strictContentLength && this.outputData.length === 0 &&
        (!isString || encoding === undefined || encoding === null || encoding === 'utf8' ||
         encoding === 'utf-8' || encoding === 'latin1')) {
      const socket = this.socket;
      oneWrite = socket !== null && socket._httpMessage === this && socket.writableCorked === 0;
    }

    if (oneWrite) {
      this._contentLength = !chunk ? 0 : isString ? Buffer.byteLength(chunk, encoding || 'utf8')
                                                  : chunk.byteLength;
      this._implicitHeader();
      if (typeof callback === 'function') this.once('finish', callback);
      if (!this.chunkedEncoding) {
        this._headerSent = true;
        this.finished = true;
        if (chunk && this._hasBody) {
          if (isString) {
            this._writeRaw(chunk, encoding, onFinish, undefined, this, this._header);
          } else {
            // Header block and body bytes in one writev, the body not copied.
            this._writeRaw([this._header, 'latin1', chunk, 'buffer'], null, onFinish, undefined, this);
          }
        } else {
          this._writeRaw(this._header, 'latin1', onFinish, undefined, this);
        }
        this._finish();
        return this;
      }
      // A Transfer-Encoding set by the user: the general path below.
      if (chunk) write_(this, chunk, encoding, null, true);
      chunk = null;
      callback = null;
    } else if (chunk) {
      if (this.finished) {
        onError(this, new ERR_STREAM_WRITE_AFTER_END(),
                typeof callback !== 'function' ? nop : callback);
        return this;
      }
      if (this.socket) this.socket.cork();
      write_(this, chunk, encoding, null, true);
    } else if (this.finished) {
      if (typeof callback === 'function') {
        if (!this.writableFinished) this.on('finish', callback);
        else callback(new ERR_STREAM_ALREADY_FINISHED('end'));
      }
      return this;
    } else if (!this._header) {
      if (this.socket) this.socket.cork();
      this._contentLength = 0;
      this._implicitHeader();
    }

    if (typeof callback === 'function') this.once('finish', callback);

    if (this.strictContentLength && this._contentLength != null &&
        this[kChunkedLength] !== this._contentLength && this._hasBody) {
      throw new ERR_HTTP_CONTENT_LENGTH_MISMATCH(this[kChunkedLength], this._contentLength);
    }

    const finish = onFinish.bind(undefined, this);
    if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
      this._send('', 'latin1', finish);
    } else {
      process.nextTick(finish);
    }

    if (this.socket && this.socket.writableCorked) {
      // Whatever corked the socket for this message, it all goes out now.
      this.socket._writableState.corked = 1;
      this.socket.uncork();
    }
    this[kCorked] = 0;
    this.finished = true;

    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
      this._finish();
    }
    return this;
  }

  _finish() {
    this.emit('prefinish');
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  pipe() {
    this.emit('error', new ERR_STREAM_CANNOT_PIPE());
  }

  // The header block travels with the first chunk of the body.
  _send(data, encoding, callback, byteLength) {
    if (!this._headerSent && this._header !== null) {
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
        data = this._header + data;
      } else {
        const header = this._header;
        this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
        this.outputSize += header.length;
        this._onPendingData(header.length);
      }
      this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback, byteLength);
  }

  // callbackArg: when given, the callback is called with it (and no error)
  // — what lets end() pass onFinish without binding a function per message.
  // head: a latin1 string that goes first (end()'s header block), given
  // apart so that a direct write needn't join the two.
  _writeRaw(data, encoding, callback, size, callbackArg, head) {
    const conn = this.socket;
    if (conn?.destroyed) return false;
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (callbackArg !== undefined) {
      if (conn && conn._httpMessage === this && conn.writable && this.outputData.length === 0 &&
          canWriteDirect(conn, data, encoding)) {
        return writeDirect(conn, data, encoding, callback, callbackArg, head);
      }
      const fn = callback;
      callback = () => fn(callbackArg);
    }
    if (head !== undefined) data = head + data;
    if (Array.isArray(data)) {
      // [string, encoding, buffer, 'buffer'] from end(): piece by piece.
      const last = data.length - 2;
      for (let i = 0; i < last; i += 2) this._writeRaw(data[i], data[i + 1], null);
      return this._writeRaw(data[last], data[last + 1] === 'buffer' ? null : data[last + 1], callback);
    }
    if (conn && conn._httpMessage === this && conn.writable) {
      if (this.outputData.length) this._flushOutput(conn);
      if (canWriteDirect(conn, data, encoding)) return writeDirect(conn, data, encoding, callback);
      return conn.write(data, encoding, callback);
    }
    this.outputData.push({ data, encoding, callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < this[kHighWaterMark];
  }

  _flush() {
    const socket = this.socket;
    if (socket && socket.writable) {
      const ret = this._flushOutput(socket);
      if (this.finished) {
        this._finish();
      } else if (ret && this[kNeedDrain]) {
        this[kNeedDrain] = false;
        this.emit('drain');
      }
    }
  }

  _flushOutput(socket) {
    while (this[kCorked]) {
      this[kCorked]--;
      socket.cork();
    }
    const outputLength = this.outputData.length;
    if (outputLength <= 0) return undefined;
    const outputData = this.outputData;
    socket.cork();
    let ret;
    for (let i = 0; i < outputLength; i++) {
      const { data, encoding, callback } = outputData[i];
      outputData[i].data = null;
      ret = socket.write(data, encoding, callback);
    }
    socket.uncork();
    this.outputData = [];
    this._onPendingData(-this.outputSize);
    this.outputSize = 0;
    return ret;
  }
}

function nop() {}

// The header block of a response with no headers of its own and a known
// length, as _storeHeader would build it, or null when another is needed:
// the same block for every such response within a second, so it is kept and
// handed out again. (A block built by concatenation is a tree of pieces that
// V8 copies into one string before it can be written; a kept one is copied
// by its first write only.)
let plain = {
  statusCode: 0, statusMessage: '', date: '', length: -1, keepAlive: 0, max: 0, header: '',
};
function plainHeader(msg, statusCode, statusMessage) {
  if (!msg.sendDate || !msg._hasBody || msg.chunkedEncoding || !msg.shouldKeepAlive ||
      !msg.useChunkedEncodingByDefault || msg.agent || msg.maxRequestsOnConnectionReached ||
      msg._removedContLen || msg._removedTE || typeof msg._contentLength !== 'number' ||
      !msg._defaultKeepAlive) {
    return null;
  }
  const date = utcDate();
  const length = msg._contentLength;
  const keepAlive = msg._keepAliveTimeout;
  const max = msg._maxRequestsPerSocket;
  const p = plain;
  if (p.length === length && p.date === date && p.statusCode === statusCode &&
      p.statusMessage === statusMessage && p.keepAlive === keepAlive && p.max === max) {
    return p.header;
  }
  let header = `HTTP/1.1 ${statusCode} ${statusMessage}\r\nDate: ${date}\r\nConnection: keep-alive\r\n`;
  if (keepAlive) {
    header += `Keep-Alive: timeout=${Math.floor(keepAlive / 1000)}` +
              (max > 0 ? `, max=${max}` : '') + '\r\n';
  }
  header += 'Content-Length: ' + length + '\r\n\r\n';
  plain = { statusCode, statusMessage, date, length, keepAlive, max, header };
  return header;
}

// The connection drained: a message that said write() → false gets its
// 'drain' (server and client both call this from the socket's 'drain').
function emitDrainIfNeeded(msg) {
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

// Writes straight to the socket's handle when its Writable has nothing
// queued, skipping the stream machinery (the bytes would go to the same
// handle call a moment later anyway). libuv keeps writes in order, and a
// later end() → shutdown waits for them, so the Writable needn't know.
function canWriteDirect(conn, data, encoding) {
  const state = conn._writableState;
  if (state === undefined || state.length !== 0 || state.corked || state.writing ||
      state.ending || state.destroyed || conn.connecting || !conn._handle ||
      typeof conn._handle.writeLatin1String !== 'function') {
    return false;
  }
  if (typeof data === 'string') {
    return encoding === undefined || encoding === null || encoding === 'utf8' ||
           encoding === 'utf-8' || encoding === 'latin1';
  }
  return data instanceof Uint8Array || Array.isArray(data);
}

let errnoException;
function writeDirect(conn, data, encoding, callback, callbackArg, head) {
  const handle = conn._handle;
  const req = { oncomplete: null };
  let err;
  if (Array.isArray(data)) err = handle.writev(req, data, false);
  else if (typeof data !== 'string') err = handle.writeBuffer(req, data);
  else if (encoding === 'latin1') err = handle.writeLatin1String(req, data, head);
  else err = handle.writeUtf8String(req, data, head);
  // A negative errno, or bytes * 2 + (1 if completion comes later).
  if (err < 0) {
    errnoException ??= require('internal/errors').errnoException;
    const e = errnoException(err, 'write');
    conn.destroy(e);
    if (typeof callback === 'function') process.nextTick(callback, callbackArg ?? e);
    return false;
  }
  conn._bytesDispatched += Math.floor(err / 2);
  conn._unrefTimer();
  if ((err & 1) === 0) {
    if (typeof callback === 'function') process.nextTick(callback, callbackArg);
    return true;
  }
  const bytes = Math.floor(err / 2);
  conn[kDirectPending] = (conn[kDirectPending] || 0) + bytes;
  const state = conn._writableState;
  const full = handle.writeQueueSize >= conn.writableHighWaterMark;
  // 'drain' is owed only when write() said false, as for socket.write().
  if (full) state.needDrain = true;
  req.oncomplete = (status) => {
    conn[kDirectPending] -= bytes;
    if (status < 0) {
      errnoException ??= require('internal/errors').errnoException;
      const e = errnoException(status, 'write');
      conn.destroy(e);
      if (typeof callback === 'function') callback(callbackArg ?? e);
      return;
    }
    if (typeof callback === 'function') {
      if (callbackArg !== undefined) callback(callbackArg);
      else callback();
    }
    if (full && state.needDrain && state.length === 0 && handle.writeQueueSize === 0) {
      state.needDrain = false;
      conn.emit('drain');
    }
  };
  return !full;
}

function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || !isCookieField(key)) {
      // Several values of one field become separate header lines.
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function isCookieField(s) {
  return s.length === 6 && s.toLowerCase() === 'cookie';
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + '\r\n';
  matchHeader(self, state, key, value);
}

function matchHeader(self, state, field, value) {
  if (field.length < 4 || field.length > 17) return;
  switch (field.toLowerCase()) {
    case 'connection':
      state.connection = true;
      self._removedConnection = false;
      if (/(?:^|\W)close(?:$|\W)/i.test(value)) self._last = true;
      else self.shouldKeepAlive = true;
      break;
    case 'transfer-encoding':
      state.te = true;
      self._removedTE = false;
      if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) self.chunkedEncoding = true;
      break;
    case 'content-length':
      state.contLen = true;
      self._contentLength = +value;
      self._removedContLen = false;
      break;
    case 'date':
    case 'expect':
    case 'trailer':
      state[field.toLowerCase()] = true;
      break;
    case 'keep-alive':
      self._defaultKeepAlive = false;
      break;
  }
}

function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(emitErrorNt, msg, err, callback);
}

function emitErrorNt(msg, err, callback) {
  callback(err);
  if (typeof msg.emit === 'function' && !msg.destroyed) msg.emit('error', err);
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }

  let err;
  if (msg.finished) err = new ERR_STREAM_WRITE_AFTER_END();
  else if (msg.destroyed) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    if (!msg.destroyed) onError(msg, err, callback);
    else process.nextTick(callback, err);
    return false;
  }

  let len;
  if (msg.strictContentLength) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg[kChunkedLength] += len;
  }

  if (!msg._header) {
    if (fromEnd) {
      len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
      msg._contentLength = len;
    }
    msg._implicitHeader();
  }

  if (!msg._hasBody) {
    // A body for HEAD/204/304: dropped, or refused when the server asked.
    if (msg[kRejectNonStandardBodyWrites]) throw new ERR_HTTP_BODY_NOT_ALLOWED();
    process.nextTick(callback);
    return true;
  }

  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }

  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    len ??= typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.byteLength;
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlfBuf, null, null);
    msg._send(chunk, encoding, null, len);
    ret = msg._send(crlfBuf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  return ret;
}

function connectionCorkNT(conn) {
  conn.uncork();
}

function onFinish(outmsg) {
  if (outmsg && outmsg.socket && outmsg.socket._hadError) return;
  outmsg.emit('finish');
}

module.exports = {
  OutgoingMessage,
  validateHeaderName,
  validateHeaderValue,
  emitDrainIfNeeded,
  kOutHeaders,
  kNeedDrain,
  kHighWaterMark,
  plainHeader,
};
