'use strict';
// A client that disconnects in the middle of a request body: the server's
// IncomingMessage gets 'aborted' (aborted = true, complete = false), then
// the response 'close' (not finished), then 'error' ECONNRESET "aborted" if
// someone listens for it, then 'close'; never 'end'. Without an 'error'
// listener nothing is thrown. The server keeps serving afterwards.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustNotCall, rawRequest, deadline } = require('./common');

deadline();

const runs = [];
let onDone;
const server = http.createServer(mustCall((req, res) => {
  if (req.url === '/after') {
    res.end('still serving');
    return;
  }
  const ev = [];
  const withErrorListener = req.url === '/with-listener';
  assert.strictEqual(req.aborted, false);
  req.on('data', (d) => {
    ev.push('data:' + d);
    // The client vanishes once the server has seen part of the body.
    req.socket.emit('test-got-data');
  });
  req.on('aborted', mustCall(() => {
    ev.push('aborted');
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('end', mustNotCall('end after an aborted body'));
  if (withErrorListener) {
    req.on('error', mustCall((e) => {
      ev.push('error');
      assert.strictEqual(e.code, 'ECONNRESET');
      assert.strictEqual(e.message, 'aborted');
    }));
  }
  res.on('finish', mustNotCall('finish of an unanswered response'));
  res.on('close', mustCall(() => {
    ev.push('res-close');
    assert.strictEqual(res.writableEnded, false);
    assert.strictEqual(res.writableFinished, false);
  }));
  req.on('close', mustCall(() => {
    ev.push('close');
    assert.strictEqual(req.destroyed, true);
    runs.push(ev);
    onDone();
  }));
}, 3));

function abortMidBody(port, path) {
  return new Promise((resolve) => {
    onDone = resolve;
    const c = net.connect(port, '127.0.0.1');
    c.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc`);
    server.once('connection', (s) => s.once('test-got-data', () => c.destroy()));
  });
}

listen(server).then(mustCall(async (port) => {
  await abortMidBody(port, '/with-listener');
  await abortMidBody(port, '/no-listener');
  assert.deepStrictEqual(runs, [
    ['data:abc', 'aborted', 'res-close', 'error', 'close'],
    ['data:abc', 'aborted', 'res-close', 'close'],
  ]);
  const got = await rawRequest(port, 'GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.match(got, /\r\n\r\nstill serving$/);
  server.close();
}));
