'use strict';
// setTimeout ('timeout' without destroying, reset by activity, 0 turns it
// off), setNoDelay / setKeepAlive chain, connect options, ref/unref, and
// resetAndDestroy (the peer sees ECONNRESET).
const assert = require('assert');
const net = require('net');

let pending = 0;
function mustCall(fn = () => {}) {
  pending++;
  return (...args) => {
    pending--;
    return fn(...args);
  };
}
process.on('exit', () => assert.strictEqual(pending, 0));

const peers = [];
const server = net.createServer((conn) => {
  peers.push(conn);
  conn.resume();
  conn.on('error', (err) => {
    conn.lastError = err;
  });
});

server.listen(0, '127.0.0.1', mustCall(() => {
  const port = server.address().port;
  timeouts(port, () => reset(port, () => server.close()));
}));

function timeouts(port, next) {
  const client = net.connect({ port, host: '127.0.0.1', noDelay: true, keepAlive: true,
                               keepAliveInitialDelay: 1000 });
  assert.strictEqual(client.setNoDelay(), client);
  assert.strictEqual(client.setNoDelay(false), client);
  assert.strictEqual(client.setKeepAlive(true, 2000), client);
  assert.strictEqual(client.ref(), client);
  assert.strictEqual(client.unref(), client);
  assert.strictEqual(client.ref(), client);
  let timeouts = 0;
  client.on('connect', mustCall(() => {
    assert.strictEqual(client.setTimeout(30, mustCall(() => {
      timeouts++;
      assert.strictEqual(client.destroyed, false);
      assert.strictEqual(client.timeout, 30);
      // Turning it off: no more 'timeout'.
      client.setTimeout(0);
      assert.strictEqual(client.timeout, 0);
      setTimeout(() => {
        assert.strictEqual(timeouts, 1);
        client.end();
      }, 80);
    })), client);
    assert.strictEqual(client.timeout, 30);
  }));
  client.on('close', mustCall(next));
}

function reset(port, next) {
  const before = peers.length;
  const client = net.connect(port, '127.0.0.1');
  // Called while connecting: waits for the connection, then resets.
  client.resetAndDestroy();
  client.on('connect', mustCall());
  client.on('close', mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(client.destroyed, true);
    const waitPeer = () => {
      const conn = peers[before];
      if (!conn) return setTimeout(waitPeer, 5);
      if (!conn.destroyed) return conn.on('close', () => check(conn));
      check(conn);
    };
    const check = (conn) => {
      assert.strictEqual(conn.lastError.code, 'ECONNRESET');
      assert.strictEqual(conn.lastError.syscall, 'read');
      next();
    };
    waitPeer();
  }));

  // resetAndDestroy on a socket without a handle: ERR_SOCKET_CLOSED.
  const bare = new net.Socket();
  bare.on('error', mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
  bare.resetAndDestroy();
}
