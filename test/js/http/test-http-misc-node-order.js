'use strict';
// Three node 20 behaviours: an IncomingMessage destroyed with an error
// reports 'error' and 'close' after ticks already queued; a server made with
// rejectNonStandardBodyWrites throws ERR_HTTP_BODY_NOT_ALLOWED on a body for
// a 204; fetch() of a body that fails to gunzip rejects with
// TypeError('terminated') whose cause is the zlib error.
const assert = require('assert');
const http = require('http');
const { mustCall } = require('./common');

{
  const m = new http.IncomingMessage(null);
  const log = [];
  m.on('aborted', () => log.push('aborted'));
  m.on('error', () => log.push('error'));
  m.on('close', () => log.push('close'));
  m.destroy(new Error('x'));
  process.nextTick(() => log.push('tick'));
  setTimeout(mustCall(() => assert.deepStrictEqual(log, ['aborted', 'tick', 'error', 'close'])), 20);
}

{
  const server = http.createServer({ rejectNonStandardBodyWrites: true }, mustCall((req, res) => {
    res.writeHead(204);
    assert.throws(() => res.write('x'), { code: 'ERR_HTTP_BODY_NOT_ALLOWED' });
    res.end();
  }));
  server.listen(0, '127.0.0.1', () => {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, mustCall((res) => {
      assert.strictEqual(res.statusCode, 204);
      res.resume();
      res.on('end', () => server.close());
    }));
  });
}

{
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': 10 });
    res.end('0123456789');
  });
  server.listen(0, '127.0.0.1', mustCall(async () => {
    await assert.rejects(async () => {
      const res = await fetch(`http://127.0.0.1:${server.address().port}/`);
      await res.text();
    }, (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.cause.code, 'Z_DATA_ERROR');
      return true;
    });
    server.close();
  }));
}
