'use strict';
// Request bodies on the server: Content-Length, chunked (with chunk
// extensions, split across writes at awkward places), empty, a 1 MiB body
// read with pause/resume, and a GET without a body; then the same socket
// serves the next request.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, deadline } = require('./common');

deadline();

const bodies = [];
const server = http.createServer(mustCall((req, res) => {
  const chunks = [];
  if (req.url === '/slow') {
    // Read with backpressure: pause after each chunk.
    req.on('data', (d) => {
      chunks.push(d);
      req.pause();
      setImmediate(() => req.resume());
    });
  } else {
    req.on('data', (d) => {
      assert(Buffer.isBuffer(d));
      chunks.push(d);
    });
  }
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    bodies.push([req.url, body.length, body.length < 100 ? body.toString('latin1') : null]);
    if (req.url === '/slow') {
      for (let i = 0; i < body.length; i++) {
        if (body[i] !== (i % 251)) throw new Error('corrupt byte at ' + i);
      }
    }
    res.end(String(body.length));
  });
}, 6));

listen(server).then(mustCall((port) => {
  const big = Buffer.alloc(1 << 20);
  for (let i = 0; i < big.length; i++) big[i] = i % 251;
  const c = net.connect(port, '127.0.0.1');
  const parts = [
    'POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello', ' world',
    'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
    '5\r\nhel', 'lo\r', '\n1;ext=1\r\n \r\n', 'a\r\n01234567', '89\r\n0\r', '\n\r\n',
    'POST /empty HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n',
    'POST /empty-chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
    'GET /get HTTP/1.1\r\nHost: x\r\n\r\n',
  ];
  let i = 0;
  // One part at a time, each on a separate tick so the parser sees the splits.
  (function next() {
    if (i < parts.length) {
      c.write(parts[i++]);
      setImmediate(next);
    } else {
      c.write(`POST /slow HTTP/1.1\r\nHost: x\r\nContent-Length: ${big.length}\r\nConnection: close\r\n\r\n`);
      c.write(big);
    }
  })();
  let got = '';
  c.setEncoding('latin1');
  c.on('data', (d) => got += d);
  c.on('end', mustCall(() => {
    const bodiesSent = got.split(/HTTP\/1\.1 200 OK\r\n/).slice(1).map((r) => r.split('\r\n\r\n')[1]);
    assert.deepStrictEqual(bodiesSent, ['11', '16', '0', '0', '0', String(1 << 20)]);
    assert.deepStrictEqual(bodies, [
      ['/cl', 11, 'hello world'],
      ['/chunked', 16, 'hello 0123456789'],
      ['/empty', 0, ''],
      ['/empty-chunked', 0, ''],
      ['/get', 0, ''],
      ['/slow', 1 << 20, null],
    ]);
    c.end();
    server.close();
  }));
}));
