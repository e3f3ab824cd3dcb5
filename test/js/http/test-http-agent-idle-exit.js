'use strict';
// Idle keep-alive sockets (of the global agent and of a keepAlive agent) do
// not keep the process alive: once the responses are read, the process
// exits by itself without agent.destroy(). (The server's listening handle
// and its side of each connection are unref'd so that only the client
// sockets could hold the process.)
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => res.end('ok'));
server.on('connection', (socket) => socket.unref());
const agent = new http.Agent({ keepAlive: true });

let pooled = 0;
listen(server).then(mustCall(async (port) => {
  for (const a of [undefined, agent]) {
    await new Promise((resolve) => {
      http.get({ port, host: '127.0.0.1', agent: a }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
    });
  }
  await new Promise((resolve) => setImmediate(resolve));
  pooled = Object.keys(http.globalAgent.freeSockets).length + Object.keys(agent.freeSockets).length;
  server.unref();
}));

process.on('exit', () => {
  assert.strictEqual(pooled, 2);
});
