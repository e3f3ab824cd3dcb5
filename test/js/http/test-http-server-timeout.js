'use strict';
// server.setTimeout / server.timeout: an idle connection emits the server's
// 'timeout' with its socket (the listener decides, here destroy()); without a
// 'timeout' listener the socket is destroyed by itself. res.setTimeout(ms,
// cb) calls cb (with the socket) in a slow handler, which can still answer.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustCallAtLeast, deadline } = require('./common');

deadline();

const withListener = http.createServer(mustCall((req, res) => {
  res.setTimeout(50, mustCall((socket) => {
    assert.strictEqual(socket, res.socket);
    res.end('late');
  }));
}));
assert.strictEqual(withListener.timeout, 0);
assert.strictEqual(withListener.setTimeout(50), withListener);
assert.strictEqual(withListener.timeout, 50);
withListener.on('timeout', mustCallAtLeast((socket) => {
  assert(socket instanceof net.Socket);
  socket.destroy();
}));

const noListener = http.createServer();
noListener.timeout = 50;

const closed = (c) => new Promise((resolve) => c.on('close', resolve));

Promise.all([listen(withListener), listen(noListener)]).then(mustCall(async ([p1, p2]) => {
  // An idle connection, no request: the server's 'timeout' listener ends it.
  await closed(net.connect(p1, '127.0.0.1'));

  // A handler slower than res.setTimeout.
  const c = net.connect(p1, '127.0.0.1');
  c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  let d = '';
  c.setEncoding('latin1');
  c.on('data', (x) => d += x);
  c.on('end', () => c.end());
  await closed(c);
  assert.match(d, /^HTTP\/1\.1 200 OK\r\n[^]*\r\nContent-Length: 4\r\n\r\nlate$/);

  // No listener: the idle socket is destroyed.
  await closed(net.connect(p2, '127.0.0.1'));
  withListener.close();
  noListener.close();
}));
