'use strict';
// server.maxRequestsPerSocket = 2: the Keep-Alive header says max=2, the
// second response says Connection: close, and a third pipelined request is
// dropped ('dropRequest', not 'request') with a 503 and Connection: close.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const urls = [];
const server = http.createServer(mustCall((req, res) => {
  urls.push(req.url);
  res.end('ok');
}, 2));
server.maxRequestsPerSocket = 2;
server.on('dropRequest', mustCall((req, socket) => {
  assert.strictEqual(req.url, '/3');
  assert(socket instanceof net.Socket);
}));

listen(server).then(mustCall(async (port) => {
  const got = await rawRequest(port,
    'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\nGET /3 HTTP/1.1\r\nHost: x\r\n\r\n',
    { until: (s) => /503[^]*0\r\n\r\n$/.test(s) });
  assert.strictEqual(normalizeDate(got),
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5, max=2\r\n' +
    'Content-Length: 2\r\n\r\nok' +
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok' +
    'HTTP/1.1 503 Service Unavailable\r\nDate: DATE\r\nConnection: close\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  assert.deepStrictEqual(urls, ['/1', '/2']);
  server.closeAllConnections();
  server.close();
}));
