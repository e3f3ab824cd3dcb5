'use strict';
// 1e4 dns.lookup('localhost') (getaddrinfo on the thread pool), 100 at a time.
const dns = require('dns');
const N = Number(process.argv[2] || 10000);
const start = performance.now();
let started = 0;
let done = 0;
function one() {
  if (started >= N) return;
  started++;
  dns.lookup('localhost', (err) => {
    if (err) throw err;
    if (++done === N) console.log(`${N} lookups: ${(performance.now() - start).toFixed(1)} ms`);
    else one();
  });
}
for (let i = 0; i < 100; i++) one();
