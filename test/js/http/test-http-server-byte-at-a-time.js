'use strict';
// A client that sends its requests one byte per write (each on its own
// tick): a chunked POST with trailers, then a Content-Length POST, on one
// keep-alive connection. Everything parses as if sent at once.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, deadline } = require('./common');

deadline();

const got = [];
const server = http.createServer(mustCall((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => body += d);
  req.on('end', () => {
    got.push({ method: req.method, url: req.url, headers: req.headers, body, trailers: req.trailers });
    res.end('ok' + got.length);
  });
}, 2));

const data =
  'POST /first?x=1 HTTP/1.1\r\nHost: localhost\r\nX-Long-Header-Name: some value here\r\n' +
  'Transfer-Encoding: chunked\r\nTrailer: X-T\r\n\r\n' +
  '5\r\nhello\r\n1;e=v\r\n \r\n5\r\nworld\r\n0\r\nX-T: tt\r\n\r\n' +
  'POST /second HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\nConnection: close\r\n\r\n' +
  '0123456789';

listen(server).then(mustCall((port) => {
  const c = net.connect(port, '127.0.0.1');
  let i = 0;
  c.setNoDelay(true);
  (function next() {
    if (i < data.length) {
      c.write(data[i++]);
      setImmediate(next);
    }
  })();
  let out = '';
  c.setEncoding('latin1');
  c.on('data', (d) => out += d);
  c.on('end', mustCall(() => {
    assert.match(out, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nok1HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nok2$/);
    assert.deepStrictEqual(got, [
      { method: 'POST', url: '/first?x=1',
        headers: { host: 'localhost', 'x-long-header-name': 'some value here',
                   'transfer-encoding': 'chunked', trailer: 'X-T' },
        body: 'hello world', trailers: { 'x-t': 'tt' } },
      { method: 'POST', url: '/second',
        headers: { host: 'localhost', 'content-length': '10', connection: 'close' },
        body: '0123456789', trailers: {} },
    ]);
    c.end();
    server.close();
  }));
}));
