'use strict';
// Ending a client request early: destroy() before the response ('error'
// ECONNRESET "socket hang up", then 'close'); the deprecated abort() ('abort',
// then that error, aborted = true); destroy() in the middle of the response
// body (the response gets 'aborted' and 'error' ECONNRESET "aborted", never
// 'end'); destroy(err) reports err itself.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, mustNotCall, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  if (req.url === '/slow') res.write('partial');
  // '/never': no answer.
});

const ev = [];
const once = (fn) => new Promise((resolve) => fn(resolve));

listen(server).then(mustCall(async (port) => {
  const opts = (path) => ({ port, host: '127.0.0.1', path, agent: false });

  await once((done) => {
    const req = http.get(opts('/never'), mustNotCall());
    req.on('socket', (s) => s.on('connect', () => {
      req.destroy();
      assert.strictEqual(req.destroyed, true);
    }));
    req.on('error', (e) => ev.push(`A error ${e.code} ${e.message}`));
    req.on('close', () => { ev.push('A close'); done(); });
  });

  await once((done) => {
    const req = http.get(opts('/never'), mustNotCall());
    req.on('socket', (s) => s.on('connect', () => req.abort()));
    req.on('abort', () => ev.push('B abort'));
    req.on('error', (e) => ev.push(`B error ${e.code}`));
    req.on('close', () => {
      ev.push(`B close ${req.aborted} ${req.destroyed}`);
      done();
    });
  });

  await once((done) => {
    let n = 0;
    const req = http.get(opts('/slow'), mustCall((res) => {
      res.on('data', () => { if (n++ === 0) req.destroy(); });
      res.on('aborted', () => ev.push('C res aborted'));
      res.on('end', mustNotCall());
      res.on('error', (e) => ev.push(`C res error ${e.code} ${e.message}`));
      res.on('close', () => { ev.push('C res close'); done(); });
    }));
    req.on('error', mustNotCall());
    req.on('close', () => ev.push('C close'));
  });

  await once((done) => {
    const req = http.get(opts('/never'), mustNotCall());
    req.on('error', (e) => ev.push(`D error ${e.message}`));
    req.on('close', () => { ev.push('D close'); done(); });
    req.destroy(new Error('mine'));
  });

  assert.deepStrictEqual(ev, [
    'A error ECONNRESET socket hang up', 'A close',
    'B abort', 'B error ECONNRESET', 'B close true true',
    'C res aborted', 'C close', 'C res error ECONNRESET aborted', 'C res close',
    'D error mine', 'D close',
  ]);
  server.closeAllConnections();
  server.close();
}));
