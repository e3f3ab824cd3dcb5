'use strict';
// TCP echo throughput over loopback: 1 GiB sent in 64 KiB chunks to an echo
// server in the same process, all of it read back. Prints the timed part.
const net = require('net');
const TOTAL = Number(process.argv[2] || 1024) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((c) => c.pipe(c)).listen(0, '127.0.0.1', () => {
  const start = performance.now();
  const client = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  let received = 0;
  function send() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!client.write(chunk)) return client.once('drain', send);
    }
  }
  client.on('connect', send);
  client.on('data', (d) => {
    received += d.length;
    if (received === TOTAL) {
      const ms = performance.now() - start;
      console.log(`tcp echo of ${TOTAL} bytes: ${ms.toFixed(1)} ms`);
      client.destroy();
      server.close();
    }
  });
});
