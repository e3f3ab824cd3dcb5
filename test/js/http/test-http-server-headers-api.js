'use strict';
// ServerResponse header API before the headers are sent: setHeader (chains,
// keeps the value's type, arrays), getHeader (case-insensitive), getHeaders
// (null-prototype object, lower-cased names), getHeaderNames, getRawHeaderNames,
// hasHeader, removeHeader, appendHeader, statusCode/statusMessage defaults,
// and what the client receives.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer(mustCall((req, res) => {
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, undefined);
  assert.strictEqual(res.headersSent, false);
  assert.strictEqual(res.sendDate, true);

  assert.strictEqual(res.setHeader('X-Foo', 'bar'), res);
  res.setHeader('Set-Cookie', ['a=1', 'b=2']);
  res.setHeader('X-Num', 42);

  assert.strictEqual(res.getHeader('x-foo'), 'bar');
  assert.strictEqual(res.getHeader('X-FOO'), 'bar');
  assert.strictEqual(res.getHeader('nope'), undefined);
  assert.strictEqual(res.getHeader('x-num'), 42);  // not stringified
  assert.deepStrictEqual(res.getHeader('set-cookie'), ['a=1', 'b=2']);

  const h = res.getHeaders();
  assert.strictEqual(Object.getPrototypeOf(h), null);
  assert.deepStrictEqual({ ...h }, { 'x-foo': 'bar', 'set-cookie': ['a=1', 'b=2'], 'x-num': 42 });
  assert.deepStrictEqual(res.getHeaderNames(), ['x-foo', 'set-cookie', 'x-num']);
  assert.deepStrictEqual(res.getRawHeaderNames(), ['X-Foo', 'Set-Cookie', 'X-Num']);
  assert.strictEqual(res.hasHeader('SET-COOKIE'), true);
  assert.strictEqual(res.hasHeader('x'), false);

  // setHeader replaces (case-insensitively), keeping the newest casing.
  res.setHeader('x-FOO', 'baz');
  assert.strictEqual(res.getHeader('X-Foo'), 'baz');
  assert.deepStrictEqual(res.getRawHeaderNames(), ['x-FOO', 'Set-Cookie', 'X-Num']);

  res.removeHeader('X-foo');
  assert.strictEqual(res.hasHeader('x-foo'), false);
  assert.deepStrictEqual(res.getHeaderNames(), ['set-cookie', 'x-num']);
  res.removeHeader('not-there');  // no-op

  // appendHeader adds values.
  assert.strictEqual(res.appendHeader('X-App', 'a'), res);
  res.appendHeader('X-App', 'b');
  assert.deepStrictEqual(res.getHeader('x-app'), ['a', 'b']);

  // Argument types.
  for (const fn of ['getHeader', 'hasHeader', 'removeHeader']) {
    assert.throws(() => res[fn](), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }

  res.statusCode = 203;
  res.end('body');
  assert.strictEqual(res.headersSent, true);
}));

listen(server).then(mustCall((port) => {
  http.get({ port, host: '127.0.0.1', path: '/' }, mustCall((res) => {
    assert.strictEqual(res.statusCode, 203);
    assert.strictEqual(res.statusMessage, 'Non-Authoritative Information');
    const h = { ...res.headers };
    assert.match(h.date, /GMT$/);
    delete h.date;
    assert.deepStrictEqual(h, {
      'set-cookie': ['a=1', 'b=2'],
      'x-num': '42',
      'x-app': 'a, b',
      connection: 'keep-alive',
      'keep-alive': 'timeout=5',
      'content-length': '4',
    });
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => body += d);
    res.on('end', mustCall(() => {
      assert.strictEqual(body, 'body');
      server.close();
    }));
  }));
}));
