'use strict';
// http.STATUS_CODES, http.METHODS, http.maxHeaderSize, the module's exports
// and the classes' relations, as in node 20.
const assert = require('assert');
const http = require('http');
const stream = require('stream');
const EventEmitter = require('events');
const net = require('net');

assert.deepStrictEqual(http.STATUS_CODES, {
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
  417: 'Expectation Failed', 418: "I'm a Teapot", 421: 'Misdirected Request',
  422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early',
  426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
  503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required',
});

// node 20.20's list (llhttp 9), sorted.
assert.deepStrictEqual(http.METHODS, [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
]);

assert.strictEqual(http.maxHeaderSize, 16384);

for (const name of ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server',
                    'ServerResponse', 'createServer', 'get', 'request', 'validateHeaderName',
                    'validateHeaderValue', 'setMaxIdleHTTPParsers']) {
  assert.strictEqual(typeof http[name], 'function', name);
}
assert(http.globalAgent instanceof http.Agent);
assert.strictEqual(require('node:http'), http);

// Class relations.
assert(http.Server.prototype instanceof net.Server);
assert(http.IncomingMessage.prototype instanceof stream.Readable);
assert(http.OutgoingMessage.prototype instanceof stream.Stream);
assert(http.ServerResponse.prototype instanceof http.OutgoingMessage);
assert(http.ClientRequest.prototype instanceof http.OutgoingMessage);
assert(http.Agent.prototype instanceof EventEmitter);

// createServer and new Server, with and without options.
const s1 = http.createServer();
assert(s1 instanceof http.Server);
assert.strictEqual(s1.listenerCount('request'), 0);
const handler = () => {};
const s2 = http.createServer({}, handler);
assert.deepStrictEqual(s2.listeners('request'), [handler]);
const s3 = new http.Server(handler);
assert.deepStrictEqual(s3.listeners('request'), [handler]);
// node 20 defaults.
assert.strictEqual(s1.keepAliveTimeout, 5000);
assert.strictEqual(s1.headersTimeout, 60000);
assert.strictEqual(s1.requestTimeout, 300000);
assert.strictEqual(s1.timeout, 0);
assert.strictEqual(s1.maxHeadersCount, null);
assert.strictEqual(s1.maxRequestsPerSocket, 0);
assert.strictEqual(s1.listening, false);
