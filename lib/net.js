'use strict';
// node:net — TCP sockets and servers over internalBinding('tcp_wrap').
//
// net.Socket is a HandleStream (internal/stream_base_commons): reading,
// writing, shutdown and backpressure are that class's; this file adds what
// a connection needs around it: connecting (and queuing reads and writes
// until connected), timeouts, addresses, 'close' with its hadError flag.
// Name resolution: IP literals and 'localhost' (→ 127.0.0.1) connect
// directly; other names go through dns.lookup (or options.lookup).

const EventEmitter = require('events');
const { HandleStream, onStreamRead, kOwner } = require('internal/stream_base_commons');
const { isIP, isIPv4, isIPv6 } = require('internal/net');
const {
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_MISSING_ARGS,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
    ERR_SOCKET_CLOSED,
  },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
  validateInt32,
} = require('internal/validators');

let tcpBinding;
function binding() {
  if (tcpBinding === undefined) tcpBinding = internalBinding('tcp_wrap');
  return tcpBinding;
}

const kTimeout = Symbol('kTimeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kReset = Symbol('kReset');
const kPendingWrite = Symbol('kPendingWrite');
const kRefed = Symbol('kRefed');

const kDefaultBacklog = 511;

function noop() {}

// A placeholder for HandleStream's constructor while a socket has no handle
// yet (it sets onread and the owner on it).
function placeholderHandle() {
  return {};
}

// ---------------------------------------------------------------------------
// Argument normalisation, as node's: (options[, cb]), (port[, host][, cb]),
// (path[, cb]) → [options, cb|null].

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    return arr;
  }
  const arg0 = args[0];
  if (typeof arg0 === 'function') return [{}, arg0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') {
      options.host = args[1];
    }
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

// ---------------------------------------------------------------------------
// Socket

const { UV_EOF, UV_EADDRINUSE, UV_ETIMEDOUT } = internalBinding('uv');

function onSocketRead(nread, chunk) {
  const socket = this[kOwner];
  if (socket !== undefined && nread > 0) socket._unrefTimer();
  onStreamRead.call(this, nread, chunk);
  // After the EOF, a read(0) lets 'end' come even when nobody reads (a
  // paused socket with nothing buffered), so the socket can close, as
  // node's does.
  if (nread === UV_EOF && socket !== undefined && !socket.destroyed) socket.read(0);
}

function attachHandle(socket, handle) {
  socket._handle = handle;
  handle[kOwner] = socket;
  handle.onread = onSocketRead;
}

class Socket extends HandleStream {
  constructor(options) {
    if (typeof options === 'number') {
      options = { fd: options };
    } else if (options === undefined || options === null) {
      options = {};
    } else {
      options = { ...options };
    }
    const allowHalfOpen = Boolean(options.allowHalfOpen);
    const handle = options.handle;
    super(handle || placeholderHandle(), {
      allowHalfOpen,
      readable: options.readable,
      writable: options.writable,
      highWaterMark: options.highWaterMark,
    });
    // 'close' is emitted by _destroy, with the hadError flag, as node's.
    this._readableState.emitClose = false;
    this._writableState.emitClose = false;

    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._host = null;
    this._server = null;
    this.server = null;
    this.timeout = undefined;
    this[kTimeout] = null;
    this[kPendingWrite] = null;
    this[kReset] = false;
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = Boolean(options.keepAlive);
    this[kSetKeepAliveInitialDelay] = ~~((options.keepAliveInitialDelay ?? 0) / 1000);

    if (options.fd !== undefined) {
      throw new ERR_INVALID_ARG_VALUE('options.fd', options.fd,
                                      'is not supported by eddy yet');
    }
    if (handle) {
      attachHandle(this, handle);
      if (this[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
      if (this[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, this[kSetKeepAliveInitialDelay]);
    }

    this.on('end', onReadableStreamEnd);

    if (handle && options.readable !== false) {
      if (options.pauseOnCreate) {
        this.pause();
      } else {
        this.read(0);
      }
    }
  }

  // --- connecting ---------------------------------------------------------

  connect(...args) {
    let normalized;
    if (Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object') {
      normalized = args[0];
    } else {
      normalized = normalizeArgs(args);
    }
    const [options, cb] = normalized;

    if (this.destroyed) {
      this._handle = null;
      this._peername = null;
      this._sockname = null;
      this._undestroy();
    }

    const pipe = options.path != null;
    if (pipe) {
      validateString(options.path, 'options.path');
    } else if (options.port === undefined) {
      throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
    }

    if (cb !== null) this.once('connect', cb);

    if (pipe) {
      // A Unix-domain socket: a Pipe handle, no name resolution.
      if (this._handle === null) {
        const { Pipe } = internalBinding('pipe_wrap');
        attachHandle(this, new Pipe(false));
      }
      if (this[kRefed] === false) this._handle.unref();
      this.connecting = true;
      const path = options.path;
      this._handle.connect({ oncomplete: afterConnect, address: path }, path);
      return this;
    }

    if (this._handle === null) {
      const { TCP, TCPConstants: constants } = binding();
      attachHandle(this, new TCP(constants.SOCKET));
    }
    if (this[kRefed] === false) this._handle.unref();

    if (options.noDelay !== undefined) this[kSetNoDelay] = Boolean(options.noDelay);
    if (options.keepAlive !== undefined) this[kSetKeepAlive] = Boolean(options.keepAlive);
    if (options.keepAliveInitialDelay !== undefined) {
      this[kSetKeepAliveInitialDelay] = ~~(options.keepAliveInitialDelay / 1000);
    }

    this.connecting = true;
    lookupAndConnect(this, options);
    return this;
  }

  get pending() { return !this._handle || this.connecting; }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  // --- reading and writing -------------------------------------------------

  _read(n) {
    if (this.connecting || this._handle === null) {
      this.once('connect', () => this._read(n));
      return;
    }
    super._read(n);
  }

  _writeGeneric(writev, data, encoding, cb) {
    if (this.connecting) {
      this[kPendingWrite] = [writev, data, encoding, cb];
      this.once('connect', () => {
        const pending = this[kPendingWrite];
        this[kPendingWrite] = null;
        if (pending !== null) this._writeGeneric(...pending);
      });
      return;
    }
    this[kPendingWrite] = null;
    if (this._handle === null) {
      cb(new ERR_SOCKET_CLOSED());
      return;
    }
    this._unrefTimer();
    super._writeGeneric(writev, data, encoding, (err) => {
      if (!err) this._unrefTimer();
      cb(err);
    });
  }

  _final(cb) {
    if (this.pending) {
      if (this.connecting) {
        this.once('connect', () => this._final(cb));
      } else {
        cb();
      }
      return;
    }
    super._final(cb);
  }

  get bytesWritten() {
    let bytes = this._bytesDispatched;
    const state = this._writableState;
    const pending = this[kPendingWrite];
    if (!state) return undefined;
    const add = (chunk, encoding) => {
      if (typeof chunk === 'string') {
        bytes += require('buffer').Buffer.byteLength(chunk, encoding);
      } else if (chunk) {
        bytes += chunk.length;
      }
    };
    const buffered = typeof this.writableBuffer === 'object' ? this.writableBuffer : [];
    for (const el of buffered) add(el.chunk, el.encoding);
    if (pending !== null) {
      if (pending[0]) {
        for (const el of pending[1]) add(el.chunk, el.encoding);
      } else {
        add(pending[1], pending[2]);
      }
    }
    return bytes;
  }

  // --- closing ---------------------------------------------------------------

  _destroy(exception, cb) {
    this.connecting = false;
    this._clearTimer();
    const handle = this._handle;
    if (handle !== null) {
      const isException = exception ? true : false;
      if (this._reading) {
        this._reading = false;
        handle.readStop();
      }
      handle.onread = noop;
      this._keepConsumedBytes(handle);
      this._handle = null;
      this._sockname = null;
      const onClose = () => this.emit('close', isException);
      if (this[kReset]) {
        this[kReset] = false;
        const err = handle.reset(onClose);
        if (err) handle.close(onClose);
      } else {
        handle.close(onClose);
      }
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(() => this.emit('close', exception ? true : false));
    }
    const server = this._server;
    if (server) {
      this._server = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  resetAndDestroy() {
    if (this._handle) {
      if (!(this._handle instanceof binding().TCP)) throw new ERR_INVALID_HANDLE_TYPE();
      if (this.connecting) {
        this.once('connect', () => this._resetNow());
      } else {
        this._resetNow();
      }
    } else {
      this.destroy(new ERR_SOCKET_CLOSED());
    }
    return this;
  }

  _resetNow() {
    this[kReset] = true;
    this.destroy();
  }

  // --- timeouts --------------------------------------------------------------

  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    validateNumber(msecs, 'msecs', 0);
    this.timeout = msecs;
    // Reads an HTTP parser consumes in C++ must still count as activity (a
    // client's parser always reports them; it is never turned off here).
    if (msecs > 0 && this.parser?._consumed) this.parser.setWantExecute(true);
    msecs = Math.trunc(msecs);
    this._clearTimer();
    if (msecs === 0) {
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
      return this;
    }
    this[kTimeout] = setTimeout(() => {
      this[kTimeout] = null;
      if (this.destroyed) return;
      this.emit('timeout');
    }, msecs);
    this[kTimeout].unref();
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
    return this;
  }

  _clearTimer() {
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
  }

  _unrefTimer() {
    const t = this[kTimeout];
    if (t !== null) {
      // A timeout that fired re-arms on the next activity, as node's does.
      t.refresh();
    } else if (this.timeout > 0 && !this.destroyed && this._handle) {
      this.setTimeout(this.timeout);
    }
  }

  // --- options -----------------------------------------------------------------

  setNoDelay(enable) {
    enable = enable === undefined ? true : Boolean(enable);
    if (!this._handle) {
      this[kSetNoDelay] = enable;
      return this;
    }
    if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
      this[kSetNoDelay] = enable;
      this._handle.setNoDelay(enable);
    }
    return this;
  }

  setKeepAlive(enable, initialDelayMsecs) {
    enable = Boolean(enable);
    const initialDelay = ~~((initialDelayMsecs ?? 0) / 1000);
    if (!this._handle) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      return this;
    }
    if (this._handle.setKeepAlive && enable !== this[kSetKeepAlive]) {
      this[kSetKeepAlive] = enable;
      this[kSetKeepAliveInitialDelay] = initialDelay;
      this._handle.setKeepAlive(enable, initialDelay);
    }
    return this;
  }

  // --- addresses -------------------------------------------------------------

  _getpeername() {
    if (!this._handle || !this._handle.getpeername || this.connecting) {
      return this._peername || {};
    }
    if (!this._peername) {
      const out = {};
      const err = this._handle.getpeername(out);
      if (err) return out;
      this._peername = out;
    }
    return this._peername;
  }

  _getsockname() {
    if (!this._handle || !this._handle.getsockname) return {};
    if (!this._sockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) return out;
      this._sockname = out;
    }
    return this._sockname;
  }

  address() { return this._getsockname(); }

  get remoteAddress() { return this._getpeername().address; }
  get remoteFamily() { return this._getpeername().family; }
  get remotePort() { return this._getpeername().port; }
  get localAddress() { return this._getsockname().address; }
  get localPort() { return this._getsockname().port; }
  get localFamily() { return this._getsockname().family; }

  get _connecting() { return this.connecting; }

  // --- event loop ------------------------------------------------------------

  ref() {
    if (!this._handle) {
      this[kRefed] = true;
      this.once('connect', this.ref);
      return this;
    }
    this[kRefed] = true;
    this._handle.ref();
    return this;
  }

  unref() {
    if (!this._handle) {
      this[kRefed] = false;
      this.once('connect', this.unref);
      return this;
    }
    this[kRefed] = false;
    this._handle.unref();
    return this;
  }
}

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

// After the peer's FIN (without allowHalfOpen) writing is an EPIPE, as node's.
function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return HandleStream.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) {
    throw new ERR_INVALID_IP_ADDRESS(localAddress);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');

  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
  }
  port |= 0;

  // (node's check comes from dns.lookup, hence the argument's name.)
  if (typeof host !== 'string') throw new ERR_INVALID_ARG_TYPE('hostname', 'string', host);
  const family = isIP(host);
  if (family !== 0) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, family, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');

  self._host = host;
  if (options.lookup == null && host.toLowerCase() === 'localhost') {
    // node tries every address of localhost (autoSelectFamily); servers are
    // usually on 127.0.0.1, which is where that search ends: go there.
    process.nextTick(() => {
      if (!self.connecting) return;
      self.emit('lookup', null, '127.0.0.1', 4, host);
      if (!self.connecting) return;
      internalConnect(self, '127.0.0.1', port, 4, localAddress, localPort);
    });
    return;
  }
  // Other names: dns.lookup (getaddrinfo on the thread pool), or the
  // caller's options.lookup.
  const dns = require('dns');
  const lookup = options.lookup || dns.lookup;
  const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
  // As node 20: with autoSelectFamily (the default) and no family, ask for
  // every address (hints ADDRCONFIG) and try them in turn; otherwise ask
  // for one address.
  const autoSelectFamily = options.autoSelectFamily ?? defaultAutoSelectFamily;
  let dnsOptions;
  if (wanted !== 0) dnsOptions = { family: wanted, hints: options.hints || 0 };
  else if (autoSelectFamily) dnsOptions = { family: options.family, hints: options.hints || dns.ADDRCONFIG, all: true };
  else dnsOptions = { family: options.family, hints: options.hints || dns.ADDRCONFIG };
  let attemptTimeout = options.autoSelectFamilyAttemptTimeout ?? defaultAutoSelectFamilyAttemptTimeout;
  if (options.autoSelectFamilyAttemptTimeout !== undefined) {
    validateInt32(attemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
  }
  if (attemptTimeout < 10) attemptTimeout = 10;
  lookup(host, dnsOptions, (err, ip, addressType) => {
    if (!err && wanted === 0 && Array.isArray(ip)) {
      if (autoSelectFamily && ip.length > 1) {
        // Happy eyeballs: every address, the families taking turns.
        if (!self.connecting) return;
        internalConnectMultiple(self, interleaveFamilies(ip), port, localAddress, localPort,
                                attemptTimeout);
        return;
      }
      // Otherwise the first IPv4 address (where a server on this machine
      // most likely listens), else the first.
      const chosen = ip.find((a) => a.family === 4) || ip[0];
      ip = chosen?.address;
      addressType = chosen?.family;
    }
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      self.destroy(err);
      return;
    }
    if (!isIP(ip)) {
      self.destroy(new ERR_INVALID_IP_ADDRESS(ip));
      return;
    }
    internalConnect(self, ip, port, addressType || isIP(ip), localAddress, localPort);
  });
}

let defaultAutoSelectFamily = true;
let defaultAutoSelectFamilyAttemptTimeout = 250;

// [v6a, v6b, v4a] → [v6a, v4a, v6b]: the first address's family first, then
// the families alternate (RFC 8305).
function interleaveFamilies(addresses) {
  const first = addresses[0].family;
  const same = addresses.filter((a) => a.family === first);
  const other = addresses.filter((a) => a.family !== first);
  const out = [];
  for (let i = 0; i < Math.max(same.length, other.length); i++) {
    if (i < same.length) out.push(same[i]);
    if (i < other.length) out.push(other[i]);
  }
  return out;
}

// Tries the addresses in turn, each with its own handle: a refused attempt
// moves on at once, a slow one after `attemptTimeout` ms; the first that
// connects becomes the socket's handle. All failing: an AggregateError of
// the attempts' errors (code: the first's), as node's.
function internalConnectMultiple(self, addresses, port, localAddress, localPort, attemptTimeout) {
  const errors = [];
  let index = 0;
  self.autoSelectFamilyAttemptedAddresses = [];
  const tryNext = () => {
    if (!self.connecting || self.destroyed) return;
    if (index >= addresses.length) {
      // eslint-disable-next-line no-restricted-syntax
      const error = new AggregateError(errors, '');
      error.code = errors[0]?.code;
      self.destroy(error);
      return;
    }
    const { address, family } = addresses[index++];
    if (index > 1) {
      // A fresh handle for each attempt after the first.
      const old = self._handle;
      if (old) {
        old.onread = noop;
        old.close();
      }
      const { TCP, TCPConstants: constants } = binding();
      attachHandle(self, new TCP(constants.SOCKET));
      if (self[kRefed] === false) self._handle.unref();
    }
    const handle = self._handle;
    self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    let timer = null;
    const failed = (status) => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      errors.push(exceptionWithHostPort(status, 'connect', address, port));
      tryNext();
    };
    const req = {
      oncomplete(status, h, r, readable, writable) {
        if (self._handle !== handle) return;  // abandoned after a timeout
        if (status !== 0) return failed(status);
        if (timer !== null) clearTimeout(timer);
        afterConnect(status, h, r, readable, writable);
      },
      address,
      port,
      localAddress,
      localPort,
    };
    let err = 0;
    if (localAddress || localPort) {
      err = family === 4 ? handle.bind(localAddress || '0.0.0.0', localPort | 0)
                         : handle.bind6(localAddress || '::', localPort | 0, 0);
    }
    if (!err) err = family === 4 ? handle.connect(req, address, port) : handle.connect6(req, address, port);
    if (err) {
      process.nextTick(failed, err);
      return;
    }
    if (index < addresses.length) {
      timer = setTimeout(() => {
        timer = null;
        errors.push(exceptionWithHostPort(UV_ETIMEDOUT, 'connect', address, port));
        tryNext();
      }, attemptTimeout);
      timer.unref();
    }
  };
  tryNext();
}

function getDefaultAutoSelectFamily() {
  return defaultAutoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  defaultAutoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return defaultAutoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  defaultAutoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

function internalConnect(self, address, port, family, localAddress, localPort) {
  const handle = self._handle;
  if (!handle) return;
  let err;
  if (localAddress || localPort) {
    if (family === 4) {
      err = handle.bind(localAddress || '0.0.0.0', localPort | 0);
    } else {
      err = handle.bind6(localAddress || '::', localPort | 0, 0);
    }
    if (err) {
      const ex = exceptionWithHostPort(err, 'bind', localAddress, localPort);
      self.destroy(ex);
      return;
    }
  }
  const req = {
    oncomplete: afterConnect,
    address,
    port,
    localAddress,
    localPort,
  };
  if (family === 4) {
    err = handle.connect(req, address, port);
  } else {
    err = handle.connect6(req, address, port);
  }
  if (err) {
    if (isDelayedBindError(err, localAddress, localPort)) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
    const sock = self._getsockname();
    let details;
    if (sock.address) details = `${sock.address}:${sock.port}`;
    self.destroy(exceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// libuv defers a bind's EADDRINUSE to the connect that follows; node
// reports it as the bind's error.
function isDelayedBindError(err, localAddress, localPort) {
  return err === UV_EADDRINUSE && !!localPort;
}

function afterConnect(status, handle, req, readable, writable) {
  const self = handle[kOwner];
  if (self === undefined || self.destroyed) return;
  if (self._handle !== handle) return;
  self.connecting = false;
  self._sockname = null;

  if (status === 0) {
    if (readable === false) self.push(null);
    if (writable === false) self.end();
    if (self[kSetNoDelay] && handle.setNoDelay) handle.setNoDelay(true);
    if (self[kSetKeepAlive] && handle.setKeepAlive) handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    self._unrefTimer();
    self.emit('connect');
    self.emit('ready');
    if (readable !== false && !self.isPaused()) self.read(0);
  } else {
    if (isDelayedBindError(status, req.localAddress, req.localPort)) {
      self.destroy(exceptionWithHostPort(status, 'bind', req.localAddress, req.localPort));
      return;
    }
    let details;
    if (req.localAddress && req.localPort) {
      details = `${req.localAddress}:${req.localPort}`;
    }
    const ex = exceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) ex.localAddress = req.localAddress;
    if (details) ex.localPort = req.localPort;
    self.destroy(ex);
  }
}

// ---------------------------------------------------------------------------
// Server

class Server extends EventEmitter {
  constructor(options, connectionListener) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null || typeof options === 'object') {
      options = { ...options };
    } else {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') {
      this.on('connection', connectionListener);
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
  }

  listen(...args) {
    const [options, cb] = normalizeArgs(args);
    if (cb !== null) this.once('listening', cb);
    if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();

    // listen(port, host, backlog) / listen(port, backlog): the backlog is
    // the number after the port (and host).
    let backlogFromArgs;
    const byObject = typeof args[0] === 'object' && args[0] !== null;
    if (!byObject) {
      if (typeof args[1] === 'number') backlogFromArgs = args[1];
      else if (typeof args[2] === 'number') backlogFromArgs = args[2];
      if ((options.port === undefined || options.port === null) && options.path == null) {
        options.port = 0;
      }
    }

    if (typeof options.port === 'number' || typeof options.port === 'string') {
      const port = validatePort(options.port, 'options.port');
      const backlog = options.backlog || backlogFromArgs;
      const host = options.host;
      if (host) {
        // A host goes through name resolution first, asynchronously even
        // for an IP literal (as node's dns.lookup answers on the next tick).
        const family = isIP(host);
        process.nextTick(() => {
          if (family !== 0) {
            this._listenOn(host, port, family, backlog);
          } else if (typeof host === 'string' && host.toLowerCase() === 'localhost') {
            this._listenOn('127.0.0.1', port, 4, backlog);
          } else {
            // Other names: the first address dns.lookup gives, as node.
            require('dns').lookup(host, (err, ip, addressType) => {
              if (err) this.emit('error', err);
              else this._listenOn(ip, port, addressType, backlog);
            });
          }
        });
      } else {
        this._listenOn(null, port, 4, backlog);
      }
      return this;
    }
    if (options.path != null) {
      validateString(options.path, 'options.path');
      this._listenOnPipe(options.path, options.backlog || backlogFromArgs);
      return this;
    }
    if (!('port' in options) && !('path' in options)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'must have the property "port" or "path"');
    }
    throw new ERR_INVALID_ARG_VALUE('options', options);
  }

  _listenOn(address, port, family, backlog) {
    const { TCP, TCPConstants: constants } = binding();
    const handle = new TCP(constants.SERVER);
    let err;
    let boundAddress = address;
    if (address === null) {
      // No host: the IPv6 any-address (dual stack), else IPv4's.
      err = handle.bind6('::', port, 0);
      boundAddress = '::';
      if (err) {
        handle.close();
        return this._listenOnFresh('0.0.0.0', port, 4, backlog);
      }
    } else if (family === 6) {
      err = handle.bind6(address, port, 0);
    } else {
      err = handle.bind(address, port);
    }
    return this._finishListen(handle, err, boundAddress, port, backlog);
  }

  _listenOnPipe(path, backlog) {
    const { Pipe } = internalBinding('pipe_wrap');
    const handle = new Pipe(false);
    this._pipeName = path;
    // node reports a pipe's listen errors with the path and port -1.
    return this._finishListen(handle, handle.bind(path), path, -1, backlog);
  }

  _listenOnFresh(address, port, family, backlog) {
    const { TCP, TCPConstants: constants } = binding();
    const handle = new TCP(constants.SERVER);
    const err = handle.bind(address, port);
    return this._finishListen(handle, err, address, port, backlog);
  }

  _finishListen(handle, err, address, port, backlog) {
    if (!err) err = handle.listen(backlog || kDefaultBacklog);
    if (err) {
      handle.close();
      const ex = uvExceptionWithHostPort(err, 'listen', address, port);
      process.nextTick(() => this.emit('error', ex));
      return;
    }
    this._handle = handle;
    handle[kOwner] = this;
    handle.onconnection = onconnection;
    if (this._unref) handle.unref();
    process.nextTick(() => {
      if (this._handle) this.emit('listening');
    });
  }

  get listening() { return !!this._handle; }

  address() {
    if (this._handle && this._pipeName !== undefined) return this._pipeName;
    if (this._handle && this._handle.getsockname) {
      const out = {};
      const err = this._handle.getsockname(out);
      if (err) throw errnoException(err, 'address');
      return out;
    }
    return null;
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._handle) {
        this.once('close', function close() {
          cb(new ERR_SERVER_NOT_RUNNING());
        });
      } else {
        this.once('close', cb);
      }
    }
    if (this._handle) {
      this._handle.close();
      this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle || this._connections) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(cb) {
    process.nextTick(cb, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle) this._handle.unref();
    return this;
  }
}

if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = function() {
    if (!this._handle) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  };
}

function onconnection(err, clientHandle) {
  const self = this[kOwner];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    if (self.listenerCount('drop') > 0) {
      const local = {};
      const remote = {};
      clientHandle.getsockname(local);
      clientHandle.getpeername(remote);
      const data = {
        localAddress: local.address,
        localPort: local.port,
        localFamily: local.family,
        remoteAddress: remote.address,
        remotePort: remote.port,
        remoteFamily: remote.family,
      };
      clientHandle.close();
      self.emit('drop', data);
    } else {
      clientHandle.close();
    }
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    noDelay: self.noDelay,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay * 1000,
  });
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

// ---------------------------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

module.exports = {
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};

// Loaded on first use.
for (const name of ['BlockList', 'SocketAddress']) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return require('internal/socketaddress')[name]; },
  });
}
