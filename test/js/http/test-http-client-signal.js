'use strict';
// The `signal` option: aborting the AbortController makes the request fail
// with an AbortError (code ABORT_ERR); an already-aborted signal fails the
// request before anything is sent.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, mustNotCall, deadline } = require('./common');

deadline();

const server = http.createServer(mustCall(() => { /* never answers */ }));

listen(server).then(mustCall(async (port) => {
  await new Promise((done) => {
    const ac = new AbortController();
    const req = http.get({ port, host: '127.0.0.1', agent: false, signal: ac.signal }, mustNotCall());
    server.once('request', () => ac.abort());
    req.on('error', mustCall((e) => {
      assert.strictEqual(e.name, 'AbortError');
      assert.strictEqual(e.code, 'ABORT_ERR');
      assert.strictEqual(e.message, 'The operation was aborted');
    }));
    req.on('close', mustCall(done));
  });
  await new Promise((done) => {
    const req = http.get({ port, host: '127.0.0.1', agent: false, signal: AbortSignal.abort() },
                         mustNotCall());
    req.on('error', mustCall((e) => {
      assert.strictEqual(e.name, 'AbortError');
      assert.strictEqual(e.code, 'ABORT_ERR');
    }));
    req.on('close', mustCall(done));
  });
  server.closeAllConnections();
  server.close();
}));
