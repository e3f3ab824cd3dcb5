'use strict';
// 10k sequential requests through a keep-alive http.Agent to a local server
// (one socket, reused): the client's per-request cost.
const http = require('http');
const N = Number(process.argv[2] || 10000);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const start = performance.now();
  let done = 0;
  (function next() {
    http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++done === N) {
          console.log(`${N} requests: ${(performance.now() - start).toFixed(1)} ms`);
          agent.destroy();
          server.close();
        } else {
          next();
        }
      });
    });
  })();
});
