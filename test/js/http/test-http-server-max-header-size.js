'use strict';
// Oversized request heads: over the default 16 KiB (http.maxHeaderSize) or a
// server's maxHeaderSize option, the default answer is exactly
// "431 Request Header Fields Too Large" and a close; a 'clientError'
// listener sees HPE_HEADER_OVERFLOW. A long URL counts too, and a head that
// never ends is cut off once it is too big. Heads under the limit are fine.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, deadline } = require('./common');

deadline();

const E431 = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

const handler = (req, res) => res.end('ok:' + (req.headers.x || '').length);
const dflt = http.createServer(handler);
const small = http.createServer({ maxHeaderSize: 1024 }, handler);
const listener = http.createServer({ maxHeaderSize: 1024 }, handler);
listener.on('clientError', mustCall((err, socket) => {
  assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
  assert.strictEqual(err.message, 'Parse Error: Header overflow');
  socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
}));

const req = (value, extra = '') => `GET / HTTP/1.1\r\nHost: x\r\nX: ${value}\r\n${extra}\r\n`;

Promise.all([listen(dflt), listen(small), listen(listener)]).then(mustCall(async ([pd, ps, pl]) => {
  assert.strictEqual(http.maxHeaderSize, 16384);
  let got = await rawRequest(pd, req('a'.repeat(17000)));
  assert.strictEqual(got, E431);
  got = await rawRequest(pd, req('a'.repeat(15000), 'Connection: close\r\n'));
  assert.match(got, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nok:15000$/);

  got = await rawRequest(ps, req('a'.repeat(2000)));
  assert.strictEqual(got, E431);
  got = await rawRequest(ps, req('a'.repeat(900), 'Connection: close\r\n'));
  assert.match(got, /\r\n\r\nok:900$/);
  // A long URL.
  got = await rawRequest(ps, `GET /${'u'.repeat(2000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
  assert.strictEqual(got, E431);
  // A head that is still coming, already too big.
  got = await rawRequest(ps, `GET / HTTP/1.1\r\nHost: x\r\nX: ${'a'.repeat(2000)}`);
  assert.strictEqual(got, E431);
  // Many small headers that add up.
  let many = 'GET / HTTP/1.1\r\nHost: x\r\n';
  for (let i = 0; i < 100; i++) many += `X-Header-Number-${i}: ${'v'.repeat(20)}\r\n`;
  got = await rawRequest(ps, many + '\r\n');
  assert.strictEqual(got, E431);

  got = await rawRequest(pl, req('a'.repeat(2000)));
  assert.strictEqual(got, 'HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');

  dflt.close();
  small.close();
  listener.close();
}));
