'use strict';
// A request to a port nobody listens on: 'error' with node's system-error
// shape (code, errno, syscall, address, port, message), then 'close'.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { mustCall, mustNotCall, deadline } = require('./common');

deadline();

const tmp = net.createServer();
tmp.listen(0, '127.0.0.1', mustCall(() => {
  const port = tmp.address().port;
  tmp.close(mustCall(() => {
    const req = http.get({ port, host: '127.0.0.1', agent: false }, mustNotCall());
    req.on('error', mustCall((e) => {
      assert(e instanceof Error);
      assert.strictEqual(e.code, 'ECONNREFUSED');
      assert.strictEqual(e.errno, -111);
      assert.strictEqual(e.syscall, 'connect');
      assert.strictEqual(e.address, '127.0.0.1');
      assert.strictEqual(e.port, port);
      assert.strictEqual(e.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
    }));
    req.on('close', mustCall());
  }));
}));
