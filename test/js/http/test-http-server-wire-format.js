'use strict';
// Exact bytes of server responses (Date value aside): Content-Length for a
// single end(body), chunked framing for write() calls, header order and
// casing, writeHead with an object / an array / a status message, the
// keep-alive headers, and HTTP/1.0 responses.
const assert = require('assert');
const http = require('http');
const { rawRequest, normalizeDate, listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/end': res.end('hello'); break;
    case '/end-buffer': res.end(Buffer.from('héllo')); break;
    case '/write': res.write('ab'); res.write(Buffer.from('cde')); res.end(); break;
    case '/write-end': res.write('ab'); res.end('xyz'); break;
    case '/empty': res.end(); break;
    case '/status': res.statusCode = 404; res.end('nope'); break;
    case '/status-msg': res.statusCode = 200; res.statusMessage = 'Fine'; res.end(); break;
    case '/unknown-status': res.statusCode = 299; res.end(); break;
    case '/setheader':
      res.setHeader('X-Custom', 'v');
      res.setHeader('content-type', 'text/plain');
      res.setHeader('X-Multi', ['a', 'b']);
      res.end('ok');
      break;
    case '/writehead-obj':
      res.writeHead(201, { 'X-Foo': 'bar', 'content-type': 'text/plain' });
      res.end('x');
      break;
    case '/writehead-msg':
      res.writeHead(202, 'Made It', { 'X-Foo': 'bar' });
      res.end();
      break;
    case '/writehead-arr':
      res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Set-Cookie', 'a=1']);
      res.end();
      break;
    case '/writehead-cl':
      res.writeHead(200, { 'Content-Length': '3' });
      res.end('abc');
      break;
    case '/writehead-merge':
      // writeHead merges with headers set by setHeader; its own win.
      res.setHeader('X-Set', 'set');
      res.setHeader('X-Both', 'from-set');
      res.writeHead(200, { 'X-Both': 'from-writehead' });
      res.end();
      break;
    case '/user-te':
      res.setHeader('Transfer-Encoding', 'chunked');
      res.end('abc');
      break;
    case '/user-connection-close':
      res.setHeader('Connection', 'close');
      res.end('bye');
      break;
    case '/no-date':
      res.sendDate = false;
      res.end('nd');
      break;
    default: throw new Error('unexpected url ' + req.url);
  }
});

const C = 'Connection: close\r\n';
const cases = [
  ['/end', '1.1', C,
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello'],
  ['/end', '1.1', '',
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
   'Content-Length: 5\r\n\r\nhello'],
  ['/end-buffer', '1.1', C,
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 6\r\n\r\nh\xc3\xa9llo'],
  ['/end', '1.0', '',
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\nhello'],
  ['/write', '1.1', C,
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n' +
   '2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n'],
  ['/write', '1.1', '',
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n'],
  ['/write', '1.0', '',
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\nabcde'],
  ['/write-end', '1.1', C,
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n' +
   '2\r\nab\r\n3\r\nxyz\r\n0\r\n\r\n'],
  ['/empty', '1.1', C,
   'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
  ['/status', '1.1', C,
   'HTTP/1.1 404 Not Found\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 4\r\n\r\nnope'],
  ['/status-msg', '1.1', C,
   'HTTP/1.1 200 Fine\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
  ['/unknown-status', '1.1', C,
   'HTTP/1.1 299 unknown\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'],
  ['/setheader', '1.1', C,
   'HTTP/1.1 200 OK\r\nX-Custom: v\r\ncontent-type: text/plain\r\nX-Multi: a\r\nX-Multi: b\r\n' +
   'Date: DATE\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'],
  // writeHead() builds the header block at once, so a later end(body) cannot
  // add Content-Length any more: the body goes chunked.
  ['/writehead-obj', '1.1', C,
   'HTTP/1.1 201 Created\r\nX-Foo: bar\r\ncontent-type: text/plain\r\nDate: DATE\r\n' +
   'Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n'],
  ['/writehead-obj', '1.0', '',
   'HTTP/1.1 201 Created\r\nX-Foo: bar\r\ncontent-type: text/plain\r\nDate: DATE\r\n' +
   'Connection: close\r\n\r\nx'],
  ['/writehead-msg', '1.1', C,
   'HTTP/1.1 202 Made It\r\nX-Foo: bar\r\nDate: DATE\r\nConnection: close\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/writehead-arr', '1.1', C,
   'HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nSet-Cookie: a=1\r\nDate: DATE\r\nConnection: close\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/writehead-cl', '1.1', C,
   'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nDate: DATE\r\nConnection: close\r\n\r\nabc'],
  ['/writehead-merge', '1.1', C,
   'HTTP/1.1 200 OK\r\nX-Set: set\r\nX-Both: from-writehead\r\nDate: DATE\r\nConnection: close\r\n' +
   'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['/user-te', '1.1', C,
   'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nDate: DATE\r\nConnection: close\r\n\r\n' +
   '3\r\nabc\r\n0\r\n\r\n'],
  // A keep-alive request, but the handler asks for close: no Keep-Alive header.
  ['/user-connection-close', '1.1', '',
   'HTTP/1.1 200 OK\r\nConnection: close\r\nDate: DATE\r\nContent-Length: 3\r\n\r\nbye'],
  ['/no-date', '1.1', C,
   'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nnd'],
];

listen(server).then(mustCall(async (port) => {
  for (const [url, version, extra, expected] of cases) {
    const got = await rawRequest(port, `GET ${url} HTTP/${version}\r\nHost: x\r\n${extra}\r\n`, {
      // For keep-alive responses the server leaves the socket open.
      until: (s) => normalizeDate(s).length >= expected.length,
    });
    assert.strictEqual(normalizeDate(got), expected, `GET ${url} HTTP/${version} ${JSON.stringify(extra)}`);
  }
  server.close();
}));
