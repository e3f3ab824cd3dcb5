'use strict';
// Unix-domain sockets: listen(path), connect(path), address() is the path,
// EADDRINUSE and ENOENT shaped as node's, the socket file removed on close.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-net-unix-'));
const sock = path.join(dir, 's.sock');
const missing = path.join(dir, 'missing.sock');

const server = net.createServer((c) => {
  c.on('data', (d) => c.end(`echo:${d}`));
}).listen(sock, () => {
  assert.strictEqual(server.address(), sock);
  net.createServer().listen(sock).on('error', (e) => {
    assert.strictEqual(e.code, 'EADDRINUSE');
    assert.strictEqual(e.syscall, 'listen');
    assert.strictEqual(e.address, sock);
    assert.strictEqual(e.port, -1);
    assert.strictEqual(e.message, `listen EADDRINUSE: address already in use ${sock}`);
    let got = '';
    const client = net.connect(sock, () => client.write('hello'));
    client.on('data', (d) => { got += d; });
    client.on('close', () => {
      assert.strictEqual(got, 'echo:hello');
      net.connect({ path: missing }).on('error', (err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, missing);
        assert.strictEqual(err.message, `connect ENOENT ${missing}`);
        server.close(() => {
          assert.strictEqual(fs.existsSync(sock), false);
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
});
