'use strict';
// Malformed requests with the default 'clientError' behaviour: the answer is
// exactly "HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n" and the
// connection closes; the 'request' handler never runs (except where the
// head was valid and only the body is broken). Node 20 (llhttp 9) is strict
// about header-name tokens: a space inside a name or before the colon is a
// 400. A request without Host gets a full 400 response. Some odd but valid
// inputs are accepted. The server keeps serving afterwards.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const BAD = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

// [name, request, handler runs?]
const rejected = [
  ['garbage', 'garbage\r\n\r\n'],
  ['unknown method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['lower-case method', 'get / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad version', 'GET / HTTP/2.5\r\nHost: x\r\n\r\n'],
  ['bad protocol', 'GET / HTTX/1.1\r\nHost: x\r\n\r\n'],
  ['space in url', 'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['space in header name', 'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'],
  ['space before colon', 'GET / HTTP/1.1\r\nHost : x\r\n\r\n'],
  ['space before colon, other header', 'GET / HTTP/1.1\r\nHost: x\r\nX-Foo : y\r\n\r\n'],
  ['tab in header name', 'GET / HTTP/1.1\r\nHost: x\r\nX\tY: y\r\n\r\n'],
  ['separator in header name', 'GET / HTTP/1.1\r\nHost: x\r\nX(y): a\r\n\r\n'],
  ['empty header name', 'GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n'],
  ['header line without colon', 'GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n'],
  ['control char in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n'],
  ['NUL in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\x00b\r\n\r\n'],
  ['DEL in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\x7fb\r\n\r\n'],
  ['bare CR in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n'],
  ['obs-fold', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n b\r\n\r\n'],
  ['space at line start', 'GET / HTTP/1.1\r\n Host: x\r\n\r\n'],
  ['LF-only line ends', 'GET / HTTP/1.1\nHost: x\n\n'],
  ['Content-Length and Transfer-Encoding',
   'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['Transfer-Encoding and Content-Length',
   'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n'],
  ['differing Content-Lengths',
   'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd'],
  ['equal Content-Lengths',
   'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc'],
  ['Content-Length list', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc'],
  ['non-numeric Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
  ['negative Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n'],
  ['chunked not last', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n'],
  ['non-ASCII in url', 'GET /\u00e9 HTTP/1.1\r\nHost: x\r\n\r\n'],
];
// The head is fine, so 'request' is emitted; then the body fails to parse.
const rejectedAfterHead = [
  ['bad chunk size', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
  ['chunk without CRLF', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n'],
  ['identity transfer-encoding', 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: identity\r\n\r\n'],
  // After a message with Connection: close nothing more may come (node 20:
  // HPE_CLOSED_CONNECTION; llhttp 8 checks it only in strict mode).
  ['data after Connection: close',
   'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcdef'],
];
// Accepted by node 20.
const accepted = [
  ['tab in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\tb\r\nConnection: close\r\n\r\n', { x: 'a\tb' }],
  ['high byte in value', 'GET / HTTP/1.1\r\nHost: x\r\nX: a\xffb\r\nConnection: close\r\n\r\n', { x: 'a\xffb' }],
  ['leading empty line', '\r\nGET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', {}],
  ['empty value', 'GET / HTTP/1.1\r\nHost: x\r\nX:\r\nConnection: close\r\n\r\n', { x: '' }],
  ['no space after colon', 'GET / HTTP/1.1\r\nHost: x\r\nX:v\r\nConnection: close\r\n\r\n', { x: 'v' }],
];

let handlerCalls = 0;
let expectHeaders;
const server = http.createServer((req, res) => {
  handlerCalls++;
  if (expectHeaders) {
    for (const [k, v] of Object.entries(expectHeaders)) assert.strictEqual(req.headers[k], v);
  }
  req.resume();
  req.on('end', () => res.end('ok'));
});
// No 'clientError' listener here: with one, node leaves the answer to it.

listen(server).then(mustCall(async (port) => {
  for (const [name, request] of rejected) {
    const before = handlerCalls;
    const got = await rawRequest(port, Buffer.from(request, 'latin1'));
    assert.strictEqual(got, BAD, name);
    assert.strictEqual(handlerCalls, before, `${name}: handler ran`);
  }
  for (const [name, request] of rejectedAfterHead) {
    const got = await rawRequest(port, Buffer.from(request, 'latin1'));
    assert.strictEqual(got, BAD, name);
  }
  assert.strictEqual(handlerCalls, rejectedAfterHead.length);

  // No Host header on HTTP/1.1: a 400 written as a normal response.
  const before = handlerCalls;
  let got = await rawRequest(port, 'GET / HTTP/1.1\r\n\r\n');
  assert.strictEqual(normalizeDate(got),
    'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nDate: DATE\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  assert.strictEqual(handlerCalls, before);

  for (const [name, request, headers] of accepted) {
    expectHeaders = headers;
    got = await rawRequest(port, Buffer.from(request, 'latin1'));
    assert.match(got, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nok$/, name);
  }
  server.close();
}));
