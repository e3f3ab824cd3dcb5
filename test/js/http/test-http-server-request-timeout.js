'use strict';
// headersTimeout / requestTimeout: a request whose headers (or body) don't
// arrive in time gets node's 408 and the connection closes; the check runs
// every connectionsCheckingInterval ms. A request that completes in time is
// untouched.
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 100,
  requestTimeout: 150,
  connectionsCheckingInterval: 20,
}, (req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
assert.strictEqual(server.headersTimeout, 100);
assert.strictEqual(server.requestTimeout, 150);

const errors = [];
server.on('clientError', (err, socket) => {
  errors.push(err.code);
  socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
});

function talk(port, parts) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.write(parts[0]);
      if (parts[1]) setTimeout(() => c.write(parts[1]), 10);
    });
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(got));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  // Headers never finish.
  const slowHeaders = await talk(port, ['GET / HTTP/1.1\r\nHost: x\r\n']);
  assert.strictEqual(slowHeaders, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  // Headers arrive, the body never does.
  const slowBody = await talk(port, ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc']);
  assert.strictEqual(slowBody, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  // (The client closing a half-received request also reports
  // HPE_INVALID_EOF_STATE, as in node; only the timeouts are counted here.)
  assert.strictEqual(errors.filter((c) => c === 'ERR_HTTP_REQUEST_TIMEOUT').length, 2);
  // A whole request in one write: answered.
  const ok = await talk(port, ['GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[^]*ok$/);
  server.close();
});
