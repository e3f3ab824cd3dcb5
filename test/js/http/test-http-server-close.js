'use strict';
// Shutting a server down with keep-alive connections around:
// closeIdleConnections() ends only connections between requests;
// server.close() (node 19+) closes idle ones at once and lets an in-flight
// response finish, then the connection goes and 'close' fires;
// closeAllConnections() destroys in-flight ones too.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, normalizeDate, deadline } = require('./common');

deadline();

let hanging = null;
const server = http.createServer((req, res) => {
  if (req.url === '/hang') {
    hanging = res;
    res.write('partial');
    return;
  }
  res.end('ok');
});

// Opens a connection, sends a request, resolves once the first bytes of
// the answer arrived. `ev` collects 'end'/'close'.
function open(port, path, ev, name) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    c.setEncoding('latin1');
    c.data = '';
    c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    c.on('data', (d) => {
      const first = c.data === '';
      c.data += d;
      if (first) resolve(c);
    });
    c.on('end', () => ev.push(name + ' end'));
    c.on('close', () => ev.push(name + ' close'));
  });
}
const closed = (c) => new Promise((resolve) => {
  if (c.destroyed) resolve(); else c.on('close', resolve);
});

let ev;
listen(server).then(mustCall(async (port) => {
  // 1. closeIdleConnections(): the idle one goes, the active one stays.
  ev = [];
  let idle = await open(port, '/', ev, 'idle');
  let active = await open(port, '/hang', ev, 'active');
  server.closeIdleConnections();
  await closed(idle);
  assert.deepStrictEqual(ev, ['idle end', 'idle close']);
  assert.strictEqual(active.destroyed, false);
  assert.strictEqual(server.listening, true);
  // The active connection finishes its response and is still usable.
  hanging.end('done');
  await new Promise((resolve) => active.on('data', () => {
    if (active.data.endsWith('0\r\n\r\n')) resolve();
  }));
  active.data = '';
  active.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await new Promise((resolve) => active.on('data', () => {
    if (active.data.endsWith('ok')) resolve();
  }));
  active.destroy();

  // 2. closeAllConnections(): in-flight responses are cut.
  ev = [];
  idle = await open(port, '/', ev, 'idle');
  active = await open(port, '/hang', ev, 'active');
  server.closeAllConnections();
  await Promise.all([closed(idle), closed(active)]);
  assert(ev.includes('idle close'));
  assert(ev.includes('active close'));
  assert.strictEqual(normalizeDate(active.data),
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n7\r\npartial\r\n');
  assert.strictEqual(server.listening, true);

  // 3. close(): idle closed now, the active response completes, then (once
  // that connection is gone too) the server's 'close'. node 20 leaves a
  // connection whose response was in flight at close() open until its
  // keep-alive timeout; closeIdleConnections() ends it at once.
  ev = [];
  idle = await open(port, '/', ev, 'idle');
  active = await open(port, '/hang', ev, 'active');
  server.close(mustCall((err) => {
    assert.strictEqual(err, undefined);
    ev.push('server close');
  }));
  assert.strictEqual(server.listening, false);
  await closed(idle);
  ev.push('idle gone');
  hanging.end('done');
  await new Promise((resolve) => active.on('data', () => {
    if (active.data.endsWith('0\r\n\r\n')) resolve();
  }));
  assert.match(active.data, /7\r\npartial\r\n4\r\ndone\r\n0\r\n\r\n$/);
  server.closeIdleConnections();
  await closed(active);
  assert.deepStrictEqual(ev.slice(0, 3), ['idle end', 'idle close', 'idle gone']);
  assert(ev.includes('active end'));
}));
