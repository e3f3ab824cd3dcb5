'use strict';
// Response backpressure: with a client that does not read, res.write()
// eventually returns false; 'drain' comes once the client reads; the whole
// body (chunked, 64 KiB pieces) arrives intact.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const PIECE = 64 * 1024;
let clientRes;
let sawFalse = false;
let totalWritten = 0;
let drains = 0;

const server = http.createServer(mustCall((req, res) => {
  let i = 0;
  function pump() {
    while (i < 200) {
      const buf = Buffer.alloc(PIECE, i % 256);
      i++;
      totalWritten += buf.length;
      if (!res.write(buf)) {
        if (!sawFalse) {
          sawFalse = true;
          // Only now does the client start reading.
          clientRes.resume();
        }
        res.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    res.end();
  }
  // Wait for the client to have the response object (headers) first.
  res.flushHeaders();
  server.once('client-ready', pump);
}));

listen(server).then(mustCall((port) => {
  http.get({ port, host: '127.0.0.1', agent: false }, mustCall((res) => {
    clientRes = res;
    res.pause();
    let received = 0;
    let expectedByte = 0;
    let inPiece = 0;
    res.on('data', (d) => {
      for (let k = 0; k < d.length; k++) {
        if (d[k] !== expectedByte) throw new Error(`corrupt byte at ${received + k}`);
        if (++inPiece === PIECE) { inPiece = 0; expectedByte = (expectedByte + 1) % 256; }
      }
      received += d.length;
    });
    res.on('end', mustCall(() => {
      assert.strictEqual(sawFalse, true);
      assert(drains >= 1);
      assert.strictEqual(received, 200 * PIECE);
      assert.strictEqual(received, totalWritten);
      server.close();
    }));
    server.emit('client-ready');
  }));
}));
