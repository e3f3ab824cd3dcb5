'use strict';
// After the headers went out: setHeader/removeHeader/appendHeader/writeHead
// throw ERR_HTTP_HEADERS_SENT. After end(): write() and end(data) report
// ERR_STREAM_WRITE_AFTER_END to their callback and as an 'error' event, and
// with no 'error' listener the error reaches 'uncaughtException'.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const uncaught = [];
process.on('uncaughtException', (e) => uncaught.push(e.code));

const server = http.createServer(mustCall((req, res) => {
  if (req.url === '/after-write') {
    res.write('first');  // sends the headers
    assert.strictEqual(res.headersSent, true);
    assert.throws(() => res.setHeader('a', 'b'), {
      code: 'ERR_HTTP_HEADERS_SENT', name: 'Error',
      message: 'Cannot set headers after they are sent to the client',
    });
    assert.throws(() => res.removeHeader('a'), {
      code: 'ERR_HTTP_HEADERS_SENT',
      message: 'Cannot remove headers after they are sent to the client',
    });
    assert.throws(() => res.appendHeader('a', 'b'), {
      code: 'ERR_HTTP_HEADERS_SENT',
      message: 'Cannot append headers after they are sent to the client',
    });
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP_HEADERS_SENT',
      message: 'Cannot write headers after they are sent to the client',
    });
    // Reading is still allowed.
    assert.strictEqual(res.getHeader('date'), undefined);
    res.end('last');
    return;
  }
  if (req.url === '/after-end') {
    const errors = [];
    res.on('error', (e) => errors.push(e));
    res.end('x');
    assert.strictEqual(res.writableEnded, true);
    assert.throws(() => res.setHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT' });
    res.write('more', mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
      assert.strictEqual(err.message, 'write after end');
      assert(err instanceof Error);
    }));
    res.end('again', mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    res.on('close', mustCall(() => {
      assert(errors.length >= 1);
      for (const e of errors) assert.strictEqual(e.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    return;
  }
  if (req.url === '/no-listener') {
    res.end('y');
    res.write('more');  // no callback, no 'error' listener
    return;
  }
  throw new Error(req.url);
}, 3));

function get(port, path) {
  return new Promise((resolve) => {
    http.get({ port, host: '127.0.0.1', path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => body += d);
      res.on('end', () => resolve(body));
    });
  });
}

listen(server).then(mustCall(async (port) => {
  assert.strictEqual(await get(port, '/after-write'), 'firstlast');
  assert.strictEqual(await get(port, '/after-end'), 'x');
  assert.strictEqual(await get(port, '/no-listener'), 'y');
  // Let the write-after-end error surface.
  setImmediate(() => setImmediate(() => {
    server.close();
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(uncaught, ['ERR_STREAM_WRITE_AFTER_END']);
});
