'use strict';
// Error shapes: ECONNREFUSED (connect), EADDRINUSE (listen), argument checks.
// (ENOTFOUND is not tested here: under node it would query a resolver.)
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

// A port that was just free: listen on 0, note the port, close.
const probe = net.createServer();
probe.listen(0, '127.0.0.1', mustCall(() => {
  const port = probe.address().port;
  probe.close(mustCall(() => refused(port)));
}));

function refused(port) {
  const events = [];
  const client = net.connect(port, '127.0.0.1');
  client.on('connect', () => assert.fail('connected'));
  client.on('error', mustCall((err) => {
    events.push('error');
    assert(err instanceof Error);
    assert.strictEqual(err.code, 'ECONNREFUSED');
    assert.strictEqual(err.errno, -111);
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err).sort(),
                           ['address', 'code', 'errno', 'port', 'syscall']);
    assert.strictEqual(client.destroyed, true);
  }));
  client.on('close', mustCall((hadError) => {
    events.push('close');
    assert.strictEqual(hadError, true);
    assert.deepStrictEqual(events, ['error', 'close']);
    addrInUse();
  }));
}

function addrInUse() {
  const first = net.createServer();
  first.listen(0, '127.0.0.1', mustCall(() => {
    const port = first.address().port;
    const second = net.createServer();
    second.on('listening', () => assert.fail('listening twice'));
    second.listen(port, '127.0.0.1');
    second.on('error', mustCall((err) => {
      assert(err instanceof Error);
      assert.strictEqual(err.code, 'EADDRINUSE');
      assert.strictEqual(err.errno, -98);
      assert.strictEqual(err.syscall, 'listen');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message,
                         `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
      assert.strictEqual(second.listening, false);
      assert.strictEqual(second.address(), null);
      first.close(mustCall());
    }));
  }));
}

// Argument errors are thrown synchronously.
const s = new net.Socket();
assert.strictEqual(s.readyState, 'open');
assert.strictEqual(s.pending, true);
assert.strictEqual(s.connecting, false);
assert.deepStrictEqual(s.address(), {});
assert.strictEqual(s.remoteAddress, undefined);
assert.strictEqual(s.bytesRead, 0);
assert.strictEqual(s.bytesWritten, 0);
assert.throws(() => s.connect({}), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => s.connect({ port: -1 }), {
  name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
  message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => s.connect({ port: true }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.port" property must be one of type number or string. ' +
           'Received type boolean (true)',
});
assert.throws(() => s.connect({ port: 1, localAddress: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: x',
});
assert.throws(() => s.setTimeout('a'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "msecs" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => net.createServer().listen({}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'options\' must have the property "port" or "path". Received {}',
});
assert.throws(() => net.createServer().listen({ port: 70000 }), {
  name: 'RangeError', code: 'ERR_SOCKET_BAD_PORT',
  message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
s.destroy();

// Writing on a socket that never connected: ERR_SOCKET_CLOSED.
const never = new net.Socket();
never.on('error', mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED');
  assert.strictEqual(err.message, 'Socket is closed');
}));
never.write('x', mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
never.on('close', mustCall());
