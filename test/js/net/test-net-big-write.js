'use strict';
// Backpressure: 8 MiB written in one go and echoed back comes back intact;
// write() reports the full buffer, 'drain' follows, and the byte counters
// agree.
const assert = require('assert');
const net = require('net');

const size = 8 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);

let drained = false;
const server = net.createServer((conn) => {
  conn.pipe(conn);  // echo, with pipe's backpressure
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  const chunks = [];
  let received = 0;
  client.on('connect', () => {
    const ret = client.write(data);
    assert.strictEqual(ret, false);  // far above the high-water mark
    client.once('drain', () => {
      drained = true;
      // Then more, in pieces (strings too), to go past the queue again.
      client.write(data.subarray(0, 1024));
      client.end(data.toString('latin1', 1024, 4096), 'latin1');
    });
  });
  client.on('data', (d) => {
    chunks.push(d);
    received += d.length;
  });
  client.on('end', () => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(received, size + 4096);
    assert.strictEqual(all.length, size + 4096);
    assert(all.subarray(0, size).equals(data), 'echo differs');
    assert(all.subarray(size).equals(data.subarray(0, 4096)), 'tail differs');
    assert.strictEqual(client.bytesRead, size + 4096);
    assert.strictEqual(client.bytesWritten, size + 4096);
  });
  client.on('close', () => server.close());
});

process.on('exit', () => assert.strictEqual(drained, true));
