'use strict';
// A 'clientError' listener replaces the default 400: it gets (err, socket)
// with err.code (HPE_*), err.rawPacket (the bytes that failed to parse) and
// err.bytesParsed, and answers as it likes. The server keeps serving.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, rawRequest, deadline } = require('./common');

deadline();

const cases = [
  ['garbage\r\n\r\n', 'HPE_INVALID_METHOD'],
  ['FOO / HTTP/1.1\r\nHost: x\r\n\r\n', 'HPE_INVALID_METHOD'],
  ['GET / HTTP/2.5\r\nHost: x\r\n\r\n', 'HPE_INVALID_VERSION'],
  ['GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
  ['GET / HTTP/1.1\r\nHost : x\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
  ['GET / HTTP/1.1\r\nHost: x\r\nX: a\x01b\r\n\r\n', 'HPE_INVALID_HEADER_TOKEN'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
   'HPE_INVALID_TRANSFER_ENCODING'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd',
   'HPE_UNEXPECTED_CONTENT_LENGTH'],
  ['POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n', 'HPE_INVALID_CONTENT_LENGTH'],
];

const seen = [];
const server = http.createServer((req, res) => {
  res.end('fine');
});
server.on('clientError', mustCall((err, socket) => {
  assert(err instanceof Error);
  assert.match(err.message, /^Parse Error: /);
  assert(Buffer.isBuffer(err.rawPacket));
  assert.strictEqual(typeof err.bytesParsed, 'number');
  assert(socket instanceof net.Socket);
  assert.strictEqual(socket.writable, true);
  seen.push([err.code, err.rawPacket.toString('latin1')]);
  socket.end('HTTP/1.1 499 Custom\r\nConnection: close\r\n\r\n');
}, cases.length));

listen(server).then(mustCall(async (port) => {
  for (const [request, code] of cases) {
    const got = await rawRequest(port, Buffer.from(request, 'latin1'));
    assert.strictEqual(got, 'HTTP/1.1 499 Custom\r\nConnection: close\r\n\r\n');
    assert.deepStrictEqual(seen.pop(), [code, request], JSON.stringify(request));
  }
  const got = await rawRequest(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(got, /\r\n\r\nfine$/);
  server.close();
}));
