'use strict';
// The client's side of an exchange: ClientRequest state (path, method, host,
// protocol, headersSent, writableEnded, reusedSocket), the events in order
// ('socket' while connecting, 'finish', 'response', body 'data', 'end',
// response 'close', request 'close'), and the response IncomingMessage
// (statusCode, statusMessage, httpVersion, headers, rawHeaders, req, complete).
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer(mustCall((req, res) => {
  res.writeHead(201, 'Yay', { 'X-A': '1', 'Set-Cookie': ['a=1', 'b=2'] });
  res.write('hel');
  setImmediate(() => res.end('lo'));
}));

const ev = [];
listen(server).then(mustCall((port) => {
  const req = http.request({ port, host: '127.0.0.1', agent: false });
  assert(req instanceof http.ClientRequest);
  assert.strictEqual(req.path, '/');
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.host, '127.0.0.1');
  assert.strictEqual(req.protocol, 'http:');
  assert.strictEqual(req.reusedSocket, false);
  assert.strictEqual(req.headersSent, false);
  assert.strictEqual(req.writableEnded, false);
  req.on('socket', mustCall((sock) => {
    ev.push('socket');
    assert.strictEqual(sock.connecting, true);
    assert.strictEqual(req.socket, sock);
  }));
  req.on('finish', mustCall(() => ev.push('req-finish')));
  req.on('response', mustCall((res) => {
    ev.push('response');
    assert(res instanceof http.IncomingMessage);
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Yay');
    assert.strictEqual(res.httpVersion, '1.1');
    assert.strictEqual(res.req, req);
    assert.strictEqual(res.socket, req.socket);
    assert.strictEqual(res.complete, false);
    const h = { ...res.headers };
    assert.match(h.date, /GMT$/);
    delete h.date;
    assert.deepStrictEqual(h, {
      'x-a': '1', 'set-cookie': ['a=1', 'b=2'], connection: 'close', 'transfer-encoding': 'chunked',
    });
    assert.deepStrictEqual(res.rawHeaders.filter((x, i) => i % 2 === 0),
                           ['X-A', 'Set-Cookie', 'Set-Cookie', 'Date', 'Connection', 'Transfer-Encoding']);
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (d) => {
      if (!ev.includes('data')) ev.push('data');
      assert.strictEqual(typeof d, 'string');
      body += d;
    });
    res.on('end', mustCall(() => {
      ev.push('res-end');
      assert.strictEqual(body, 'hello');
      assert.strictEqual(res.complete, true);
    }));
    res.on('close', mustCall(() => ev.push('res-close')));
  }));
  req.on('close', mustCall(() => {
    ev.push('req-close');
    server.close();
  }));
  req.end();
  assert.strictEqual(req.writableEnded, true);
  assert.strictEqual(req.headersSent, true);
}));

process.on('exit', () => {
  assert.deepStrictEqual(ev, ['socket', 'req-finish', 'response', 'data', 'res-end', 'res-close',
                              'req-close']);
});
