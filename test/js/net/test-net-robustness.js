'use strict';
// Bad input throws node's errors synchronously; a server survives clients
// that vanish or reset, and 1000 concurrent connections, without leaking
// file descriptors.
const assert = require('assert');
const fs = require('fs');
const net = require('net');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;

assert.throws(() => net.createServer().listen(-1), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
assert.throws(() => net.createServer().listen(70000), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: 80, host: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => net.connect({ port: -1 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({ port: 70000 }), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => net.connect({}), { code: 'ERR_MISSING_ARGS' });

const before = fdCount();
const server = net.createServer((c) => {
  c.on('error', () => {});
  c.resume();
  c.on('end', () => c.end());
}).listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const N = 1000;
  let closed = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.on('error', () => {});
    c.on('connect', () => {
      if (i % 3 === 0) c.resetAndDestroy();        // reset mid-conversation
      else if (i % 3 === 1) c.destroy();           // vanish
      else c.end('half a request');                // normal close
    });
    c.on('close', () => {
      if (++closed < N) return;
      const s = net.connect(port, '127.0.0.1');
      s.on('connect', () => {
        assert.throws(() => s.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
        s.destroy();
        server.close(() => {
          setImmediate(() => {
            assert.ok(fdCount() <= before + 1, `fds: ${before} before, ${fdCount()} after`);
          });
        });
      });
    });
  }
});
