'use strict';
// 'upgrade' on the client: a 101 answer to an Upgrade request gives
// (res, socket, head) with the bytes after the 101 head, the socket is raw
// from then on; no 'response'. Works against the server's 'upgrade'.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustNotCall, deadline } = require('./common');

deadline();

const server = http.createServer(mustNotCall());
server.on('upgrade', mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.length, 0);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nSERVERHEAD');
  socket.on('data', (d) => socket.end('echo:' + d));
}));

listen(server).then(mustCall((port) => {
  const req = http.request({ port, host: '127.0.0.1',
                             headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', mustNotCall());
  req.on('upgrade', mustCall((res, socket, head) => {
    assert(res instanceof http.IncomingMessage);
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.statusMessage, 'Switching Protocols');
    assert.deepStrictEqual(res.headers, { upgrade: 'echo', connection: 'Upgrade' });
    assert(socket instanceof net.Socket);
    assert(Buffer.isBuffer(head));
    assert.strictEqual(head.toString(), 'SERVERHEAD');
    assert.strictEqual(socket.listenerCount('data'), 0);
    socket.write('hi');
    let d = '';
    socket.setEncoding('utf8');
    socket.on('data', (x) => d += x);
    socket.on('end', mustCall(() => {
      assert.strictEqual(d, 'echo:hi');
      socket.end();
      server.close();
    }));
  }));
  req.on('close', mustCall());
  req.end();
}));
