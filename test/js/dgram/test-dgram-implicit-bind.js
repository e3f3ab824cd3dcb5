'use strict';
// send() on an unbound socket binds it (port 0, all interfaces) and sends
// once 'listening' has fired; close() while that bind is pending waits for
// it; a lookup error goes to the send callback.
const assert = require('assert');
const dgram = require('dgram');

const events = [];
const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  client.on('listening', () => {
    events.push('listening');
    const addr = client.address();
    assert.strictEqual(addr.address, '0.0.0.0');
    assert(addr.port > 0);
  });
  client.send('implicit', port, '127.0.0.1', (err, n) => {
    events.push('send callback');
    assert.ifError(err);
    assert.strictEqual(n, 8);
  });
  events.push('sent');
  assert.throws(() => client.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND' });

  server.on('message', (msg, rinfo) => {
    events.push('message');
    assert.strictEqual(msg.toString(), 'implicit');
    assert.strictEqual(rinfo.port, client.address().port);
    client.close(() => {
      events.push('client close');
      closeWhileBinding(port);
    });
  });
});

// close() right after an implicit bind started: it waits for the bind and
// runs right after the queued send, whose lookup then finds the socket
// closed: the datagram is dropped and its callback never called (node 20).
function closeWhileBinding(port) {
  const c = dgram.createSocket('udp4');
  const order = [];
  c.on('listening', () => order.push('listening'));
  c.on('close', () => {
    order.push('close');
    assert.deepStrictEqual(order, ['listening', 'close']);
    lookupError();
  });
  c.send('x', port, '127.0.0.1', assert.fail);
  c.close();
}

function lookupError() {
  const c = dgram.createSocket({
    type: 'udp6',
    lookup(host, family, cb) {
      assert.strictEqual(family, 6);
      if (host === '::') return process.nextTick(cb, null, '::', 6);
      const err = new Error('getaddrinfo ENOTFOUND ' + host);
      err.code = 'ENOTFOUND';
      process.nextTick(cb, err);
    },
  });
  c.send('x', 9, 'nowhere.test', (err) => {
    assert.strictEqual(err.code, 'ENOTFOUND');
    c.send('x', 9, 'nowhere.test');
    c.on('error', (err2) => {
      assert.strictEqual(err2.code, 'ENOTFOUND');
      c.close();
      server.close();
    });
  });
}

process.on('exit', () => {
  assert.deepStrictEqual(events, ['sent', 'listening', 'send callback', 'message',
                                  'client close']);
});
