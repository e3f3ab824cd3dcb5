'use strict';
// connect(): the 'connect' event and callback, send without an address,
// remoteAddress(), disconnect(), and node's IS_CONNECTED / NOT_CONNECTED.
const assert = require('assert');
const dgram = require('dgram');

const events = [];
const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED',
                                                message: 'Not connected' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => client.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => client.connect(port, 5), { code: 'ERR_INVALID_ARG_TYPE' });

  client.on('listening', () => events.push('listening'));
  client.on('connect', () => events.push('connect event'));
  client.connect(port, '127.0.0.1', (err) => {
    events.push('connect callback');
    assert.strictEqual(err, undefined);
    assert.deepStrictEqual(client.remoteAddress(),
                           { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED',
                                                message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'),
                  { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
    });
    client.send(Buffer.from('xtwox'), 1, 3, (err, n) => {
      assert.ifError(err);
      assert.strictEqual(n, 3);
    });
    const got = [];
    client.on('message', (msg, rinfo) => {
      assert.strictEqual(rinfo.port, port);
      got.push(msg.toString());
      if (got.length < 2) return;
      assert.deepStrictEqual(got, ['one', 'two']);
      client.disconnect();
      assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
      // Disconnected: sends need an address again.
      assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
      client.connect(port, () => {  // no address: the loopback
        assert.strictEqual(client.remoteAddress().address, '127.0.0.1');
        client.close();
        server.close();
      });
    });
  });
  events.push('sync');
});

// A connect that fails (lookup error) goes to the callback, or to 'error'.
const failing = dgram.createSocket({
  type: 'udp4',
  lookup: (host, family, cb) => {
    if (host === '0.0.0.0') return process.nextTick(cb, null, host, 4);
    const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
    err.code = 'ENOTFOUND';
    process.nextTick(cb, err);
  },
});
failing.connect(9, 'nowhere.test', (err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  assert.strictEqual(failing.listenerCount('connect'), 0);
  failing.on('error', (err2) => {
    assert.strictEqual(err2.code, 'ENOTFOUND');
    failing.close();
  });
  failing.connect(9, 'nowhere.test');
});

process.on('exit', () => {
  assert.deepStrictEqual(events, ['sync', 'listening', 'connect event', 'connect callback',
                                  'connect event']);
});
