'use strict';
// Client uploads: a chunked body written in many pieces (strings, Buffers,
// a 256 KiB piece) honouring write()'s return value and 'drain', a
// Readable piped into the request, and the server echoing the length and a
// checksum of what it got.
const assert = require('assert');
const http = require('http');
const { Readable } = require('stream');
const { listen, mustCall, deadline } = require('./common');

deadline();

function sum(buf) {
  let s = 0;
  for (let i = 0; i < buf.length; i++) s = (s * 31 + buf[i]) >>> 0;
  return s;
}

const server = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.headers['transfer-encoding'], 'chunked');
  assert.strictEqual(req.headers['content-length'], undefined);
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const b = Buffer.concat(chunks);
    res.end(JSON.stringify({ length: b.length, sum: sum(b) }));
  });
}, 2));

function upload(port, feed) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'PUT', path: '/up', agent: false },
                             (res) => {
                               let b = '';
                               res.on('data', (d) => b += d);
                               res.on('end', () => resolve(JSON.parse(b)));
                             });
    feed(req);
  });
}

listen(server).then(mustCall(async (port) => {
  const pieces = ['hello ', Buffer.from('wörld '), Buffer.alloc(256 * 1024, 7)];
  for (let i = 0; i < 100; i++) pieces.push(`piece ${i};`);
  const all = Buffer.concat(pieces.map((p) => Buffer.from(p)));

  const r1 = await upload(port, (req) => {
    let i = 0;
    (function write() {
      while (i < pieces.length) {
        if (!req.write(pieces[i++])) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    })();
  });
  assert.deepStrictEqual(r1, { length: all.length, sum: sum(all) });

  const r2 = await upload(port, (req) => Readable.from(pieces.map((p) => Buffer.from(p))).pipe(req));
  assert.deepStrictEqual(r2, { length: all.length, sum: sum(all) });
  server.close();
}));
