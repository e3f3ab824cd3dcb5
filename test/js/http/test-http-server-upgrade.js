'use strict';
// 'upgrade' on the server: (req, socket, head) with the bytes that followed
// the request head, the socket handed over raw (no HTTP parsing any more).
// Without an 'upgrade' listener the request is an ordinary one; an Upgrade
// header without "Connection: upgrade" is ordinary too.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, normalizeDate, deadline } = require('./common');

deadline();

const plain = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  res.end('normal');
}));

const ws = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.url, '/no-connection-header');
  res.end('x');
}));
ws.on('upgrade', mustCall((req, socket, head) => {
  assert(req instanceof http.IncomingMessage);
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/ws');
  assert.strictEqual(req.upgrade, true);
  assert.deepStrictEqual(req.headers, { host: 'x', upgrade: 'echo', connection: 'Upgrade' });
  assert(socket instanceof net.Socket);
  assert(Buffer.isBuffer(head));
  assert.strictEqual(head.toString(), 'HEADBYTES');
  // Nobody else reads the socket any more.
  assert.strictEqual(socket.listenerCount('data'), 0);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write('echo:' + d));
  socket.on('end', () => socket.end());
}));

// Sends `first`; when the response contains `trigger`, sends `second` and
// half-closes; resolves with all received bytes when the server ends.
function talk(port, first, trigger, second) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let d = '';
    let sent = false;
    c.setEncoding('latin1');
    c.write(first);
    c.on('data', (x) => {
      d += x;
      if (!sent && d.includes(trigger)) {
        sent = true;
        if (second) c.write(second);
        c.end();
      }
    });
    c.on('end', () => resolve(normalizeDate(d)));
  });
}

Promise.all([listen(plain), listen(ws)]).then(mustCall(async ([p1, p2]) => {
  let r = await talk(p1, 'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n',
                     'normal');
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\n' +
                        'Keep-Alive: timeout=5\r\nContent-Length: 6\r\n\r\nnormal');

  r = await talk(p2, 'GET /ws HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEADBYTES',
                 '\r\n\r\n', 'GET / HTTP/1.1\r\n\r\n');
  assert.strictEqual(r, 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' +
                        'echo:GET / HTTP/1.1\r\n\r\n');

  r = await talk(p2, 'GET /no-connection-header HTTP/1.1\r\nHost: x\r\nUpgrade: echo\r\nConnection: close\r\n\r\n',
                 '\r\n\r\nx');
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx');
  plain.close();
  ws.close();
}));
