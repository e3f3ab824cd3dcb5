'use strict';
// server.close() stops accepting at once but 'close' (and the callback)
// wait for the open connections; getConnections counts them.
const assert = require('assert');
const net = require('net');

let pending = 0;

const order = [];
let conn;
const server = net.createServer((c) => {
  conn = c;
  order.push('connection');
  server.getConnections((err, n) => {
    assert.strictEqual(err, null);
    assert.strictEqual(n, 1);
    server.close((err) => {
      assert.strictEqual(err, undefined);
      order.push('close-cb');
    });
    assert.strictEqual(server.listening, false);
    assert.strictEqual(server.address(), null);
    // The open connection still works after close().
    c.write('still here');
  });
  c.on('close', () => order.push('conn-close'));
});
server.on('close', () => order.push('server-close'));

server.listen({ port: 0, host: '127.0.0.1', backlog: 10 }, () => {
  const port = server.address().port;
  const client = net.connect(port, '127.0.0.1');
  client.setEncoding('utf8');
  client.on('data', (d) => {
    assert.strictEqual(d, 'still here');
    order.push('client-data');
    // Only now, some time after close(), does the last connection end.
    setTimeout(() => {
      assert.deepStrictEqual(order, ['connection', 'client-data']);
      client.end();
    }, 20);
  });
  client.on('end', () => client.destroy());
});

process.on('exit', () => {
  // The server's 'close' follows the connection's destroy() (its count
  // drops there); the connection's own 'close' waits for its handle.
  assert.deepStrictEqual(order,
                         ['connection', 'client-data', 'server-close', 'close-cb', 'conn-close']);
  assert.strictEqual(conn.destroyed, true);
});

// close() on a server that is not listening: the callback gets
// ERR_SERVER_NOT_RUNNING.
const idle = net.createServer();
idle.close(common((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
  assert(err instanceof Error);
}));

// getConnections on a fresh server: 0, asynchronously.
let sync = true;
idle.getConnections(common((err, n) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(n, 0);
}));
sync = false;

// ref/unref return the server; an unref'd listening server does not keep
// the process alive.
const unrefd = net.createServer();
assert.strictEqual(unrefd.unref(), unrefd);
unrefd.listen(0, '127.0.0.1', common(() => {
  assert.strictEqual(typeof unrefd.address().port, 'number');
}));

function common(fn) {
  pending++;
  return (...args) => {
    pending--;
    return fn(...args);
  };
}
process.on('exit', () => assert.strictEqual(pending, 0));
