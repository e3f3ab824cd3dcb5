'use strict';
// IncomingMessage on the server: method, url (as sent, with query and
// fragment), httpVersion*, headers with node's duplicate rules (joined with
// ', ', cookie joined with '; ', set-cookie an array, the first value kept
// for host, content-type, user-agent, authorization and friends), rawHeaders,
// headersDistinct, trailers/rawTrailers, complete, latin1 header bytes, socket.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { rawRequest, listen, mustCall, deadline } = require('./common');

deadline();

const request =
  'POST /p?q=1#f HTTP/1.1\r\n' +
  'Host: a\r\nHost: b\r\n' +
  'Content-Type: x\r\ncontent-type: y\r\n' +
  'X-Dup: 1\r\nx-dup: 2\r\nX-Dup: 3\r\n' +
  'Set-Cookie: a\r\nset-cookie: b\r\n' +
  'Cookie: c1\r\nCookie: c2\r\n' +
  'User-Agent: u1\r\nUser-Agent: u2\r\n' +
  'Authorization: a1\r\nAuthorization: a2\r\n' +
  'Referer: r1\r\nReferer: r2\r\n' +
  'Accept: a\r\nAccept: b\r\n' +
  'X-Empty:\r\n' +
  'X-Spaces:   v w   \r\n' +
  'X-Latin1: \xe9\r\n' +
  'From: f1\r\nfrom: f2\r\n' +
  'Max-Forwards: 1\r\nMax-Forwards: 2\r\n' +
  'If-Modified-Since: x\r\nIf-Modified-Since: y\r\n' +
  'If-Unmodified-Since: x\r\nIf-Unmodified-Since: y\r\n' +
  'Proxy-Authorization: x\r\nProxy-Authorization: y\r\n' +
  'Retry-After: 1\r\nRetry-After: 2\r\n' +
  'Server: s1\r\nServer: s2\r\n' +
  'ETag: e1\r\nETag: e2\r\n' +
  'Expires: e\r\nExpires: f\r\n' +
  'Last-Modified: l\r\nLast-Modified: m\r\n' +
  'Location: l\r\nLocation: m\r\n' +
  'Age: 1\r\nAge: 2\r\n' +
  'Trailer: X-T\r\n' +
  'Transfer-Encoding: chunked\r\n' +
  'Connection: close\r\n' +
  '\r\n' +
  '5\r\nhello\r\n6\r\n world\r\n0\r\nX-T: tv\r\nx-t: tv2\r\nX-Other: o\r\n\r\n';

const server = http.createServer(mustCall((req, res) => {
  assert(req instanceof http.IncomingMessage);
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/p?q=1#f');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.strictEqual(req.complete, false);
  assert.strictEqual(req.aborted, false);
  assert.strictEqual(req.statusCode, null);
  assert.strictEqual(req.statusMessage, null);
  assert(req.socket instanceof net.Socket);
  assert.strictEqual(req.socket, res.socket);
  assert.strictEqual(req.socket.remoteAddress, '127.0.0.1');

  assert.deepStrictEqual(req.headers, {
    host: 'a',
    'content-type': 'x',
    'x-dup': '1, 2, 3',
    'set-cookie': ['a', 'b'],
    cookie: 'c1; c2',
    'user-agent': 'u1',
    authorization: 'a1',
    referer: 'r1',
    accept: 'a, b',
    'x-empty': '',
    'x-spaces': 'v w',
    'x-latin1': '\xe9',
    from: 'f1',
    'max-forwards': '1',
    'if-modified-since': 'x',
    'if-unmodified-since': 'x',
    'proxy-authorization': 'x',
    'retry-after': '1',
    server: 's1',
    etag: 'e1',
    expires: 'e',
    'last-modified': 'l',
    location: 'l',
    age: '1',
    trailer: 'X-T',
    'transfer-encoding': 'chunked',
    connection: 'close',
  });
  // Key order follows first appearance.
  assert.deepStrictEqual(Object.keys(req.headers).slice(0, 5),
                         ['host', 'content-type', 'x-dup', 'set-cookie', 'cookie']);

  assert.deepStrictEqual(req.rawHeaders.slice(0, 18), [
    'Host', 'a', 'Host', 'b', 'Content-Type', 'x', 'content-type', 'y',
    'X-Dup', '1', 'x-dup', '2', 'X-Dup', '3', 'Set-Cookie', 'a', 'set-cookie', 'b',
  ]);
  assert.strictEqual(req.rawHeaders.length, 2 * 49);
  assert.deepStrictEqual(req.rawHeaders.slice(-6),
                         ['Trailer', 'X-T', 'Transfer-Encoding', 'chunked', 'Connection', 'close']);

  const hd = req.headersDistinct;
  assert.strictEqual(Object.getPrototypeOf(hd), null);
  assert.deepStrictEqual(hd.host, ['a', 'b']);
  assert.deepStrictEqual(hd['x-dup'], ['1', '2', '3']);
  assert.deepStrictEqual(hd['x-empty'], ['']);

  // Trailers are empty until the body has been read.
  assert.deepStrictEqual(req.trailers, {});
  assert.deepStrictEqual(req.rawTrailers, []);

  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => body += d);
  req.on('end', mustCall(() => {
    assert.strictEqual(body, 'hello world');
    assert.strictEqual(req.complete, true);
    assert.deepStrictEqual(req.trailers, { 'x-t': 'tv, tv2', 'x-other': 'o' });
    assert.deepStrictEqual(req.rawTrailers, ['X-T', 'tv', 'x-t', 'tv2', 'X-Other', 'o']);
    res.end('done');
  }));
}));

// HTTP/1.0 and a minimal request.
const server2 = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '*');
  assert.strictEqual(req.httpVersion, '1.0');
  assert.strictEqual(req.httpVersionMinor, 0);
  assert.deepStrictEqual(req.headers, {});
  assert.deepStrictEqual(req.rawHeaders, []);
  req.on('end', mustCall(() => {
    assert.strictEqual(req.complete, true);
    res.end();
  }));
  req.resume();
}));

Promise.all([listen(server), listen(server2)]).then(mustCall(async ([port, port2]) => {
  const got = await rawRequest(port, Buffer.from(request, 'latin1'));
  assert.match(got, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\ndone$/);
  const got2 = await rawRequest(port2, 'GET * HTTP/1.0\r\n\r\n');
  assert.match(got2, /^HTTP\/1\.1 200 OK\r\n/);
  server.close();
  server2.close();
}));
