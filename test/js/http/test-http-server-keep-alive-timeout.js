'use strict';
// server.keepAliveTimeout: an idle keep-alive connection is closed by the
// server after it (node adds about a second of grace); the Keep-Alive header
// advertises the timeout in whole seconds (50 ms -> timeout=0). Checks that
// the close happens, not when.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const server = http.createServer(mustCall((req, res) => res.end('ok'), 2));
server.keepAliveTimeout = 50;
server.on('connection', mustCall((socket) => {
  socket.on('close', mustCall());
}));

listen(server).then(mustCall(async (port) => {
  // rawRequest only resolves once the server ends the connection.
  const got = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n\r\n');
  const one = 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=0\r\n' +
              'Content-Length: 2\r\n\r\nok';
  assert.strictEqual(normalizeDate(got), one + one);
  server.close();
}));
