'use strict';
// The CONNECT method on the server: 'connect' (req, socket, head) with the
// authority as req.url and the bytes after the head; the socket is a raw
// tunnel afterwards. Without a 'connect' listener node closes the connection
// without an answer.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustNotCall, deadline } = require('./common');

deadline();

const noListener = http.createServer(mustNotCall());
const proxy = http.createServer(mustNotCall());
proxy.on('connect', mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  assert.strictEqual(req.headers.host, 'example.com:443');
  assert(socket instanceof net.Socket);
  assert.strictEqual(head.toString(), 'HEAD');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (d) => socket.write('tunnel:' + d));
  socket.on('end', () => socket.end());
}));

function talk(port, first, second) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let d = '';
    let sent = false;
    c.setEncoding('latin1');
    c.write(first);
    c.on('data', (x) => {
      d += x;
      if (!sent && d.includes('\r\n\r\n')) {
        sent = true;
        c.end(second);
      }
    });
    c.on('end', () => resolve(d));
    c.on('error', () => resolve(d));
  });
}

Promise.all([listen(noListener), listen(proxy)]).then(mustCall(async ([p1, p2]) => {
  const req = 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nHEAD';
  assert.strictEqual(await talk(p1, req, 'x'), '');
  assert.strictEqual(await talk(p2, req, 'more'),
                     'HTTP/1.1 200 Connection Established\r\n\r\ntunnel:more');
  noListener.close();
  proxy.close();
}));
