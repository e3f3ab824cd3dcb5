'use strict';
// ClientRequest: an OutgoingMessage whose socket comes from an Agent (or a
// connection of its own), and whose response is parsed from the socket's
// 'data' into an IncomingMessage. When a keep-alive response ends and the
// request has finished, the socket goes back to the agent with 'free'.

const net = require('net');
const { Buffer } = require('buffer');
const { OutgoingMessage, emitDrainIfNeeded, kOutHeaders } = require('_http_outgoing');
const {
  allocParser, freeParser, HTTPParser, kIncomingMessage, kOnExecute, checkIsHttpToken,
  defaultMaxHeaderSize,
} = require('_http_common');
const { UV_ECANCELED } = internalBinding('uv');
const { IncomingMessage } = require('_http_incoming');
const Agent = require('_http_agent');
const { URL, urlToHttpOptions, isURL } = require('internal/url');
const {
  AbortError,
  connResetException,
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HTTP_TOKEN,
    ERR_INVALID_PROTOCOL,
    ERR_UNESCAPED_CHARACTERS,
  },
} = require('internal/errors');
const {
  validateInteger, validateBoolean, validateNumber,
} = require('internal/validators');

const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

const kError = Symbol('kError');

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const bodylessMethods = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();

    if (typeof input === 'string') {
      const urlStr = input;
      input = urlToHttpOptions(new URL(urlStr));
    } else if (isURL(input)) {
      input = urlToHttpOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }

    if (typeof options === 'function') {
      cb = options;
      options = input || { __proto__: null };
    } else {
      options = { __proto__: null, ...input, ...options };
    }

    let agent = options.agent;
    const defaultAgent = options._defaultAgent || Agent.globalAgent;
    if (agent === false) {
      const AgentClass = defaultAgent.constructor;
      agent = new AgentClass();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
      // Explicitly pass through this statement as agent will not be used
      // when createConnection is provided.
      options.agent = agent;
    } else if (typeof agent.addRequest !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent?.protocol) expectedProtocol = this.agent.protocol;

    if (options.path) {
      const path = String(options.path);
      if (INVALID_PATH_REGEX.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
    }

    if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

    const defaultPort = options.defaultPort || (this.agent?.defaultPort);
    const port = options.port = options.port || defaultPort || 80;
    const host = options.host = validateHost(options.hostname, 'hostname') ||
                                validateHost(options.host, 'host') || 'localhost';
    const setHost = options.setHost === undefined || Boolean(options.setHost);

    this.socketPath = options.socketPath;

    if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

    const signal = options.signal;
    if (signal) addAbortSignal(signal, this);

    let method = options.method;
    const methodIsString = typeof method === 'string';
    if (method !== null && method !== undefined && !methodIsString) {
      throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (methodIsString && method) {
      if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
      method = this.method = method.toUpperCase();
    } else {
      method = this.method = 'GET';
    }

    const maxHeaderSize = options.maxHeaderSize;
    if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = maxHeaderSize;
    const insecureHTTPParser = options.insecureHTTPParser;
    if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
    this.insecureHTTPParser = insecureHTTPParser;
    if (options.joinDuplicateHeaders !== undefined) {
      validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
    }
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;

    this.path = options.path || '/';
    if (cb) this.once('response', cb);

    this.useChunkedEncodingByDefault = !bodylessMethods.has(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;

    if (this.agent) {
      // Without keep-alive and without a socket limit every request gets a
      // connection of its own that closes after it.
      if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
        this._last = true;
        this.shouldKeepAlive = false;
      } else {
        this._last = false;
        this.shouldKeepAlive = true;
      }
    }

    const headersArray = Array.isArray(options.headers);
    if (!headersArray) {
      if (options.headers) {
        for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      }

      if (host && !this.getHeader('host') && setHost) {
        let hostHeader = host;
        // An IPv6 address goes in brackets.
        const posColon = hostHeader.indexOf(':');
        if (posColon !== -1 && hostHeader.includes(':', posColon + 1) &&
            hostHeader.charCodeAt(0) !== 91 /* '[' */) {
          hostHeader = `[${hostHeader}]`;
        }
        if (port && +port !== defaultPort) hostHeader += ':' + port;
        this.setHeader('Host', hostHeader);
      }

      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
      }

      if (this.getHeader('expect')) {
        if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
        this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
      }
    } else {
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', options.headers);
    }

    const optsWithoutSignal = { __proto__: null, ...options };
    delete optsWithoutSignal.signal;

    if (this.agent) {
      this.agent.addRequest(this, optsWithoutSignal);
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      let opts = optsWithoutSignal;
      if (opts.path || opts.socketPath) {
        opts = { ...optsWithoutSignal };
        if (opts.socketPath) opts.path = opts.socketPath;
        else if (opts.path) opts.path = undefined;
      }
      if (typeof opts.createConnection === 'function') {
        const oncreate = once((err, socket) => {
          if (err) process.nextTick(() => this.emit('error', err));
          else this.onSocket(socket);
        });
        try {
          const newSocket = opts.createConnection(opts, oncreate);
          if (newSocket) oncreate(null, newSocket);
        } catch (err) {
          oncreate(err);
        }
      } else {
        this.onSocket(net.createConnection(opts));
      }
    }
  }

  _implicitHeader() {
    if (this._header) throw new ERR_HTTP_HEADERS_SENT('render');
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this[kOutHeaders]);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(emitAbortNT, this);
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    // A response not read yet is dropped, not left to hold the socket.
    if (this.res) this.res._dump();
    this[kError] = err;
    this.socket?.destroy(err);
    return this;
  }

  onSocket(socket, err) {
    process.nextTick(onSocketNT, this, socket, err);
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    listenSocketTimeout(this);
    msecs = getTimerDuration(msecs, 'msecs');
    if (callback) this.once('timeout', callback);
    if (this.socket) setSocketTimeout(this.socket, msecs);
    else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
    return this;
  }

  setNoDelay(noDelay) {
    this._deferToConnect('setNoDelay', [noDelay]);
  }

  setSocketKeepAlive(enable, initialDelay) {
    this._deferToConnect('setKeepAlive', [enable, initialDelay]);
  }

  clearTimeout(cb) {
    this.setTimeout(0, cb);
  }

  _deferToConnect(method, args) {
    const callSocketMethod = () => {
      if (method) this.socket[method].apply(this.socket, args);
    };
    const onSocket = () => {
      if (this.socket.writable) callSocketMethod();
      else this.socket.once('connect', callSocketMethod);
    };
    if (!this.socket) this.once('socket', onSocket);
    else onSocket();
  }
}

function once(fn) {
  let called = false;
  return (...args) => {
    if (called) return;
    called = true;
    fn(...args);
  };
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  return msecs;
}

function addAbortSignal(signal, req) {
  const { validateAbortSignal } = require('internal/validators');
  validateAbortSignal(signal, 'options.signal');
  const onAbort = () => req.destroy(new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    req.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

function emitAbortNT(req) {
  req.emit('abort');
}

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

function emitRequestTimeout() {
  const req = this._httpMessage;
  if (req) req.emit('timeout');
}

function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = emitRequestTimeout;
  if (req.socket) {
    req.socket.once('timeout', emitRequestTimeout);
  } else {
    req.on('socket', (socket) => socket.once('timeout', emitRequestTimeout));
  }
}

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    err ??= req[kError];
    if (socket) {
      if (!err && req.agent && !socket.destroyed) {
        // Destroyed before it got its socket: the socket goes back unused.
        socket.emit('free');
      } else {
        // The socket's own 'error'/'close' are awaited (and so handled)
        // before the request reports.
        const eos = require('internal/streams/end-of-stream');
        eos(socket.destroy(err), (er) => {
          if (er?.code === 'ERR_STREAM_PREMATURE_CLOSE') er = null;
          destroyRequest(req, er || err);
        });
        return;
      }
    }
    destroyRequest(req, err);
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function destroyRequest(req, err) {
  if (!req.aborted && !err) err = connResetException('socket hang up');
  if (err) req.emit('error', err);
  req._closed = true;
  req.emit('close');
}

function tickOnSocket(req, socket) {
  const parser = allocParser();
  req.socket = socket;
  const maxHeaderSize = req.maxHeaderSize === undefined ? defaultMaxHeaderSize() : req.maxHeaderSize;
  parser.initialize(HTTPParser.RESPONSE, maxHeaderSize);
  parser.socket = socket;
  parser.outgoing = req;
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  if (typeof req.maxHeadersCount === 'number') parser.maxHeaderPairs = req.maxHeadersCount;
  else parser.maxHeaderPairs = 2000;
  parser.joinDuplicateHeaders = req.joinDuplicateHeaders;
  parser[kIncomingMessage] = IncomingMessage;
  parser.onIncoming = parserOnIncomingClient;
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);

  // Responses are parsed from the socket's reads in C++, as on the server
  // (unless someone else already reads the socket's data).
  const handle = socket._handle;
  if (handle && !handle._consumed && socket.listenerCount('data') === 1 &&
      parser.consume(handle)) {
    parser._consumed = true;
    handle._consumed = true;
    parser.setWantExecute(true);
    parser[kOnExecute] = clientParserOnExecute;
  }

  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

function ondrain() {
  emitDrainIfNeeded(this._httpMessage);
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  const res = req?.res;
  if (req) {
    req.destroyed = true;
    if (res) {
      // The socket closed before the response ended.
      if (!res.complete) res.destroy(connResetException('aborted'));
      req._closed = true;
      req.emit('close');
      if (!res.aborted && res.readable) res.push(null);
    } else {
      if (!socket._hadError) {
        // Closed before any response: the request failed.
        socket._hadError = true;
        req.emit('error', connResetException('socket hang up'));
      }
      req._closed = true;
      req.emit('close');
    }
    if (req.outputData) req.outputData.length = 0;
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    socket._hadError = true;
    req.emit('error', err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (req && !req.res && !socket._hadError) {
    socket._hadError = true;
    req.emit('error', connResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const socket = this;
  const parser = this.parser;
  if (!parser) return;
  const ret = parser.execute(d);
  afterExecute(socket, parser, ret, d, null);
}

// A consumed socket's reads went to the parser in C++; this is what follows
// each (this = the parser): ret is the bytes parsed, a parse Error, or a
// negative errno from the read (UV_EOF …), which the socket's own read path
// then handles. For an upgrade, head holds the bytes after the headers.
function clientParserOnExecute(ret, head) {
  const socket = this.socket;
  if (socket === null || socket === undefined) return;
  if (typeof ret === 'number' && ret < 0) {
    if (ret === UV_ECANCELED) socket.destroy();
    else socket._handle?.onread(ret);
    return;
  }
  if (typeof ret === 'number') socket._unrefTimer();
  afterExecute(socket, this, ret, null, head);
}

function afterExecute(socket, parser, ret, d, head) {
  const req = socket._httpMessage;
  if (ret instanceof Error) {
    if (d !== null) ret.rawPacket = d;
    else if (head) ret.rawPacket = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    socket._hadError = true;
    req.emit('error', ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    // The server switched protocols (or a CONNECT tunnel opened).
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', emitRequestTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    const bodyHead = d !== null ? d.slice(ret, d.length)
      : Buffer.from(head.buffer, head.byteOffset, head.byteLength);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete &&
             !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

// Called by the parser when a response's headers are complete.
function parserOnIncomingClient(res, shouldKeepAlive) {
  const socket = this.socket;
  const req = socket._httpMessage;

  if (req.res) {
    // A second response to one request: the server is confused.
    socket.destroy();
    return 0;
  }
  req.res = res;

  if (req.method === 'CONNECT') {
    res.upgrade = true;
    return 2;
  }
  if (res.upgrade) return 2;

  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return 1;
  }

  if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
    // The server will close the connection: so do we, after this response.
    req.shouldKeepAlive = false;
  }

  res.req = req;
  if (req.timeoutCb) {
    // Keep the request's timeout on the response.
    socket.removeListener('timeout', emitRequestTimeout);
    socket.once('timeout', emitRequestTimeout);
  }
  res.on('end', responseOnEnd);
  req.on('finish', requestOnFinish);
  res.on('timeout', () => {});

  if (req.aborted || !req.emit('response', res)) res._dump();

  return req.method === 'HEAD' ? 1 : 0;
}

const kReleased = Symbol('kReleased');

function responseKeepAlive(req) {
  // Once: from the response's 'end' or the request's 'finish', whichever
  // comes last — never both.
  if (req[kReleased]) return;
  req[kReleased] = true;
  const socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  socket.removeListener('timeout', emitRequestTimeout);
  req.timeoutCb = null;
  socket.once('error', freeSocketErrorListener);
  if (req.parser) freeParser(req.parser, req, socket);
  req.destroyed = true;
  // The socket may serve another request now: the response lets go of it.
  if (req.res) req.res.socket = null;
  process.nextTick(emitFreeNT, req);
}

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) {
    req.socket.removeListener('error', freeSocketErrorListener);
    req.socket.emit('free');
  }
}

function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket && req.timeoutCb) socket.removeListener('timeout', emitRequestTimeout);
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

module.exports = { ClientRequest };
