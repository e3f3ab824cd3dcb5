'use strict';
// What the HTTP server and client share: the parser pool and the parser's
// callbacks, header token/value checks, the cached Date header.
//
// A parser (internalBinding('http_parser'), src/http_parser.cc) belongs to
// one connection at a time. Its callbacks run with `this` = the parser and
// find their way through these fields, set by the server or client:
//   parser.socket       the net.Socket it parses
//   parser.incoming     the IncomingMessage being received
//   parser.onIncoming(incoming, shouldKeepAlive) → 0, 1 (skip the body) or
//                       2 (an upgrade: stop after the headers)
//   parser.maxHeaderPairs   maxHeadersCount (0 = no limit)
//   parser[kIncomingMessage] the IncomingMessage class to make

const { HTTPParser, methods: methodTable } = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop, kMaxHeaderPairs, setTrailers } = require('_http_incoming');

const kIncomingMessage = Symbol('IncomingMessage');
const kOnExecute = Symbol('onExecute');

// llhttp 8.1 doesn't parse QUERY, which node 20 lists (and clients may send).
const methods = methodTable.filter((m) => m !== undefined).concat('QUERY').sort();

function parserOnHeadersComplete(versionMajor, versionMinor, rawHeaders, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive, complete) {
  const parser = this;
  const socket = parser.socket;
  const Incoming = parser[kIncomingMessage] || IncomingMessage;
  const incoming = parser.incoming = new Incoming(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 ? (versionMinor === 1 ? '1.1' : versionMinor === 0 ? '1.0' : `1.${versionMinor}`)
                                            : `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders || parser.joinDuplicateHeaders || false;
  incoming.rawHeaders = rawHeaders;
  // maxHeadersCount limits `headers`, not rawHeaders.
  const max = parser.maxHeaderPairs;
  if (max > 0 && rawHeaders.length > max * 2) incoming[kMaxHeaderPairs] = max;
  if (typeof method === 'number') {
    incoming.method = methodTable[method];
    incoming.url = url;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  incoming.upgrade = upgrade;
  const ret = parser.onIncoming(incoming, shouldKeepAlive);
  // A bodiless request arrives whole: its completion comes in the same call.
  if (complete) parserOnMessageComplete.call(parser);
  return ret;
}

function parserOnBody(chunk) {
  const stream = this.incoming;
  if (stream === null || stream === undefined || stream._dumped) return;
  const { Buffer } = require('buffer');
  if (!stream.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))) {
    readStop(this.socket);
  }
}

function parserOnMessageComplete(trailers) {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null && stream !== undefined) {
    stream.complete = true;
    if (trailers !== undefined) setTrailers(stream, trailers);
    if (!stream.upgrade) stream.push(null);
  }
  // The next message on a keep-alive connection may already be waiting.
  readStart(parser.socket);
}

// A small free list: parsers are reused across connections.
const parserPool = [];
const kMaxPooled = 1000;

function allocParser() {
  const parser = parserPool.pop() || new HTTPParser();
  parser.setCallbacks(parserOnHeadersComplete, parserOnBody, parserOnMessageComplete,
                      parserOnExecute);
  return parser;
}

function parserOnExecute(ret, head) {
  const fn = this[kOnExecute];
  if (fn !== undefined) fn.call(this, ret, head);
}

function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) {
      parser.unconsume();
      parser._consumed = false;
      if (parser.socket?._handle) parser.socket._handle._consumed = false;
    }
    parser.free();
    parser.onIncoming = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser[kIncomingMessage] = null;
    parser[kOnExecute] = undefined;
    parser.joinDuplicateHeaders = false;
    parser.maxHeaderPairs = 0;
    if (parserPool.length < kMaxPooled) parserPool.push(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

// --max-http-header-size (16 KiB by default), read once.
let maxHeaderSizeDefault;
function defaultMaxHeaderSize() {
  maxHeaderSizeDefault ??= internalBinding('process_methods').getOptions().maxHttpHeaderSize;
  return maxHeaderSizeDefault;
}

// The Date header changes once a second: its text is made on first use and
// forgotten by an unreferenced timer at the next second, as node does (no
// clock read per response).
let dateCache;
function utcDate() {
  if (dateCache === undefined) {
    const d = new Date();
    dateCache = d.toUTCString();
    require('internal/timers').setUnrefTimeout(resetDateCache, 1000 - d.getMilliseconds());
  }
  return dateCache;
}
function resetDateCache() {
  dateCache = undefined;
}

module.exports = {
  HTTPParser,
  allocParser,
  freeParser,
  methods,
  kIncomingMessage,
  kOnExecute,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  defaultMaxHeaderSize,
  utcDate,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
};
