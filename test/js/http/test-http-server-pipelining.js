'use strict';
// Pipelining: five requests in one write. node dispatches all of them at
// once; the handlers finish in reverse order, yet the responses go out in
// request order, on the one connection, which closes after the last
// (Connection: close) request.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, normalizeDate, deadline } = require('./common');

deadline();

const order = [];
const pending = [];
const server = http.createServer(mustCall((req, res) => {
  order.push('req' + req.url);
  pending.push([req, res]);
  if (pending.length === 5) {
    // All requests are in: answer the last first.
    for (const [rq, rs] of pending.reverse()) {
      order.push('end' + rq.url);
      if (rq.url === '/3') {
        rs.write('r3-');
        setImmediate(() => rs.end('later'));
      } else {
        rs.end('r' + rq.url.slice(1));
      }
    }
  }
}, 5));
server.on('connection', mustCall());

const KA = 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n';
listen(server).then(mustCall((port) => {
  const c = net.connect(port, '127.0.0.1');
  let s = '';
  for (let i = 1; i <= 5; i++) {
    s += `GET /${i} HTTP/1.1\r\nHost: x\r\n${i === 5 ? 'Connection: close\r\n' : ''}\r\n`;
  }
  c.write(s);
  let d = '';
  c.setEncoding('latin1');
  c.on('data', (x) => d += x);
  c.on('end', mustCall(() => {
    assert.deepStrictEqual(order, ['req/1', 'req/2', 'req/3', 'req/4', 'req/5',
                                   'end/5', 'end/4', 'end/3', 'end/2', 'end/1']);
    assert.strictEqual(normalizeDate(d),
      KA + 'Content-Length: 2\r\n\r\nr1' +
      KA + 'Content-Length: 2\r\n\r\nr2' +
      KA + 'Transfer-Encoding: chunked\r\n\r\n3\r\nr3-\r\n5\r\nlater\r\n0\r\n\r\n' +
      KA + 'Content-Length: 2\r\n\r\nr4' +
      'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 2\r\n\r\nr5');
    c.end();
    server.close();
  }));
}));
