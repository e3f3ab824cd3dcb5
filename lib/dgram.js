'use strict';
// node:dgram — UDP sockets over internalBinding('udp_wrap') (src/udp_wrap.cc).
//
// HOW: a Socket owns one UDP handle from construction (libuv makes no file
// descriptor until bind). Every address, even an IP literal, goes through
// the socket's lookup (dns.lookup or options.lookup), which answers a
// literal on the next tick; that tick is what orders 'listening', send
// callbacks and 'connect' against the caller's own nextTicks as node does.
//
// WHY a queue: send() and connect() on an unbound socket bind it implicitly
// (port 0, all interfaces) and wait for 'listening' before they run; close()
// while that queue exists waits in it too. A failed implicit bind drops the
// queue (errorMonitor), and the error is emitted as usual.
//
// Errors from the handle are negative libuv errnos; node's shapes are built
// here: ExceptionWithHostPort for bind/send/connect, errnoException for the
// option setters, ERR_SOCKET_BUFFER_SIZE (a SystemError) for buffer sizes.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  errnoException,
  exceptionWithHostPort,
  uvErrmapGet,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');
const { deprecate } = require('internal/util');

const isArrayBufferView = ArrayBuffer.isView;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

const kState = Symbol('state symbol');
const kOwner = Symbol('owner_symbol');

let udpBinding;
function binding() {
  if (udpBinding === undefined) udpBinding = internalBinding('udp_wrap');
  return udpBinding;
}

// ---------------------------------------------------------------------------
// Handles: a UDP handle with the family's bind/connect/send and a lookup
// that defaults an empty address to the loopback of that family.

function newHandle(type, lookup) {
  if (lookup === undefined) {
    lookup = require('dns').lookup;
  } else {
    validateFunction(lookup, 'lookup');
  }
  const { UDP } = binding();
  if (type === 'udp4') {
    const handle = new UDP();
    handle.lookup = (address, cb) => lookup(address || '127.0.0.1', 4, cb);
    return handle;
  }
  if (type === 'udp6') {
    const handle = new UDP();
    handle.lookup = (address, cb) => lookup(address || '::1', 6, cb);
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
    return handle;
  }
  throw new ERR_SOCKET_BAD_TYPE();
}

// cluster's entry point in node: a bound handle, or a negative errno.
function _createSocketHandle(address, port, addressType, fd, flags) {
  const handle = newHandle(addressType === 6 || addressType === 'udp6' ? 'udp6' : 'udp4');
  let err;
  if (typeof fd === 'number' && fd > 0) {
    err = handle.open(fd);
  } else if (port || address) {
    err = handle.bind(address, port || 0, flags);
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

// ---------------------------------------------------------------------------
// Socket

function Socket(type, listener) {
  EventEmitter.call(this);
  let options;
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) recvBufferSize = options.recvBufferSize;
    if (options.sendBufferSize) sendBufferSize = options.sendBufferSize;
  }

  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);

  this[kState] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };

  if (options !== undefined && options.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', () => disposable[Symbol.dispose]());
    }
  }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

// handle.onmessage: `this` is the handle.
function onMessage(nread, handle, u8, rinfo) {
  const self = handle[kOwner];
  if (nread < 0) {
    self.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const msg = Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
  rinfo.size = msg.length;
  self.emit('message', msg, rinfo);
}

// Work that waits for an implicit bind to finish.
function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

Socket.prototype.bind = function(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BIND_STATE_BINDING;

  // A callback is a one-time 'listening' listener; a failed bind removes it
  // again (and, being an 'error' listener meanwhile, keeps that error from
  // throwing, as node's does).
  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    const onListening = () => {
      this.removeListener('error', onError);
      this.removeListener('listening', onListening);
      cb.call(this);
    };
    const onError = () => {
      this.removeListener('error', onError);
      this.removeListener('listening', onListening);
    };
    this.on('error', onError);
    this.on('listening', onListening);
  }

  if (port !== null && typeof port === 'object' &&
      Number.isInteger(port.fd) && port.fd > 0 && port.fd <= 0x7fffffff) {
    const err = state.handle.open(port.fd);
    if (err) throw errnoException(err, 'open');
    startListening(this);
    return this;
  }

  let address;
  if (port !== null && typeof port === 'object') {
    address = port.address || '';
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed meanwhile
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    const { constants } = binding();
    if (state.reuseAddr) flags |= constants.UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= constants.UV_UDP_IPV6ONLY;
    const status = state.handle.bind(ip, port || 0, flags);
    if (status) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', exceptionWithHostPort(status, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

Socket.prototype.connect = function(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');

  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) {
    throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => doConnectLookup(this, port, address, callback));
    return;
  }
  doConnectLookup(this, port, address, callback);
};

function doConnectLookup(self, port, address, callback) {
  const state = self[kState];
  if (callback) self.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => {
    if (!state.handle) return;
    if (!ex) {
      const err = state.handle.connect(ip, port);
      if (err) ex = exceptionWithHostPort(err, 'connect', address, port);
    }
    if (ex) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          self.removeListener('connect', callback);
          callback(ex);
        } else {
          self.emit('error', ex);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => self.emit('connect'));
  });
}

Socket.prototype.disconnect = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

// A datagram's pieces as views; strings become Buffers (UTF-8).
function toBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const piece = list[i];
    if (typeof piece === 'string') out[i] = Buffer.from(piece);
    else if (isArrayBufferView(piece)) out[i] = piece;
    else return null;
  }
  return out;
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                   buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// send(msg[, offset, length], port[, address][, callback]); on a connected
// socket: send(msg[, offset, length][, callback]).
Socket.prototype.send = function(buffer, offset, length, port, address, callback) {
  const state = this[kState];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }

  let list;
  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') {
      list = [Buffer.from(buffer)];
    } else if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                     buffer);
    } else {
      list = [buffer];
    }
  } else if ((list = toBufferList(buffer)) === null) {
    throw new ERR_INVALID_ARG_TYPE('buffer list arguments',
                                   ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }

  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }

  if (connected) {
    doSend(null, this, undefined, list, address, port, callback);
  } else {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (callback) process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const req = { list, address, port, callback, oncomplete: afterSend };
  const status = state.handle.send(req, list, port, ip);
  if (status >= 1) {
    // Sent at once: status is the byte count + 1.
    if (callback) process.nextTick(callback, null, status - 1);
    return;
  }
  // A failed send without a callback is dropped silently (node does too).
  if (status < 0 && callback) {
    process.nextTick(callback, exceptionWithHostPort(status, 'send', address, port));
  }
}

// req.oncomplete for a queued send; `this` is the req.
function afterSend(status, sent) {
  if (!this.callback) return;
  if (status < 0) {
    this.callback(exceptionWithHostPort(status, 'send', this.address, this.port));
  } else {
    this.callback(null, sent);
  }
}

Socket.prototype.sendto = function(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validatePort(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.close = function(callback) {
  const state = this[kState];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Socket.prototype[Symbol.asyncDispose] = async function() {
    if (!this[kState].handle) return;
    await new Promise((resolve, reject) => {
      this.close((err) => (err ? reject(err) : resolve()));
    });
  };
}

Socket.prototype.address = function() {
  healthCheck(this);
  const out = {};
  const err = this[kState].handle.getsockname(out);
  if (err) throw errnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw errnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function(arg) {
  const err = this[kState].handle.setBroadcast(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setTTL(ttl);
  if (err) throw errnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setMulticastTTL(ttl);
  if (err) throw errnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function(arg) {
  const err = this[kState].handle.setMulticastLoopback(arg ? 1 : 0);
  if (err) throw errnoException(err, 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (err) throw errnoException(err, 'setMulticastInterface');
};

Socket.prototype.addMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'addMembership');
};

Socket.prototype.dropMembership = function(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
  if (err) throw errnoException(err, 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function(sourceAddress, groupAddress,
                                                        interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.addSourceSpecificMembership(sourceAddress, groupAddress,
                                                              interfaceAddress);
  if (err) throw errnoException(err, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function(sourceAddress, groupAddress,
                                                         interfaceAddress) {
  healthCheck(this);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = this[kState].handle.dropSourceSpecificMembership(sourceAddress, groupAddress,
                                                               interfaceAddress);
  if (err) throw errnoException(err, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function() {
  const handle = this[kState].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function() {
  const handle = this[kState].handle;
  if (handle) handle.unref();
  return this;
};

// size 0 reads the kernel's value; Linux reports twice what was set.
function bufferSize(self, size, recv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ret = self[kState].handle.bufferSize(size, recv);
  if (ret < 0) {
    const [code, message] = uvErrmapGet(ret) || ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: ret,
      code,
      message,
      syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

Socket.prototype.setRecvBufferSize = function(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function() {
  return this[kState].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function() {
  return this[kState].handle.getSendQueueCount();
};

// The underscore properties of old node versions (DEP0112).
function defineDeprecated(name, get, set) {
  const msg = `Socket.prototype.${name} is deprecated`;
  Object.defineProperty(Socket.prototype, name, {
    __proto__: null,
    get: deprecate(get, msg, 'DEP0112'),
    set: set && deprecate(set, msg, 'DEP0112'),
    configurable: true,
    enumerable: true,
  });
}
defineDeprecated('_handle', function() { return this[kState].handle; },
                 function(v) { this[kState].handle = v; });
defineDeprecated('_receiving', function() { return this[kState].receiving; },
                 function(v) { this[kState].receiving = v; });
defineDeprecated('_bindState', function() { return this[kState].bindState; },
                 function(v) { this[kState].bindState = v; });
defineDeprecated('_queue', function() { return this[kState].queue; },
                 function(v) { this[kState].queue = v; });
defineDeprecated('_reuseAddr', function() { return this[kState].reuseAddr; },
                 function(v) { this[kState].reuseAddr = v; });
Socket.prototype._healthCheck = deprecate(function() { healthCheck(this); },
                                          'Socket.prototype._healthCheck() is deprecated',
                                          'DEP0112');
Socket.prototype._stopReceiving = deprecate(function() { stopReceiving(this); },
                                            'Socket.prototype._stopReceiving() is deprecated',
                                            'DEP0112');

module.exports = {
  _createSocketHandle,
  createSocket,
  Socket,
};
