'use strict';
// Streaming with fetch(): the response body read chunk by chunk through
// res.body.getReader() while the server is still writing (the first chunk
// arrives before the server ends), Uint8Array chunks, done at the end; a
// 1 MiB body via arrayBuffer(); a ReadableStream request body (duplex:
// 'half') sent chunked.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

let streaming;
const big = Buffer.alloc(1 << 20, 'z');
const server = http.createServer((req, res) => {
  if (req.url === '/stream') {
    streaming = res;
    res.write('chunk-1;');
  } else if (req.url === '/big') {
    res.end(big);
  } else if (req.url === '/upload') {
    let b = '';
    req.on('data', (d) => b += d);
    req.on('end', () => res.end(`${req.headers['transfer-encoding']}:${b}`));
  }
});

listen(server).then(mustCall(async (port) => {
  const base = `http://127.0.0.1:${port}`;
  const r = await fetch(base + '/stream');
  assert(r.body instanceof ReadableStream);
  const reader = r.body.getReader();
  let { value, done } = await reader.read();
  assert.strictEqual(done, false);
  assert(value instanceof Uint8Array);
  assert.strictEqual(Buffer.from(value).toString(), 'chunk-1;');
  // The server is still in the middle of its response.
  assert.strictEqual(streaming.writableEnded, false);
  streaming.write('chunk-2;');
  let rest = '';
  streaming.end('last');
  while (true) {
    ({ value, done } = await reader.read());
    if (done) break;
    rest += Buffer.from(value).toString();
  }
  assert.strictEqual(rest, 'chunk-2;last');

  const ab = await (await fetch(base + '/big')).arrayBuffer();
  assert.strictEqual(ab.byteLength, big.length);
  assert(Buffer.from(ab).equals(big));

  const parts = ['a', 'bb', 'ccc'];
  const body = new ReadableStream({
    pull(controller) {
      if (parts.length) controller.enqueue(new TextEncoder().encode(parts.shift()));
      else controller.close();
    },
  });
  const up = await fetch(base + '/upload', { method: 'POST', body, duplex: 'half' });
  assert.strictEqual(await up.text(), 'chunked:abbccc');
  server.close();
}));
