'use strict';
// allowHalfOpen: after the client's FIN the server can still write, and the
// client (allowHalfOpen too) still reads. Without it, the side that sees
// 'end' ends its own half at once.
const assert = require('assert');
const net = require('net');

function halfOpen(next) {
  const server = net.createServer({ allowHalfOpen: true }, (conn) => {
    assert.strictEqual(conn.allowHalfOpen, true);
    let got = '';
    conn.setEncoding('utf8');
    conn.on('data', (d) => { got += d; });
    conn.on('end', () => {
      assert.strictEqual(got, 'request');
      assert.strictEqual(conn.writable, true);
      assert.strictEqual(conn.readyState, 'writeOnly');
      // Still writable after the peer's FIN.
      setTimeout(() => {
        conn.write('late ');
        conn.end('reply');
      }, 10);
    });
    conn.on('close', () => server.close());
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect({ port: server.address().port, host: '127.0.0.1',
                                 allowHalfOpen: true });
    assert.strictEqual(client.allowHalfOpen, true);
    let reply = '';
    client.setEncoding('utf8');
    client.on('connect', () => client.end('request'));
    client.on('finish', () => {
      assert.strictEqual(client.readyState, 'readOnly');
    });
    client.on('data', (d) => { reply += d; });
    client.on('end', () => {
      assert.strictEqual(reply, 'late reply');
    });
    client.on('close', (hadError) => {
      assert.strictEqual(hadError, false);
      assert.strictEqual(reply, 'late reply');
      next();
    });
  });
}

function notHalfOpen(next) {
  const events = [];
  const server = net.createServer((conn) => {
    assert.strictEqual(conn.allowHalfOpen, false);
    conn.resume();
    conn.on('end', () => {
      events.push('server-end');
    });
    conn.on('close', () => {
      // The writable side ended by itself after the peer's FIN.
      assert.strictEqual(conn.writableEnded, true);
      assert.strictEqual(conn.writableFinished, true);
      events.push('server-close');
      server.close();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
    assert.strictEqual(client.allowHalfOpen, false);
    client.resume();
    client.on('connect', () => client.end());
    client.on('end', () => events.push('client-end'));
    client.on('close', () => {
      events.push('client-close');
      check();
    });
  });
  server.on('close', () => {
    events.push('server-closed');
    check();
  });
  function check() {
    if (!events.includes('client-close') || !events.includes('server-closed')) return;
    assert(events.includes('server-end'));
    assert(events.includes('client-end'));
    assert(events.indexOf('server-end') < events.indexOf('server-close'));
    next();
  }
}

let done = 0;
halfOpen(() => notHalfOpen(() => { done++; }));
process.on('exit', () => assert.strictEqual(done, 1));
