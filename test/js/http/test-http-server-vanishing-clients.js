'use strict';
// 10k connections that vanish — mid-headers, mid-body, right after the
// request, or reset — don't disturb the server: it keeps answering, and when
// they are gone no file descriptor is left behind.
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const net = require('net');

const N = 10000;
const BATCH = 100;
const fdCount = () => fs.readdirSync('/proc/self/fd').length;

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('ok'));
});
server.on('clientError', (err, socket) => socket.destroy());

const partials = [
  'GET / HTTP/1.1\r\nHost: x\r\nX-Half: ',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly part of it',
  'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
  '',
];

function oneVanishing(port, i) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      const data = partials[i % partials.length];
      if (data) c.write(data);
      if (i % 5 === 0) c.resetAndDestroy();
      else setImmediate(() => c.destroy());
    });
    c.on('error', () => {});
    c.on('close', resolve);
  });
}

function get(port) {
  return new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve([res.statusCode, body]));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  assert.deepStrictEqual(await get(port), [200, 'ok']);
  const before = fdCount();
  for (let i = 0; i < N; i += BATCH) {
    const batch = [];
    for (let j = i; j < i + BATCH; j++) batch.push(oneVanishing(port, j));
    await Promise.all(batch);
    if (i % 2000 === 0) assert.deepStrictEqual(await get(port), [200, 'ok']);
  }
  // The server side of the last connections closes a moment later.
  for (let tries = 0; tries < 500 && fdCount() > before; tries++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  assert(fdCount() <= before, `${fdCount()} fds open, ${before} before`);
  assert.deepStrictEqual(await get(port), [200, 'ok']);
  server.close();
});
