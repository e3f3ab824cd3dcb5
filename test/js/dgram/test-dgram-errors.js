'use strict';
// Errors as node 20 reports them: argument errors thrown, EADDRINUSE on
// bind as an 'error' event, EMSGSIZE to the send callback, ENOTFOUND from a
// lookup, NOT_RUNNING after close, ALREADY_BOUND.
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'),
              { name: 'TypeError', code: 'ERR_SOCKET_BAD_TYPE',
                message: 'Bad socket type specified. Valid types are: udp4, udp6' });
assert.throws(() => dgram.createSocket(), { code: 'ERR_SOCKET_BAD_TYPE' });
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 1 }),
              { code: 'ERR_INVALID_ARG_TYPE',
                message: 'The "lookup" argument must be of type function. Received type number (1)' });

const s = dgram.createSocket('udp4');
assert.throws(() => s.send('x', 70000, '127.0.0.1'),
              { name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
                message: 'Port should be > 0 and < 65536. Received type number (70000).' });
assert.throws(() => s.send('x', 0, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => s.send('x'),
              { code: 'ERR_SOCKET_BAD_PORT',
                message: 'Port should be > 0 and < 65536. Received undefined.' });
assert.throws(() => s.send(123, 1234, '127.0.0.1'),
              { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
                message: 'The "buffer" argument must be of type string or an instance of ' +
                         'Buffer, TypedArray, or DataView. Received type number (123)' });
assert.throws(() => s.send([1], 1234, '127.0.0.1'),
              { code: 'ERR_INVALID_ARG_TYPE',
                message: 'The "buffer list arguments" argument must be of type string or an ' +
                         'instance of Buffer, TypedArray, or DataView. Received an instance of Array' });
assert.throws(() => s.send('x', 1234, 5),
              { code: 'ERR_INVALID_ARG_TYPE',
                message: 'The "address" argument must be of type string. Received type number (5)' });
assert.throws(() => s.address(), { code: 'EBADF', syscall: 'getsockname',
                                   message: 'getsockname EBADF' });
assert.throws(() => s.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.setTTL(5), { code: 'EBADF', syscall: 'setTTL', errno: -9 });
assert.throws(() => s.setBroadcast(true), { code: 'EBADF', syscall: 'setBroadcast' });
assert.throws(() => s.getRecvBufferSize(),
              { name: 'SystemError', code: 'ERR_SOCKET_BUFFER_SIZE', errno: -9,
                syscall: 'uv_recv_buffer_size',
                message: 'Could not get or set buffer size: uv_recv_buffer_size returned ' +
                         'EBADF (bad file descriptor)' });
assert.throws(() => s.setSendBufferSize(-1),
              { name: 'TypeError', code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
assert.throws(() => s.addMembership(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => s.setMulticastInterface(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => s.addSourceSpecificMembership(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual([s.getSendQueueSize(), s.getSendQueueCount()], [0, 0]);

s.bind(0, '127.0.0.1', () => {
  const port = s.address().port;
  assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND',
                                   message: 'Socket is already bound' });

  // EADDRINUSE: an 'error' event with the address and port.
  const other = dgram.createSocket('udp4');
  other.on('listening', assert.fail);
  other.on('error', (err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    // The failed socket is unbound again and can still be closed.
    other.close(step2);
  });
  other.bind(port, '127.0.0.1');

  // With a bind callback and no 'error' listener, node drops the error
  // (the callback's own 'error' listener swallows it).
  const quiet = dgram.createSocket('udp4');
  quiet.bind(port, '127.0.0.1', assert.fail);
  setTimeout(() => {
    assert.strictEqual(quiet.listenerCount('error'), 0);
    assert.strictEqual(quiet.listenerCount('listening'), 0);
    quiet.close();
  }, 50);

  function step2() {
    // EMSGSIZE goes to the send callback; without one it is dropped.
    const big = Buffer.alloc(70000);
    s.send(big, port, '127.0.0.1');
    s.send(big, port, '127.0.0.1', (err, n) => {
      assert.strictEqual(n, undefined);
      assert.strictEqual(err.code, 'EMSGSIZE');
      assert.strictEqual(err.syscall, 'send');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `send EMSGSIZE 127.0.0.1:${port}`);
      step3();
    });
  }

  function step3() {
    // A lookup error: to the callback when there is one, else 'error'.
    const lookup = (host, family, cb) => {
      const err = new Error(`getaddrinfo ENOTFOUND ${host}`);
      err.code = 'ENOTFOUND';
      err.syscall = 'getaddrinfo';
      err.hostname = host;
      process.nextTick(cb, err);
    };
    const c = dgram.createSocket({ type: 'udp4', lookup });
    c.bind({ port: 0, address: 'nowhere.test' });
    c.on('error', (err) => {
      assert.strictEqual(err.code, 'ENOTFOUND');
      assert.strictEqual(err.hostname, 'nowhere.test');
      c.close();
      // dns.lookup of an IP literal never fails; a name through the real
      // resolver is left to the dns tests. Closing with nothing pending:
      s.close();
      s.on('close', step4);
    });
  }

  function step4() {
    assert.throws(() => s.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
    assert.throws(() => s.send('x', port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    assert.throws(() => s.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    assert.throws(() => s.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    assert.throws(() => s.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    assert.strictEqual(s.ref(), s);
    assert.strictEqual(s.unref(), s);
    console.log('ok');
  }
});
