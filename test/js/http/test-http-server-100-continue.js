'use strict';
// Expect: 100-continue on the server. Without a 'checkContinue' listener the
// server answers "100 Continue" by itself before 'request' (the Expect value
// is case-insensitive); with one, the listener decides: writeContinue() then
// read the body, or a final answer without reading it (then the connection
// closes). HTTP/1.0 requests get no 100.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustNotCall, normalizeDate, deadline } = require('./common');

deadline();

function echo(req, res, prefix) {
  let b = '';
  req.setEncoding('utf8');
  req.on('data', (d) => b += d);
  req.on('end', () => res.end(prefix + b));
}

// The client sends the head, waits for "100 Continue" (if `body` is given),
// then sends the body; resolves with everything received once the server
// ends the connection.
function exchange(port, head, body) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let d = '';
    let sent = false;
    c.setEncoding('latin1');
    c.write(head);
    c.on('data', (x) => {
      d += x;
      if (body && !sent && d.includes('100 Continue\r\n\r\n')) {
        sent = true;
        c.write(body);
      }
    });
    c.on('end', () => { c.end(); resolve(normalizeDate(d)); });
  });
}

const plain = http.createServer(mustCall((req, res) => {
  // The 100 went out before the handler ran.
  assert.strictEqual(req.headers.expect.toLowerCase(), '100-continue');
  echo(req, res, 'got ');
}, 3));
plain.on('checkExpectation', mustNotCall());

const custom = http.createServer(mustNotCall('request with a checkContinue listener'));
custom.on('checkContinue', mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, '100-continue');
  assert(res instanceof http.ServerResponse);
  if (req.url === '/deny') {
    res.writeHead(403);
    res.end('denied');
  } else {
    res.writeContinue();
    echo(req, res, 'cc ');
  }
}, 2));

const OK = (body) => `HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
const C = 'HTTP/1.1 100 Continue\r\n\r\n';

Promise.all([listen(plain), listen(custom)]).then(mustCall(async ([p1, p2]) => {
  let r = await exchange(p1,
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n', 'abc');
  assert.strictEqual(r, C + OK('got abc'));
  r = await exchange(p1,
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-Continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n', 'abc');
  assert.strictEqual(r, C + OK('got abc'));
  r = await exchange(p1, 'POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\nabc');
  assert.strictEqual(r, 'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\n\r\ngot abc');

  r = await exchange(p2,
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n', 'abc');
  assert.strictEqual(r, C + OK('cc abc'));
  // Refused: no 100, the body is never sent, and the server closes even
  // though the request did not ask for it.
  r = await exchange(p2, 'POST /deny HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n');
  assert.strictEqual(r, 'HTTP/1.1 403 Forbidden\r\nDate: DATE\r\nConnection: close\r\n' +
                        'Transfer-Encoding: chunked\r\n\r\n6\r\ndenied\r\n0\r\n\r\n');
  plain.close();
  custom.close();
}));
