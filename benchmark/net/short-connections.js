'use strict';
// 10k short connections: connect, write a few bytes, close; 100 at a time.
const net = require('net');
const N = Number(process.argv[2] || 10000);
let accepted = 0;
const server = net.createServer((c) => {
  c.resume();
  c.on('end', () => c.end());
  accepted++;
}).listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const start = performance.now();
  let started = 0;
  let done = 0;
  function one() {
    if (started >= N) return;
    started++;
    const c = net.connect(port, '127.0.0.1', () => c.end('hello'));
    c.resume();
    c.on('close', () => {
      if (++done === N) {
        console.log(`${N} short connections: ${(performance.now() - start).toFixed(1)} ms`);
        server.close();
      } else {
        one();
      }
    });
  }
  for (let i = 0; i < 100; i++) one();
});
