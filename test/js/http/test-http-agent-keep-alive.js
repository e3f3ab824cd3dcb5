'use strict';
// http.Agent({ keepAlive: true, maxSockets: 1 }): concurrent requests queue
// in agent.requests and all travel on one connection; a request made once a
// socket is idle in agent.freeSockets takes it (req.reusedSocket === true;
// node 20 leaves it false for requests that waited in the queue); 'free'
// events; agent properties and defaults; the global agent's options;
// agent.destroy() closes the idle socket.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => connections++);

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
assert.strictEqual(agent.keepAlive, true);
assert.strictEqual(agent.maxSockets, 1);
assert.strictEqual(agent.maxFreeSockets, 256);
assert.strictEqual(agent.maxTotalSockets, Infinity);
assert.strictEqual(agent.scheduling, 'lifo');
assert.strictEqual(agent.keepAliveMsecs, 1000);
const d = new http.Agent();
assert.strictEqual(d.keepAlive, false);
assert.strictEqual(d.maxSockets, Infinity);
assert.strictEqual(http.globalAgent.keepAlive, true);
assert.strictEqual(http.globalAgent.options.timeout, 5000);
assert.strictEqual(http.globalAgent.scheduling, 'lifo');

function get(port, path) {
  return new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      let b = '';
      res.setEncoding('utf8');
      res.on('data', (x) => b += x);
      res.on('end', () => resolve({ body: b, req }));
    });
  });
}

listen(server).then(mustCall(async (port) => {
  const name = `127.0.0.1:${port}:`;
  agent.on('free', mustCall((socket, options) => {
    assert.strictEqual(options.host, '127.0.0.1');
  }, 5));

  const p = [get(port, '/1'), get(port, '/2'), get(port, '/3')];
  assert.deepStrictEqual(Object.keys(agent.requests), [name]);
  assert.strictEqual(agent.requests[name].length, 2);
  const results = await Promise.all(p);
  assert.deepStrictEqual(results.map((r) => r.body), ['/1', '/2', '/3']);
  assert.strictEqual(results[0].req.socket, results[2].req.socket);
  assert.strictEqual(results[0].req.reusedSocket, false);
  assert.strictEqual(connections, 1);

  // Once the socket is back in the pool, the next request reuses it.
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(Object.keys(agent.freeSockets), [name]);
  assert.strictEqual(agent.freeSockets[name].length, 1);
  const idleSocket = agent.freeSockets[name][0];
  const r4 = await get(port, '/4');
  assert.strictEqual(r4.body, '/4');
  assert.strictEqual(r4.req.reusedSocket, true);
  assert.strictEqual(r4.req.socket, idleSocket);
  await new Promise((resolve) => setImmediate(resolve));
  const r5 = await get(port, '/5');
  assert.strictEqual(r5.req.reusedSocket, true);
  assert.strictEqual(connections, 1);

  await new Promise((resolve) => setImmediate(resolve));
  const sock = agent.freeSockets[name][0];
  sock.on('close', mustCall(() => server.close()));
  agent.destroy();
}));
