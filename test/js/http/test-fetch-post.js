'use strict';
// fetch() request bodies: a string (text/plain;charset=UTF-8), JSON with an
// explicit content-type, URLSearchParams (urlencoded), a Uint8Array (no
// content-type), all with Content-Length; PUT/DELETE/PATCH methods; custom
// headers given as an object, an array of pairs and a Headers; GET with a
// body is a TypeError.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  let b = '';
  req.setEncoding('utf8');
  req.on('data', (d) => b += d);
  req.on('end', () => {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({
      method: req.method,
      type: req.headers['content-type'] ?? null,
      length: req.headers['content-length'] ?? null,
      te: req.headers['transfer-encoding'] ?? null,
      x: req.headers['x-custom'] ?? null,
      body: b,
    }));
  });
});

listen(server).then(mustCall(async (port) => {
  const url = `http://127.0.0.1:${port}/echo`;
  const post = async (init) => (await fetch(url, init)).json();

  assert.deepStrictEqual(await post({ method: 'POST', body: 'héllo' }), {
    method: 'POST', type: 'text/plain;charset=UTF-8', length: '6', te: null, x: null, body: 'héllo',
  });
  assert.deepStrictEqual(await post({
    method: 'POST', body: JSON.stringify({ x: 1 }), headers: { 'content-type': 'application/json' },
  }), { method: 'POST', type: 'application/json', length: '7', te: null, x: null, body: '{"x":1}' });
  assert.deepStrictEqual(await post({ method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y&z' }) }), {
    method: 'POST', type: 'application/x-www-form-urlencoded;charset=UTF-8', length: '13', te: null,
    x: null, body: 'a=1&b=x+y%26z',
  });
  assert.deepStrictEqual(await post({ method: 'POST', body: new Uint8Array([104, 105]) }), {
    method: 'POST', type: null, length: '2', te: null, x: null, body: 'hi',
  });
  assert.deepStrictEqual(await post({ method: 'PUT', body: 'p', headers: [['X-Custom', 'arr']] }), {
    method: 'PUT', type: 'text/plain;charset=UTF-8', length: '1', te: null, x: 'arr', body: 'p',
  });
  assert.deepStrictEqual(await post({ method: 'DELETE', headers: new Headers({ 'x-custom': 'h' }) }), {
    method: 'DELETE', type: null, length: null, te: null, x: 'h', body: '',
  });
  assert.deepStrictEqual(await post({ method: 'PATCH', body: '' }), {
    method: 'PATCH', type: 'text/plain;charset=UTF-8', length: '0', te: null, x: null, body: '',
  });
  await assert.rejects(fetch(url, { method: 'GET', body: 'x' }), { name: 'TypeError' });
  await assert.rejects(fetch(url, { method: 'HEAD', body: 'x' }), { name: 'TypeError' });
  server.close();
}));
