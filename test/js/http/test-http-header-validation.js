'use strict';
// Invalid header names and values: http.validateHeaderName/Value, and the
// same checks in ServerResponse.setHeader/writeHead and ClientRequest.setHeader.
// Error codes and messages as node 20 gives them.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const badNames = ['Bad Name', '', 'a:b', 'é', 'a\tb', 'x\r\n', '(x)', undefined];
const goodNames = ['x-ok', '!#$%&\'*+-.^_`|~09azAZ'];
for (const n of badNames) {
  assert.throws(() => http.validateHeaderName(n), {
    code: 'ERR_INVALID_HTTP_TOKEN',
    name: 'TypeError',
    message: `Header name must be a valid HTTP token ["${n}"]`,
  }, JSON.stringify(n));
}
for (const n of goodNames) http.validateHeaderName(n);

const badValues = ['a\rb', 'a\nb', 'a\0b', 'a\u0100', '\x7f', '\x1f', 'x\r\nInjected: 1'];
const goodValues = ['ok', 'é' /* latin1 */, 'tab\there', ' lead', 1, ['a', 'b'], ''];
for (const v of badValues) {
  assert.throws(() => http.validateHeaderValue('x-h', v), {
    code: 'ERR_INVALID_CHAR',
    name: 'TypeError',
    message: 'Invalid character in header content ["x-h"]',
  }, JSON.stringify(v));
}
for (const v of goodValues) http.validateHeaderValue('x-h', v);
assert.throws(() => http.validateHeaderValue('x-h', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  name: 'TypeError',
  message: 'Invalid value "undefined" for header "x-h"',
});

const server = http.createServer(mustCall((req, res) => {
  for (const n of badNames) {
    assert.throws(() => res.setHeader(n, 'v'), { code: 'ERR_INVALID_HTTP_TOKEN' }, JSON.stringify(n));
  }
  for (const v of badValues) {
    assert.throws(() => res.setHeader('x-h', v), { code: 'ERR_INVALID_CHAR' }, JSON.stringify(v));
  }
  assert.throws(() => res.setHeader('x-h', undefined), { code: 'ERR_HTTP_INVALID_HEADER_VALUE' });
  assert.throws(() => res.writeHead(200, { 'bad name': 'v' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.strictEqual(res.headersSent, false);
  assert.throws(() => res.writeHead(200, { 'x-h': 'a\nb' }), { code: 'ERR_INVALID_CHAR' });
  assert.strictEqual(res.headersSent, false);
  // Invalid status codes.
  assert.throws(() => res.writeHead(99), { code: 'ERR_HTTP_INVALID_STATUS_CODE', name: 'RangeError',
                                           message: 'Invalid status code: 99' });
  assert.throws(() => res.writeHead(1000), { code: 'ERR_HTTP_INVALID_STATUS_CODE' });
  // Nothing bad got in: a valid response still goes out.
  res.setHeader('x-latin1', 'é');
  res.end('ok');
}));

listen(server).then(mustCall((port) => {
  const req = http.request({ port, host: '127.0.0.1' });
  assert.throws(() => req.setHeader('bad name', 'v'), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => req.setHeader('x-h', 'a\r\nb'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => http.request({ port, host: '127.0.0.1', headers: { 'bad name': 'v' } }),
                { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => http.request({ port, host: '127.0.0.1', headers: { 'x-h': 'a\nb' } }),
                { code: 'ERR_INVALID_CHAR' });
  // A path with a space or control character is refused too.
  assert.throws(() => http.request({ port, host: '127.0.0.1', path: '/a b' }),
                { code: 'ERR_UNESCAPED_CHARACTERS', name: 'TypeError',
                  message: 'Request path contains unescaped characters' });
  assert.throws(() => http.request({ port, host: '127.0.0.1', method: 'BAD METHOD' }),
                { code: 'ERR_INVALID_HTTP_TOKEN', message: 'Method must be a valid HTTP token ["BAD METHOD"]' });
  req.on('response', mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(typeof res.headers['x-latin1'], 'string');
    res.resume();
    res.on('end', mustCall(() => server.close()));
  }));
  req.end();
}));
