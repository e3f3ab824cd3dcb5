'use strict';
// HTTP over a Unix-domain socket in os.tmpdir(): server.listen(path) and
// the client's socketPath option (Host header still "localhost").
const assert = require('assert');
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { mustCall, deadline } = require('./common');

deadline();

const sockPath = path.join(os.tmpdir(), `eddy-http-test-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch {}

const server = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.headers.host, 'localhost');
  assert.strictEqual(req.url, '/over-unix');
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => res.end('unix:' + b));
}));

server.listen(sockPath, mustCall(() => {
  assert.strictEqual(server.address(), sockPath);
  const req = http.request({ socketPath: sockPath, path: '/over-unix', method: 'POST' }, mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    let b = '';
    res.setEncoding('utf8');
    res.on('data', (d) => b += d);
    res.on('end', mustCall(() => {
      assert.strictEqual(b, 'unix:payload');
      http.globalAgent.destroy();
      server.close(mustCall(() => {
        assert.strictEqual(fs.existsSync(sockPath), false);
      }));
    }));
  }));
  req.end('payload');
}));
