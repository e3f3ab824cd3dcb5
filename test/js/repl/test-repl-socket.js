'use strict';
// A REPLServer over a net socket: the client types, the server's REPL
// answers on the same connection; .exit ends the session with 'exit'.
const assert = require('assert');
const net = require('net');
const repl = require('repl');

const server = net.createServer((socket) => {
  const r = repl.start({ input: socket, output: socket, prompt: 'sock> ', terminal: false,
                         useGlobal: true });
  r.on('exit', () => {
    socket.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  const lines = ['6 * 7', 'const sq = (n) => n * n', 'sq(9)', '.exit'];
  client.setEncoding('utf8');
  client.on('data', (d) => {
    out += d;
    if (out.endsWith('sock> ') && lines.length) client.write(`${lines.shift()}\n`);
  });
  client.on('end', () => {
    assert.strictEqual(out, 'sock> 42\nsock> undefined\nsock> 81\nsock> ');
    client.end();
  });
});
