'use strict';
// Cases a review found, each checked against node 20:
// - a 32 MiB upload on a reused keep-alive socket whose response ends first:
//   the socket goes back to the Agent once (writableFinished waits for the
//   bytes still in libuv);
// - server.setTimeout() doesn't fire while a body keeps arriving;
// - an obs-fold line split across two reads is refused (400);
// - a parse error after an earlier response still gets its 400;
// - an idle new connection is answered 408 by headersTimeout.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { mustCall, deadline } = require('./common');

deadline(20000);

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function raw(port, parts, gapMs = 50) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => {
      c.setNoDelay(true);
      let i = 0;
      (function next() {
        if (i < parts.length) {
          c.write(parts[i++]);
          setTimeout(next, gapMs);
        }
      })();
    });
    let got = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(got));
  });
}

async function reusedUpload() {
  const server = http.createServer((req, res) => res.end('ok'));
  const port = await listen(server);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  await new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', agent }, (res) => { res.resume(); res.on('end', resolve); });
  });
  let frees = 0;
  let finishedAtEnd;
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent,
                               headers: { 'content-length': 32 << 20 } });
    req.on('socket', (socket) => {
      socket.on('free', () => frees++);
      req.end(Buffer.alloc(32 << 20));
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => { finishedAtEnd = req.writableFinished; });
    });
    req.on('close', () => setTimeout(resolve, 100));
  });
  assert.strictEqual(finishedAtEnd, false);
  assert.strictEqual(frees, 1);
  assert.strictEqual(Object.values(agent.freeSockets).flat().length, 1);
  agent.destroy();
  server.close();
}

async function uploadKeepsTimeoutAway() {
  const server = http.createServer((req, res) => {
    let n = 0;
    req.on('data', (d) => { n += d.length; });
    req.on('end', () => res.end(`got ${n}`));
  });
  server.setTimeout(1000);
  server.on('timeout', (socket) => socket.destroy());
  const port = await listen(server);
  const body = await new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', agent: false }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(b));
    });
    req.on('error', reject);
    let i = 0;
    const iv = setInterval(() => {
      req.write('x'.repeat(100));
      if (++i === 30) {
        clearInterval(iv);
        req.end();
      }
    }, 50);
  });
  assert.strictEqual(body, 'got 3000');
  server.close();
}

async function foldAcrossReads() {
  const server = http.createServer((req, res) => res.end(JSON.stringify(req.headers.x)));
  const port = await listen(server);
  const got = await raw(port, ['GET / HTTP/1.1\r\nHost: x\r\nX: a\r\n', ' b\r\n\r\n'], 100);
  assert.strictEqual(got, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  server.close();
}

async function errorAfterResponse() {
  const server = http.createServer((req, res) => res.end('ok'));
  const port = await listen(server);
  const got = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    let all = '';
    let sent = false;
    c.setEncoding('latin1');
    c.on('data', (d) => {
      all += d;
      if (!sent && all.endsWith('ok')) {
        sent = true;
        c.write('GARBAGE\r\n\r\n');
      }
    });
    c.on('close', () => resolve(all.slice(all.indexOf('ok') + 2)));
  });
  assert.strictEqual(got, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  server.close();
}

async function idleConnectionHeadersTimeout() {
  const server = http.createServer({ headersTimeout: 300, requestTimeout: 300,
                                     connectionsCheckingInterval: 50 }, (req, res) => res.end('x'));
  const port = await listen(server);
  const got = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1');
    let all = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { all += d; });
    c.on('close', () => resolve(all));
  });
  assert.strictEqual(got, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
  server.close();
}

(async () => {
  await reusedUpload();
  await uploadKeepsTimeoutAway();
  await foldAcrossReads();
  await errorAfterResponse();
  await idleConnectionHeadersTimeout();
})().then(mustCall());
