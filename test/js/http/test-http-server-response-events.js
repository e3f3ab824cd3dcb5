'use strict';
// ServerResponse state and events: headersSent / writableEnded as the
// response progresses, flushHeaders() sending the head before any body (the
// client gets 'response' while the server has not ended), write/end
// callbacks, 'finish' then 'close', and the server's 'request' and
// 'connection' events.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { listen, mustCall, mustCallAtLeast, deadline } = require('./common');

deadline();

const ev = [];
let flushed = null;
const server = http.createServer();
server.on('connection', mustCallAtLeast((socket) => {
  assert(socket instanceof net.Socket);
  if (!ev.includes('connection')) ev.push('connection');
}));
server.on('request', mustCall((req, res) => {
  assert(res instanceof http.ServerResponse);
  assert.strictEqual(res.req, req);
  if (req.url === '/flush') {
    assert.strictEqual(res.headersSent, false);
    res.flushHeaders();
    assert.strictEqual(res.headersSent, true);
    assert.strictEqual(res.writableEnded, false);
    flushed = res;  // ended by the client's 'response' handler
    return;
  }
  ev.push('request');
  res.on('finish', () => {
    ev.push('finish');
    assert.strictEqual(res.writableEnded, true);
    assert.strictEqual(res.writableFinished, true);
  });
  res.on('close', () => {
    ev.push('close');
    assert.strictEqual(res.writableFinished, true);
  });
  assert.strictEqual(res.headersSent, false);
  assert.strictEqual(res.writableEnded, false);
  assert.strictEqual(res.writableFinished, false);
  assert.strictEqual(res.finished, false);
  assert.strictEqual(res.write('a', () => ev.push('write-cb')), true);
  assert.strictEqual(res.headersSent, true);
  assert.strictEqual(res.writableEnded, false);
  assert.strictEqual(res.end('b', () => ev.push('end-cb')), res);
  assert.strictEqual(res.writableEnded, true);
  assert.strictEqual(res.finished, true);
  ev.push('ended');
}, 2));

listen(server).then(mustCall((port) => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, host: '127.0.0.1', path: '/order', agent }, mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', mustCall(() => {
      assert.strictEqual(body, 'ab');
      http.get({ port, host: '127.0.0.1', path: '/flush', agent }, mustCall((res2) => {
        // The head arrived although the server has not ended the response.
        assert.strictEqual(flushed.writableEnded, false);
        assert.strictEqual(res2.headers['transfer-encoding'], 'chunked');
        flushed.end('late');
        let b2 = '';
        res2.on('data', (d) => b2 += d);
        res2.on('end', mustCall(() => {
          assert.strictEqual(b2, 'late');
          agent.destroy();
          server.close();
        }));
      }));
    }));
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(ev, ['connection', 'request', 'ended', 'write-cb', 'finish', 'end-cb', 'close']);
});
