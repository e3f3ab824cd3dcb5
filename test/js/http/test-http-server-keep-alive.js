'use strict';
// Keep-alive on the server: several requests one after the other on one
// socket (one 'connection', the same req.socket each time), then which
// requests make the server close the connection after its response:
// Connection: close (any case, in a list), HTTP/1.0 (even when it asks for
// keep-alive: node 20 answers close), and a handler that sets Connection: close.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

let firstSocket;
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/seq')) {
    if (!firstSocket) firstSocket = req.socket;
    assert.strictEqual(req.socket, firstSocket);
  }
  if (req.url === '/handler-close') res.setHeader('Connection', 'close');
  if (req.url === '/write') {
    res.write('a');
    res.end('b');
    return;
  }
  res.end('hi');
});
let connections = 0;
server.on('connection', () => connections++);

// Sends `request` on its own connection. If the server is expected to close
// the connection after its answer, resolves with what was received once it
// does. Otherwise waits for a complete `expected` answer, proves the
// connection is still open by sending a second request on it, and resolves
// with the first answer.
function probe(port, request, expectClose, expected) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let d = '';
    let secondSent = false;
    c.setEncoding('latin1');
    c.write(request);
    c.on('data', (x) => {
      d += x;
      if (!expectClose && !secondSent && normalizeDate(d) === expected) {
        secondSent = true;
        d = '';
        c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
      }
    });
    c.on('end', () => {
      if (expectClose) {
        resolve(normalizeDate(d));
      } else {
        assert(secondSent, 'the server closed a connection that should stay open');
        assert.match(d, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nhi$/);
        resolve(expected);
      }
    });
  });
}

listen(server).then(mustCall(async (port) => {
  // Sequential requests on one socket.
  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('latin1');
  let buf = '';
  let waiter;
  c.on('data', (x) => { buf += x; if (waiter) waiter(); });
  const next = (n) => new Promise((resolve) => {
    waiter = () => {
      if (buf.endsWith('hi')) { const r = buf; buf = ''; waiter = null; resolve(r); }
    };
    c.write(`GET /seq${n} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
  for (let i = 0; i < 5; i++) {
    const r = await next(i);
    assert.strictEqual(normalizeDate(r),
      'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
      'Content-Length: 2\r\n\r\nhi');
  }
  assert.strictEqual(connections, 1);
  c.destroy();

  const CLOSE = 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 2\r\n\r\nhi';
  let r = await probe(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', true);
  assert.strictEqual(r, CLOSE);
  r = await probe(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: Close\r\n\r\n', true);
  assert.strictEqual(r, CLOSE);
  r = await probe(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, close\r\n\r\n', true);
  assert.strictEqual(r, CLOSE);
  // HTTP/1.0: close, and the body is delimited by the close (no Content-Length).
  r = await probe(port, 'GET / HTTP/1.0\r\n\r\n', true);
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\nhi');
  r = await probe(port, 'GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', true);
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\nhi');
  r = await probe(port, 'GET /write HTTP/1.0\r\nHost: x\r\n\r\n', true);
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\nab');
  r = await probe(port, 'GET /handler-close HTTP/1.1\r\nHost: x\r\n\r\n', true);
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nConnection: close\r\nDate: DATE\r\nContent-Length: 2\r\n\r\nhi');
  // A plain HTTP/1.1 request stays open.
  const KEEP = 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
               'Content-Length: 2\r\n\r\nhi';
  r = await probe(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', false, KEEP);
  assert.strictEqual(r, KEEP);
  server.close();
}));
