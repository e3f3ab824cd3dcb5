'use strict';
// fetch() redirects: 301/302/303 turn a POST into a GET without body, 307/308
// keep method and body; res.url/redirected reflect the final URL; chains are
// followed; redirect: 'manual' returns the 3xx itself; redirect: 'error'
// rejects with TypeError "fetch failed".
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => {
    const m = /^\/r\/(\d+)\/(.*)$/.exec(req.url);
    if (m) {
      res.writeHead(Number(m[1]), { Location: '/' + m[2] });
      res.end();
      return;
    }
    res.end(`${req.method} ${req.url} ${b} ${req.headers['content-type'] ?? '-'}`);
  });
});

listen(server).then(mustCall(async (port) => {
  const base = `http://127.0.0.1:${port}`;
  for (const [code, expected] of [
    [301, 'GET /final  -'],
    [302, 'GET /final  -'],
    [303, 'GET /final  -'],
    [307, 'POST /final data text/plain;charset=UTF-8'],
    [308, 'POST /final data text/plain;charset=UTF-8'],
  ]) {
    const r = await fetch(`${base}/r/${code}/final`, { method: 'POST', body: 'data' });
    assert.strictEqual(r.status, 200, String(code));
    assert.strictEqual(r.redirected, true);
    assert.strictEqual(r.url, base + '/final');
    assert.strictEqual(await r.text(), expected, String(code));
  }
  // A chain of redirects.
  let r = await fetch(`${base}/r/302/r/301/r/307/end`);
  assert.strictEqual(r.url, base + '/end');
  assert.strictEqual(await r.text(), 'GET /end  -');

  r = await fetch(`${base}/r/302/final`, { redirect: 'manual' });
  assert.strictEqual(r.status, 302);
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.headers.get('location'), '/final');
  assert.strictEqual(r.url, `${base}/r/302/final`);
  await r.arrayBuffer();

  await assert.rejects(fetch(`${base}/r/302/final`, { redirect: 'error' }),
                       { name: 'TypeError', message: 'fetch failed' });
  server.close();
}));
