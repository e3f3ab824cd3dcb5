'use strict';
// Aborting fetch(): an AbortController aborted while waiting for the
// response rejects with a DOMException named AbortError; one aborted while
// reading the body errors the body read; an already aborted signal rejects
// at once; AbortSignal.timeout() rejects with TimeoutError. A refused
// connection rejects with TypeError "fetch failed" whose cause is the
// ECONNREFUSED error.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, deadline } = require('./common');

deadline();

let partial;
const server = http.createServer((req, res) => {
  if (req.url === '/partial') {
    res.write('first');
    partial = res;
    return;
  }
  // '/never' gets no answer.
});

listen(server).then(mustCall(async (port) => {
  const base = `http://127.0.0.1:${port}`;

  const ac = new AbortController();
  server.once('request', () => ac.abort());
  await assert.rejects(fetch(base + '/never', { signal: ac.signal }), (e) => {
    assert.strictEqual(e.name, 'AbortError');
    assert(e instanceof DOMException);
    return true;
  });

  await assert.rejects(fetch(base + '/never', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  const ac2 = new AbortController();
  const r = await fetch(base + '/partial', { signal: ac2.signal });
  assert.strictEqual(r.status, 200);
  const reader = r.body.getReader();
  const first = await reader.read();
  assert.strictEqual(Buffer.from(first.value).toString(), 'first');
  ac2.abort();
  await assert.rejects(reader.read(), { name: 'AbortError' });

  await assert.rejects(fetch(base + '/never', { signal: AbortSignal.timeout(50) }),
                       { name: 'TimeoutError' });

  const tmp = net.createServer();
  await new Promise((resolve) => tmp.listen(0, '127.0.0.1', resolve));
  const dead = tmp.address().port;
  await new Promise((resolve) => tmp.close(resolve));
  await assert.rejects(fetch(`http://127.0.0.1:${dead}/`), (e) => {
    assert.strictEqual(e.name, 'TypeError');
    assert.strictEqual(e.message, 'fetch failed');
    assert.strictEqual(e.cause.code, 'ECONNREFUSED');
    return true;
  });

  partial.end();
  server.closeAllConnections();
  server.close();
}));
