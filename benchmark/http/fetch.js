'use strict';
// 10k sequential fetch() calls to a local server, reading each body as text.
const http = require('http');
const N = Number(process.argv[2] || 10000);
const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const start = performance.now();
  for (let i = 0; i < N; i++) {
    const res = await fetch(url);
    if (await res.text() !== 'ok') throw new Error('bad body');
  }
  console.log(`${N} fetches: ${(performance.now() - start).toFixed(1)} ms`);
  server.close();
  // node's fetch keeps its pool a while; don't wait for it.
  process.exit(0);
});
