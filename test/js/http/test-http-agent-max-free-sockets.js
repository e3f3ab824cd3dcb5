'use strict';
// Agent maxFreeSockets: with three sockets in use and maxFreeSockets = 1,
// one socket is kept in the pool when the responses end and the other two
// are destroyed.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const pending = [];
const server = http.createServer(mustCall((req, res) => {
  pending.push(res);
  if (pending.length === 3) for (const r of pending) r.end('ok');
}, 3));

listen(server).then(mustCall(async (port) => {
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  const sockets = [];
  await Promise.all([1, 2, 3].map((i) => new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path: '/' + i, agent }, (res) => {
      sockets.push(res.socket);
      res.resume();
      res.on('end', resolve);
    });
  })));
  assert.strictEqual(new Set(sockets).size, 3);
  // Wait until every socket is either pooled or closed.
  const name = `127.0.0.1:${port}:`;
  const settled = () => sockets.filter((s) => s.destroyed).length +
                        (agent.freeSockets[name] ? agent.freeSockets[name].length : 0) === 3;
  while (!settled()) await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(agent.freeSockets[name].length, 1);
  assert.strictEqual(sockets.filter((s) => s.destroyed).length, 2);
  agent.destroy();
  server.close();
}));
