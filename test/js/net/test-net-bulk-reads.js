'use strict';
// Bulk reads: tens of MiB through an echo over TCP and over a Unix socket,
// every chunk kept until the end and then compared with what was sent (a
// read block must not be reused while JS still holds the chunk made of it,
// even across the young-generation GCs that streaming brings about). Then:
// no gc() appears in the program or in new contexts unless asked for, with
// --expose-gc it stays, and no file descriptor is left open.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const vm = require('vm');

const size = 40 * 1024 * 1024;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4) data.writeUInt32LE((i * 2654435761) >>> 0, i);

let fdsBefore;

function echoOnce(listenArgs, connectArgs, done) {
  const server = net.createServer((conn) => conn.pipe(conn));
  server.listen(...listenArgs, () => {
    const client = net.connect(...connectArgs(server));
    const chunks = [];
    let received = 0;
    client.on('connect', () => {
      // In 64 KiB writes, as a program streaming data would.
      let at = 0;
      (function send() {
        while (at < size) {
          const ok = client.write(data.subarray(at, at + 65536));
          at += 65536;
          if (!ok) return client.once('drain', send);
        }
      })();
    });
    client.on('data', (d) => {
      chunks.push(d);
      received += d.length;
      if (received === size) client.end();
    });
    client.on('close', () => {
      server.close(() => {
        assert.strictEqual(received, size);
        assert.ok(Buffer.concat(chunks).equals(data), 'echoed bytes differ');
        done();
      });
    });
  });
}

const sock = path.join(os.tmpdir(), `eddy-bulk-${process.pid}.sock`);
try { fs.unlinkSync(sock); } catch {}

// libuv keeps a spare descriptor once a server has listened: count after.
net.createServer().listen(0, '127.0.0.1', function() {
  this.close(() => {
    fdsBefore = fs.readdirSync('/proc/self/fd').length;
    echoBoth();
  });
});

function echoBoth() {
  echoOnce([0, '127.0.0.1'], (s) => [s.address().port, '127.0.0.1'], () => {
    echoOnce([sock], () => [sock], () => {
      assert.strictEqual(typeof gc, 'undefined');
      assert.strictEqual(typeof globalThis.gc, 'undefined');
      assert.strictEqual(vm.runInNewContext('typeof gc'), 'undefined');
      setImmediate(() => {
        assert.strictEqual(fs.readdirSync('/proc/self/fd').length, fdsBefore);
        checkExposeGc();
      });
    });
  });
}

// The same streaming in a child with --expose-gc: gc() is there before and
// after, and works.
function checkExposeGc() {
  const script = `
    const net = require('net');
    const before = typeof gc;
    const chunk = Buffer.alloc(65536, 1);
    const server = net.createServer((c) => c.pipe(c)).listen(0, '127.0.0.1', () => {
      const client = net.connect(server.address().port, '127.0.0.1');
      let sent = 0, got = 0;
      const total = 24 * 1024 * 1024;
      (function send() {
        while (sent < total) { sent += chunk.length; if (!client.write(chunk)) return client.once('drain', send); }
      })();
      client.on('data', (d) => {
        got += d.length;
        if (got === total) {
          client.destroy();
          server.close();
          gc();
          console.log(before, typeof gc, require('vm').runInNewContext('typeof gc'));
        }
      });
    });`;
  const r = cp.spawnSync(process.execPath, ['--expose-gc', '-e', script], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'function function function\n');
  assert.strictEqual(r.status, 0);
  console.log('ok');
}
