'use strict';
// Client timeouts: the `timeout` option and req.setTimeout(ms, cb) emit
// 'timeout' when the socket idles (nothing is destroyed by itself); the test
// then destroys the request: 'error' ECONNRESET "socket hang up", 'close'.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, mustNotCall, deadline } = require('./common');

deadline();

const server = http.createServer(() => { /* never answers */ });
const ev = [];

listen(server).then(mustCall(async (port) => {
  await new Promise((done) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false, timeout: 50 }, mustNotCall());
    req.on('timeout', mustCall(() => {
      ev.push('A timeout');
      assert.strictEqual(req.destroyed, false);
      req.destroy();
    }));
    req.on('error', (e) => ev.push(`A error ${e.code} ${e.message}`));
    req.on('close', () => { ev.push('A close'); done(); });
  });
  await new Promise((done) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false }, mustNotCall());
    assert.strictEqual(req.setTimeout(50, mustCall(() => {
      ev.push('B timeout');
      req.destroy();
    })), req);
    req.on('error', (e) => ev.push(`B error ${e.code}`));
    req.on('close', () => { ev.push('B close'); done(); });
  });
  assert.deepStrictEqual(ev, ['A timeout', 'A error ECONNRESET socket hang up', 'A close',
                              'B timeout', 'B error ECONNRESET', 'B close']);
  server.closeAllConnections();
  server.close();
}));
