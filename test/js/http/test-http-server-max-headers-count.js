'use strict';
// server.maxHeadersCount: req.headers keeps only the first N header lines
// (node 20 still gives every line in rawHeaders); the dropped lines still
// take effect in the parser (Connection: close closes). null = no limit.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, deadline } = require('./common');

deadline();

const seen = [];
const server = http.createServer(mustCall((req, res) => {
  seen.push([{ ...req.headers }, req.rawHeaders.length]);
  res.end('ok');
}, 2));
assert.strictEqual(server.maxHeadersCount, null);

listen(server).then(mustCall(async (port) => {
  const request = 'GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\nConnection: close\r\n\r\n';
  server.maxHeadersCount = 3;
  let got = await rawRequest(port, request);
  assert.match(got, /\r\nConnection: close\r\n[^]*ok$/);
  server.maxHeadersCount = null;
  got = await rawRequest(port, request);
  assert.match(got, /ok$/);
  assert.deepStrictEqual(seen, [
    [{ host: 'x', a: '1', b: '2' }, 12],
    [{ host: 'x', a: '1', b: '2', c: '3', d: '4', connection: 'close' }, 12],
  ]);
  server.close();
}));
