'use strict';
// fetch() GET against a local http server: status/ok/statusText/url/
// redirected/type, text() and json(), Headers (lower-cased, sorted when
// iterated, duplicates joined with ', ', getSetCookie()), a 404 is not an
// error, the request's method/headers as the server sees them, and the
// bodyUsed rule.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const seen = [];
const server = http.createServer((req, res) => {
  seen.push({ method: req.method, url: req.url, headers: req.headers });
  if (req.url === '/json') {
    res.setHeader('Content-Type', 'application/json');
    res.end('{"a":[1,2],"b":"é"}');
  } else if (req.url === '/404') {
    res.statusCode = 404;
    res.end('nf');
  } else if (req.url === '/custom-status') {
    res.writeHead(299, 'Custom Message');
    res.end();
  } else {
    res.setHeader('X-Multi', ['a', 'b']);
    res.setHeader('Set-Cookie', ['c=1', 'd=2']);
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('text body ✓');
  }
});

listen(server).then(mustCall(async (port) => {
  const base = `http://127.0.0.1:${port}`;
  let r = await fetch(base + '/text?x=1');
  assert(r instanceof Response);
  assert.strictEqual(r.status, 200);
  assert.strictEqual(r.ok, true);
  assert.strictEqual(r.statusText, 'OK');
  assert.strictEqual(r.url, base + '/text?x=1');
  assert.strictEqual(r.redirected, false);
  assert.strictEqual(r.type, 'basic');
  assert(r.headers instanceof Headers);
  assert.strictEqual(r.headers.get('X-MULTI'), 'a, b');
  assert.strictEqual(r.headers.get('content-length'), '13');
  assert.strictEqual(r.headers.get('nope'), null);
  assert.strictEqual(r.headers.has('date'), true);
  assert.deepStrictEqual(r.headers.getSetCookie(), ['c=1', 'd=2']);
  const names = [...r.headers.keys()];
  assert.deepStrictEqual(names, [...names].sort());
  assert.deepStrictEqual([...r.headers].filter(([k]) => k === 'set-cookie'),
                         [['set-cookie', 'c=1'], ['set-cookie', 'd=2']]);
  assert.strictEqual(r.bodyUsed, false);
  assert.strictEqual(await r.text(), 'text body ✓');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), { name: 'TypeError' });

  r = await fetch(new URL(base + '/json'));
  assert.deepStrictEqual(await r.json(), { a: [1, 2], b: 'é' });

  r = await fetch(base + '/404');
  assert.strictEqual(r.status, 404);
  assert.strictEqual(r.ok, false);
  assert.strictEqual(r.statusText, 'Not Found');
  assert.strictEqual(await r.text(), 'nf');

  r = await fetch(base + '/custom-status');
  assert.strictEqual(r.status, 299);
  assert.strictEqual(r.statusText, 'Custom Message');
  assert.strictEqual((await r.arrayBuffer()).byteLength, 0);

  r = await fetch(new Request(base + '/req', { headers: { 'X-From-Request': '1' } }));
  await r.arrayBuffer();

  assert.strictEqual(seen[0].method, 'GET');
  assert.strictEqual(seen[0].url, '/text?x=1');
  assert.strictEqual(seen[0].headers.host, `127.0.0.1:${port}`);
  assert.strictEqual(seen[0].headers.accept, '*/*');
  assert.strictEqual(seen[0].headers['accept-encoding'], 'gzip, deflate');
  assert.strictEqual(seen[0].headers['content-length'], undefined);
  assert.strictEqual(seen.at(-1).headers['x-from-request'], '1');

  // Bad URLs and schemes reject with a TypeError.
  await assert.rejects(fetch('not a url'), { name: 'TypeError' });
  server.close();
}));
