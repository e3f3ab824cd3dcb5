'use strict';
// socket.bytesRead counts what the HTTP parser read from the socket (in
// C++, never through JS), during the request and after the socket closed.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { mustCall } = require('./common');

const request = 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello';
let serverSocket;
const server = http.createServer(mustCall((req, res) => {
  serverSocket = req.socket;
  req.resume();
  req.on('end', mustCall(() => {
    assert.strictEqual(req.socket.bytesRead, request.length);
    res.end('ok');
  }));
}));
server.listen(0, '127.0.0.1', mustCall(() => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end(request));
  c.resume();
  c.on('close', mustCall(() => {
    setImmediate(mustCall(() => {
      assert.strictEqual(serverSocket.bytesRead, request.length);
      server.close();
    }));
  }));
}));
