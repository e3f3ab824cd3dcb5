'use strict';
// Responses without a body: HEAD (whatever the handler writes), 204 and 304.
// The requests are pipelined on one keep-alive connection, so any stray body
// byte would show up in front of the next response.
const assert = require('assert');
const http = require('http');
const { rawRequest, normalizeDate, listen, mustCall, deadline } = require('./common');

deadline();

const seen = [];
const server = http.createServer(mustCall((req, res) => {
  seen.push(`${req.method} ${req.url}`);
  switch (req.url) {
    case '/end': res.end('hello'); break;
    case '/write': res.write('abc'); res.end('d'); break;
    case '/cl': res.setHeader('Content-Length', 5); res.end('hello'); break;
    case '/204':
      res.statusCode = 204;
      // write() on a body-less response is accepted and dropped.
      assert.strictEqual(res.write('x'), true);
      res.end('body?');
      break;
    case '/304': res.statusCode = 304; res.end('body?'); break;
    case '/last': res.end('last'); break;
    default: throw new Error(req.url);
  }
  res.on('finish', mustCall());
}, 7));

const KA = 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
const expected =
  // HEAD + end('hello'): no body and (node 20) no Content-Length either.
  KA + '\r\n' +
  // HEAD + write(): no Transfer-Encoding, no chunk.
  KA + '\r\n' +
  'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nDate: DATE\r\nConnection: keep-alive\r\n' +
  'Keep-Alive: timeout=5\r\n\r\n' +
  'HTTP/1.1 204 No Content\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n' +
  'HTTP/1.1 304 Not Modified\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n' +
  // GET of the same URL still gets its body.
  'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
  'Content-Length: 5\r\n\r\nhello' +
  'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 4\r\n\r\nlast';

listen(server).then(mustCall(async (port) => {
  const got = await rawRequest(port,
    'HEAD /end HTTP/1.1\r\nHost: x\r\n\r\n' +
    'HEAD /write HTTP/1.1\r\nHost: x\r\n\r\n' +
    'HEAD /cl HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /204 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /304 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /end HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(normalizeDate(got), expected);
  assert.deepStrictEqual(seen, ['HEAD /end', 'HEAD /write', 'HEAD /cl', 'GET /204', 'GET /304',
                                'GET /end', 'GET /last']);
  server.close();
}));
