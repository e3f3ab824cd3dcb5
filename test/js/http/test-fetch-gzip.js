'use strict';
// fetch() decodes compressed response bodies: Content-Encoding gzip and
// deflate (zlib-wrapped). The compressed bytes are constants made with
// python3 (gzip.compress(data, mtime=0), zlib.compress), so the server needs
// no zlib. An unknown encoding is passed through untouched.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const PLAIN = 'hello gzip '.repeat(50) + 'end\n';  // 554 bytes
const GZIP = Buffer.from('H4sIAAAAAAACA8tIzcnJV0ivyixQyBhljjKxM1PzUrgAmkYdyCoCAAA=', 'base64');
const DEFLATE = Buffer.from('eJxLSU3LSSxJTVFIyk+pBAAjUQUI', 'base64');

const server = http.createServer((req, res) => {
  if (req.url === '/gzip') {
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': GZIP.length });
    res.end(GZIP);
  } else if (req.url === '/gzip-chunked') {
    // Split in two writes, chunked.
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    res.write(GZIP.subarray(0, 10));
    res.end(GZIP.subarray(10));
  } else if (req.url === '/deflate') {
    res.writeHead(200, { 'Content-Encoding': 'deflate' });
    res.end(DEFLATE);
  } else {
    res.writeHead(200, { 'Content-Encoding': 'x-unknown' });
    res.end('raw bytes');
  }
});

listen(server).then(mustCall(async (port) => {
  const base = `http://127.0.0.1:${port}`;
  let r = await fetch(base + '/gzip');
  // Headers are left as sent.
  assert.strictEqual(r.headers.get('content-encoding'), 'gzip');
  assert.strictEqual(r.headers.get('content-length'), String(GZIP.length));
  assert.strictEqual(await r.text(), PLAIN);

  r = await fetch(base + '/gzip-chunked');
  assert.strictEqual(await r.text(), PLAIN);

  r = await fetch(base + '/deflate');
  assert.strictEqual(await r.text(), 'deflated body');

  r = await fetch(base + '/unknown');
  assert.strictEqual(await r.text(), 'raw bytes');
  server.close();
}));
