'use strict';
// An echo server and a client: event order on both sides, addresses,
// byte counts, readyState, setEncoding, write callbacks.
const assert = require('assert');
const net = require('net');

const serverEvents = [];
const clientEvents = [];

const server = net.createServer((conn) => {
  serverEvents.push('connection');
  assert.strictEqual(conn.remoteAddress, '127.0.0.1');
  assert.strictEqual(conn.remoteFamily, 'IPv4');
  assert.strictEqual(typeof conn.remotePort, 'number');
  assert.strictEqual(conn.localAddress, '127.0.0.1');
  assert.strictEqual(conn.localPort, server.address().port);
  assert.strictEqual(conn.readyState, 'open');
  assert.strictEqual(conn.pending, false);
  assert.strictEqual(conn.connecting, false);
  assert.strictEqual(conn.server, server);
  conn.on('data', (d) => {
    serverEvents.push('data');
    assert(Buffer.isBuffer(d));
    conn.write(d);
  });
  conn.on('end', () => {
    serverEvents.push('end');
    conn.end();
  });
  conn.on('finish', () => serverEvents.push('finish'));
  conn.on('close', (hadError) => {
    serverEvents.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(conn.bytesRead, 11);
    assert.strictEqual(conn.bytesWritten, 11);
    server.close();
  });
});

server.on('listening', () => {
  serverEvents.push('listening');
  const addr = server.address();
  assert.strictEqual(addr.address, '127.0.0.1');
  assert.strictEqual(addr.family, 'IPv4');
  assert(addr.port > 0);
  assert.strictEqual(server.listening, true);

  const client = net.createConnection(addr.port, '127.0.0.1');
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.pending, true);
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.remoteAddress, undefined);
  client.setEncoding('utf8');
  let received = '';
  let writeCbs = 0;
  // Written before the connection is up: queued until 'connect'.
  client.write('hello ', () => writeCbs++);
  client.on('connect', () => {
    clientEvents.push('connect');
    assert.strictEqual(client.connecting, false);
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.remoteAddress, '127.0.0.1');
    assert.strictEqual(client.remotePort, addr.port);
    assert.strictEqual(client.remoteFamily, 'IPv4');
    assert.strictEqual(client.localAddress, '127.0.0.1');
    assert.strictEqual(typeof client.localPort, 'number');
    assert.deepStrictEqual(client.address(),
                           { address: '127.0.0.1', family: 'IPv4', port: client.localPort });
    client.end('world', () => writeCbs++);
  });
  client.on('ready', () => clientEvents.push('ready'));
  client.on('data', (d) => {
    if (!clientEvents.includes('data')) clientEvents.push('data');
    assert.strictEqual(typeof d, 'string');
    received += d;
  });
  client.on('end', () => clientEvents.push('end'));
  client.on('finish', () => clientEvents.push('finish'));
  client.on('close', (hadError) => {
    clientEvents.push('close');
    assert.strictEqual(hadError, false);
    assert.strictEqual(received, 'hello world');
    assert.strictEqual(client.bytesRead, 11);
    assert.strictEqual(client.bytesWritten, 11);
    assert.strictEqual(writeCbs, 2);
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.destroyed, true);
  });
});

server.listen(0, '127.0.0.1');

server.on('close', () => serverEvents.push('server-close'));

process.on('exit', () => {
  assert.deepStrictEqual(clientEvents.slice(0, 2), ['connect', 'ready']);
  assert(clientEvents.indexOf('data') < clientEvents.indexOf('end'));
  assert(clientEvents.indexOf('finish') < clientEvents.indexOf('close'));
  assert(clientEvents.indexOf('end') < clientEvents.indexOf('close'));
  assert.strictEqual(clientEvents.at(-1), 'close');
  assert.strictEqual(clientEvents.length, 6);
  assert.strictEqual(serverEvents[0], 'listening');
  assert.strictEqual(serverEvents[1], 'connection');
  assert(serverEvents.indexOf('end') < serverEvents.indexOf('close'));
  assert(serverEvents.indexOf('finish') < serverEvents.indexOf('close'));
  assert.strictEqual(serverEvents.at(-1), 'server-close');
});
