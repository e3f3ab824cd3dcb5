'use strict';
// res.addTrailers(): sent after the last chunk of a chunked response; not
// sent (silently) when the response has a Content-Length or is HTTP/1.0.
// The client reads them as res.trailers / res.rawTrailers after 'end'.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  if (req.url === '/trailers') {
    res.setHeader('Trailer', 'X-Checksum');
    res.write('body');
    res.addTrailers({ 'X-Checksum': 'abc', 'X-Other': 'o' });
    res.end();
  } else if (req.url === '/trailers-array') {
    res.write('body');
    res.addTrailers([['X-A', '1'], ['X-A', '2']]);
    res.end();
  } else if (req.url === '/content-length') {
    res.setHeader('Content-Length', 4);
    res.addTrailers({ 'X-Checksum': 'abc' });
    res.end('body');
  } else {
    res.addTrailers({ 'X-A': '1' });
    res.write('a');
    res.end();
  }
  assert.throws(() => res.addTrailers({ 'bad name': 'x' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.addTrailers({ 'x-ok': 'a\nb' }), { code: 'ERR_INVALID_CHAR' });
});

listen(server).then(mustCall(async (port) => {
  let got = await rawRequest(port, 'GET /trailers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(normalizeDate(got),
    'HTTP/1.1 200 OK\r\nTrailer: X-Checksum\r\nDate: DATE\r\nConnection: close\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\nX-Checksum: abc\r\nX-Other: o\r\n\r\n');
  got = await rawRequest(port, 'GET /trailers-array HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(normalizeDate(got),
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n4\r\nbody\r\n0\r\nX-A: 1\r\nX-A: 2\r\n\r\n');
  got = await rawRequest(port, 'GET /content-length HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(normalizeDate(got),
    'HTTP/1.1 200 OK\r\nContent-Length: 4\r\nDate: DATE\r\nConnection: close\r\n\r\nbody');
  got = await rawRequest(port, 'GET /http10 HTTP/1.0\r\n\r\n');
  assert.strictEqual(normalizeDate(got), 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\na');

  // Through the client.
  http.get({ port, host: '127.0.0.1', path: '/trailers' }, mustCall((res) => {
    assert.strictEqual(res.headers.trailer, 'X-Checksum');
    assert.deepStrictEqual(res.trailers, {});
    res.resume();
    res.on('end', mustCall(() => {
      assert.deepStrictEqual(res.trailers, { 'x-checksum': 'abc', 'x-other': 'o' });
      assert.deepStrictEqual(res.rawTrailers, ['X-Checksum', 'abc', 'X-Other', 'o']);
      server.close();
      http.globalAgent.destroy();
    }));
  }));
}));
