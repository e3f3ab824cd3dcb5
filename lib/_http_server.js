'use strict';
// The HTTP server: a net.Server whose connections each get a parser that
// consumes the socket's handle (bytes go from libuv into llhttp without a
// stop in JS), an IncomingMessage per request and a ServerResponse written
// back in order — pipelined requests queue their responses until the one
// ahead finishes.
//
// Per connection, `state` holds the requests received and not yet answered
// (incoming), responses waiting for the socket (outgoing) and whether a
// keep-alive timeout runs. Timeouts for slow headers/requests are checked
// every connectionsCheckingInterval ms over the set of open connections.

const net = require('net');
const { Buffer } = require('buffer');
const { OutgoingMessage, emitDrainIfNeeded, kOutHeaders, plainHeader } = require('_http_outgoing');
const {
  allocParser, freeParser, HTTPParser, kIncomingMessage, kOnExecute,
  checkInvalidHeaderChar, chunkExpression, continueExpression, defaultMaxHeaderSize,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
  connResetException,
} = require('internal/errors');
const {
  validateBoolean, validateInteger, validateObject,
} = require('internal/validators');

const { UV_ECANCELED } = internalBinding('uv');

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
  204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
  208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
  304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable',
  417: 'Expectation Failed', 418: 'I\'m a Teapot', 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
};

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kState = Symbol('kState');
const kFinishState = Symbol('kFinishState');


// --- ServerResponse ----------------------------------------------------------

class ServerResponse extends OutgoingMessage {
  constructor(req, options) {
    super(options);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    this.statusCode = 200;
    this.statusMessage = undefined;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
      this.shouldKeepAlive = false;
    }
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
    socket._httpMessage = this;
    // The server's own connections tell their response about 'close' from
    // socketOnClose; only other sockets need a listener per response.
    if (socket[kState] === undefined) socket.on('close', onServerResponseClose);
    this.socket = socket;
    this.emit('socket', socket);
    this._flush();
  }

  detachSocket(socket) {
    if (socket[kState] === undefined) socket.removeListener('close', onServerResponseClose);
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
  }

  writeEarlyHints(hints, cb) {
    let head = 'HTTP/1.1 103 Early Hints\r\n';
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const links = Array.isArray(hints.link) ? hints.link : [hints.link];
    for (const link of links) {
      if (checkInvalidHeaderChar(link)) throw new ERR_INVALID_CHAR('header content', 'Link');
    }
    head += 'Link: ' + links.join(', ') + '\r\n';
    for (const key of Object.keys(hints)) {
      if (key !== 'link') head += key + ': ' + hints[key] + '\r\n';
    }
    head += '\r\n';
    this._writeRaw(head, 'ascii', cb);
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeHead(statusCode, reason, obj) {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
    const originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    }
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      obj ??= reason;
    }
    this.statusCode = statusCode;

    let headers;
    if (this[kOutHeaders]) {
      // Headers set with setHeader() merge with writeHead's, which win.
      if (obj) {
        if (Array.isArray(obj)) {
          if (obj.length && Array.isArray(obj[0])) {
            for (const [k, v] of obj) this.setHeader(k, v);
          } else {
            if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
            // Repeated names in a flat array become several values.
            const seen = new Set();
            for (let n = 0; n < obj.length; n += 2) {
              const k = obj[n];
              if (seen.has(k.toLowerCase())) this.appendHeader(k, obj[n + 1]);
              else { seen.add(k.toLowerCase()); this.setHeader(k, obj[n + 1]); }
            }
          }
        } else {
          for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
        }
      }
      headers = this[kOutHeaders];
    } else {
      headers = obj;
    }

    const statusMessage = this.statusMessage;
    if (statusMessage !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(statusMessage)) {
      throw new ERR_INVALID_CHAR('statusMessage');
    }

    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
      this._hasBody = false;
    }
    // A client told to wait for 100-continue that never got it can't keep
    // the connection: its body may still be on the way.
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

    if (!headers) {
      const header = plainHeader(this, statusCode, statusMessage);
      if (header !== null) {
        this._header = header;
        this._headerSent = false;
        return this;
      }
    }
    this._storeHeader(`HTTP/1.1 ${statusCode} ${statusMessage}\r\n`, headers);
    return this;
  }

  writeHeader(...args) { return this.writeHead(...args); }
}

function onServerResponseClose() {
  const msg = this._httpMessage;
  if (msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
  }
}

// --- Server --------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }
  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }
  if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', this.headersTimeout);
  }
  const keepAliveTimeout = options.keepAliveTimeout;
  this.keepAliveTimeout = keepAliveTimeout !== undefined ? keepAliveTimeout : 5000;
  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }
  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }
  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  this.joinDuplicateHeaders = joinDuplicateHeaders;
  this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  this.highWaterMark = options.highWaterMark;
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === null || options === undefined) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    super({
      allowHalfOpen: true,
      noDelay: options.noDelay ?? true,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
      highWaterMark: options.highWaterMark,
    });
    storeHTTPOptions.call(this, options);
    if (requestListener) this.on('request', requestListener);
    this.httpAllowHalfOpen = false;
    this.on('connection', connectionListener);
    this.on('listening', setupConnectionsTracking);
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this[kConnections] = new Set();
    this[kConnectionsCheckingInterval] = null;
  }

  close(...args) {
    httpServerPreClose(this);
    return super.close(...args);
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }

  closeAllConnections() {
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    for (const socket of this[kConnections]) {
      const state = socket[kState];
      if (state && state.incoming.length === 0 && !socket._httpMessage) socket.destroy();
    }
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  if (server[kConnectionsCheckingInterval]) {
    clearInterval(server[kConnectionsCheckingInterval]);
    server[kConnectionsCheckingInterval] = null;
  }
}

function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0) {
    this[kConnectionsCheckingInterval] =
      setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  for (const socket of this[kConnections]) {
    const parser = socket.parser;
    if (parser && parser.checkTimeout(this.headersTimeout, this.requestTimeout)) {
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

function connectionListener(socket) {
  const server = this;
  socket.server = server;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = allocParser();
  parser.initialize(HTTPParser.REQUEST,
                    server.maxHeaderSize === undefined ? defaultMaxHeaderSize() : server.maxHeaderSize);
  parser.socket = socket;
  socket.parser = parser;
  parser.maxHeaderPairs = typeof server.maxHeadersCount === 'number' ? server.maxHeadersCount : 2000;
  parser[kIncomingMessage] = server[kIncomingMessage];

  const state = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
    keepAliveTimer: null,
    socket,
    server,
  };
  socket[kState] = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);
  parser[kOnExecute] = onParserExecute.bind(undefined, server, socket, parser, state);

  // From now on reads go from the socket's handle straight into the parser.
  if (socket._handle && !socket._handle._consumed && socket.listenerCount('data') === 1 &&
      parser.consume(socket._handle)) {
    parser._consumed = true;
    socket._handle._consumed = true;
    if (socket.timeout > 0) parser.setWantExecute(true);
  }
  socket._paused = false;
  server[kConnections].add(socket);
}

function socketOnData(server, socket, parser, state, d) {
  // Only when the parser couldn't take the handle over (e.g. a socket
  // handed in by the user without one).
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecute(server, socket, parser, state, ret, head) {
  // Bytes arrived (reported while the socket has a timeout): activity.
  if (typeof ret === 'number' && ret >= 0) socket._unrefTimer();
  if (typeof ret === 'number' && ret < 0) {
    if (ret === UV_ECANCELED) {
      socket.destroy();
      return;
    }
    // EOF or a read error: the socket's own read path takes it from here.
    socket._handle?.onread(ret);
    return;
  }
  onParserExecuteCommon(server, socket, parser, state, ret, head);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  if (ret instanceof Error) {
    if (d !== undefined && !Buffer.isBuffer(d)) d = Buffer.from(d.buffer, d.byteOffset, d.byteLength);
    ret.rawPacket = d;
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.incoming;
  if (req && req.upgrade) {
    // The connection now speaks another protocol: hand it over.
    let head;
    if (parser._consumed) {
      head = d;
    } else {
      head = d.slice(ret);
    }
    head = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    server[kConnections].delete(socket);
    parser.finish();
    freeParser(parser, req, socket);
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      socket._httpMessage = null;
      // Whoever takes the socket decides how to read it.
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, head);
    } else {
      socket.destroy();
    }
  }
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.parser?.resume();
    if (socket.parser && socket.parser._consumed) {
      socket._httpReadStopped = false;
      socket._handle?.readStart();
    } else {
      socket.resume();
    }
  }
  emitDrainIfNeeded(socket._httpMessage);
}

function socketOnTimeout() {
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  if (state.keepAliveTimer) {
    clearTimeout(state.keepAliveTimer);
    state.keepAliveTimer = null;
  }
  const parser = socket.parser;
  if (parser) {
    freeParser(parser, null, socket);
  }
  socket.server[kConnections].delete(socket);
  abortIncoming(state.incoming);
  // After the requests, as a per-response 'close' listener would run.
  if (socket._httpMessage) onServerResponseClose.call(socket);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function noop() {}

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.listenerCount('error') === 0) this.on('error', noop);
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW': response = requestHeaderFieldsTooLargeResponse; break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW': response = requestChunkExtensionsTooLargeResponse; break;
        case 'ERR_HTTP_REQUEST_TIMEOUT': response = requestTimeoutResponse; break;
        default: response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // Too many responses waiting (pipelining): stop reading for now.
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      if (socket.parser && socket.parser._consumed) {
        socket._httpReadStopped = true;
        socket._handle?.readStop();
      } else {
        socket.pause();
      }
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = updateOutgoingData.bind(undefined, socket, state);
  res.shouldKeepAlive = keepAlive;

  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount++;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
  }

  if (socket._httpMessage) {
    state.outgoing.push(res);
  } else {
    res.assignSocket(socket);
  }

  res[kFinishState] = state;
  res.on('finish', resOnFinishListener);

  // Host and Expect are looked up in rawHeaders: building `headers` is left
  // to handlers that read it.
  let hasHost = false;
  let expect;
  const raw = req.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i];
    if (name.length === 4) {
      if (!hasHost && (name === 'Host' || name === 'host' || name.toLowerCase() === 'host')) hasHost = true;
    } else if (name.length === 6 && expect === undefined && name.toLowerCase() === 'expect') {
      expect = raw[i + 1];
    }
  }

  if (server.requireHostHeader && req.httpVersionMajor === 1 && req.httpVersionMinor === 1 &&
      !hasHost) {
    res.writeHead(400, ['Connection', 'close']);
    res.end();
    return 0;
  }

  if (server.maxRequestsPerSocket > 0 && state.requestsCount > server.maxRequestsPerSocket) {
    server.emit('dropRequest', req, socket);
    res.writeHead(503);
    res.end();
    return 0;
  }

  if (expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (continueExpression.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return 0;
}

// keepAliveTimeout runs only while a connection is idle between requests.
// Its timer is made once per connection and refreshed after each response
// (not cleared and re-made per request); one that fires while a request is
// in progress is ignored.
function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  state.keepAliveTimeoutSet = false;
  if (server.timeout) socket.setTimeout(server.timeout);
}

// node 20.20 keeps an idle connection this much longer than the
// keepAliveTimeout it announces, so a client reusing it at the last moment
// doesn't race the close.
const kKeepAliveTimeoutBuffer = 1000;

function startKeepAliveTimer(server, socket, state) {
  // server.timeout doesn't run while the connection waits between requests.
  if (server.timeout && socket.timeout) socket.setTimeout(0);
  const ms = server.keepAliveTimeout + kKeepAliveTimeoutBuffer;
  let timer = state.keepAliveTimer;
  if (timer && timer._idleTimeout === ms) {
    timer.refresh();
  } else {
    if (timer) clearTimeout(timer);
    timer = state.keepAliveTimer = setTimeout(onKeepAliveTimeout, ms, socket, state);
    timer.unref();
  }
  state.keepAliveTimeoutSet = true;
}

function onKeepAliveTimeout(socket, state) {
  state.keepAliveTimer = null;
  // A request that has begun to arrive isn't idleness.
  if (!state.keepAliveTimeoutSet || socket.destroyed || socket.parser?.inMessage()) return;
  socket.emit('timeout');
}

function resOnFinishListener() {
  const state = this[kFinishState];
  this[kFinishState] = null;
  resOnFinish(this.req, this, state.socket, state, state.server);
}

function resOnFinish(req, res, socket, state, server) {
  const incoming = state.incoming;
  if (incoming[0] === req) {
    incoming.shift();
  } else {
    const idx = incoming.indexOf(req);
    if (idx !== -1) incoming.splice(idx, 1);
  }

  // The body nobody read is read and dropped, so the next request can come.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();

  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      startKeepAliveTimer(server, socket, state);
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function emitCloseNT(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
};
