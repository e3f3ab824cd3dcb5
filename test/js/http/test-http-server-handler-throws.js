'use strict';
// A 'request' handler that throws: the error reaches 'uncaughtException'
// as is; the server is still up and serves other connections.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, mustNotCall, rawRequest, deadline } = require('./common');

deadline();

let port;
const server = http.createServer(mustCall((req, res) => {
  if (req.url === '/throw') throw new Error('boom');
  res.end('ok');
}, 2));

process.on('uncaughtException', mustCall(async (err) => {
  assert.strictEqual(err.message, 'boom');
  assert(err instanceof Error);
  // The server still answers.
  const got = await rawRequest(port, 'GET /ok HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(got, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nok$/);
  req.destroy();
  server.closeAllConnections();
  server.close();
}));

let req;
listen(server).then(mustCall((p) => {
  port = p;
  req = http.get({ port, host: '127.0.0.1', path: '/throw' }, mustNotCall());
  req.on('error', () => {});  // the destroy() above
}));
