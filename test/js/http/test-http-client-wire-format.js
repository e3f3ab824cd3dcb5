'use strict';
// Exact bytes the client sends (seen by a raw net server): request line,
// Host (with port), header order and casing (options.headers first, then
// Host, then Connection), Connection: close with a non-keep-alive agent and
// keep-alive with the global agent (keep-alive in node 19+), Authorization
// from auth / URL credentials, setHost: false, headers given as a flat
// array (then no Host either), array and number values, Content-Length for
// end(body) / chunked for write(), a user Content-Length or
// Transfer-Encoding, setHeader/removeHeader before sending, method case.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { mustCall, deadline } = require('./common');

deadline();

// Reads one request from the raw connection (head + Content-Length or
// chunked body), answers with an empty Connection: close response.
const received = [];
const server = net.createServer((c) => {
  let d = '';
  c.setEncoding('latin1');
  c.on('data', (x) => {
    d += x;
    const headEnd = d.indexOf('\r\n\r\n');
    if (headEnd < 0) return;
    const head = d.slice(0, headEnd);
    const body = d.slice(headEnd + 4);
    const cl = /\r\ncontent-length: *(\d+)/i.exec(head);
    const chunked = /\r\ntransfer-encoding: *chunked/i.test(head);
    if (cl && body.length < Number(cl[1])) return;
    if (chunked && !body.endsWith('0\r\n\r\n')) return;
    received.push(d);
    c.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', mustCall(async () => {
  const port = server.address().port;
  const H = `Host: 127.0.0.1:${port}\r\n`;
  const agent = new http.Agent();
  // Sends a request built by http.request(...args), lets `fn` write the
  // body, returns the bytes the server got.
  const send = (args, fn = (req) => req.end()) => new Promise((resolve, reject) => {
    const req = http.request(...args, (res) => {
      res.resume();
      res.on('end', () => resolve(received.shift()));
    });
    req.on('error', reject);
    fn(req);
  });
  const o = (extra) => [{ port, host: '127.0.0.1', agent, ...extra }];

  const cases = [
    [[`http://127.0.0.1:${port}/str?q=1`, { agent }], undefined,
     `GET /str?q=1 HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [[new URL(`http://127.0.0.1:${port}/urlobj#frag`), { agent }], undefined,
     `GET /urlobj HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [[`http://127.0.0.1:${port}/merge`, { agent, method: 'PUT', headers: { 'x-m': '1' } }], undefined,
     `PUT /merge HTTP/1.1\r\nx-m: 1\r\n${H}Connection: close\r\nContent-Length: 0\r\n\r\n`],
    // The global agent keeps connections alive.
    [[{ port, host: '127.0.0.1', path: '/global' }], undefined,
     `GET /global HTTP/1.1\r\n${H}Connection: keep-alive\r\n\r\n`],
    [[{ port, host: '127.0.0.1', path: '/noagent', agent: false }], undefined,
     `GET /noagent HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [[`http://user:p%40ss@127.0.0.1:${port}/auth`, { agent }], undefined,
     `GET /auth HTTP/1.1\r\n${H}Authorization: Basic dXNlcjpwQHNz\r\nConnection: close\r\n\r\n`],
    [o({ hostname: '127.0.0.1', host: 'ignored.invalid', path: '/auth2', auth: 'u:p' }), undefined,
     `GET /auth2 HTTP/1.1\r\n${H}Authorization: Basic dTpw\r\nConnection: close\r\n\r\n`],
    [o({ path: '/opts', method: 'POST', headers: { 'X-A': 'b', 'content-type': 'text/plain' } }), undefined,
     `POST /opts HTTP/1.1\r\nX-A: b\r\ncontent-type: text/plain\r\n${H}Connection: close\r\n` +
     'Content-Length: 0\r\n\r\n'],
    [o({ path: '/multi', headers: { 'x-m': ['a', 'b'], 'X-Num': 5 } }), undefined,
     `GET /multi HTTP/1.1\r\nx-m: a\r\nx-m: b\r\nX-Num: 5\r\n${H}Connection: close\r\n\r\n`],
    [o({ path: '/nohost', setHost: false }), undefined,
     'GET /nohost HTTP/1.1\r\nConnection: close\r\n\r\n'],
    [o({ path: '/hostheader', headers: { host: 'custom.example:99' } }), undefined,
     'GET /hostheader HTTP/1.1\r\nhost: custom.example:99\r\nConnection: close\r\n\r\n'],
    [o({ path: '/arr', headers: ['X-Raw', 'a', 'x-raw', 'b'] }), undefined,
     'GET /arr HTTP/1.1\r\nX-Raw: a\r\nx-raw: b\r\nConnection: close\r\n\r\n'],
    [o({ host: 'localhost', path: '/localhost' }), undefined,
     `GET /localhost HTTP/1.1\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`],
    [o({}), undefined, `GET / HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [o({ method: 'DELETE', path: '/del' }), undefined,
     `DELETE /del HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [o({ method: 'post', path: '/lower' }), (req) => req.end(),
     `POST /lower HTTP/1.1\r\n${H}Connection: close\r\nContent-Length: 0\r\n\r\n`],
    [o({ method: 'HEAD', path: '/head' }), undefined,
     `HEAD /head HTTP/1.1\r\n${H}Connection: close\r\n\r\n`],
    [o({ method: 'POST', path: '/endbody' }), (req) => req.end('body'),
     `POST /endbody HTTP/1.1\r\n${H}Connection: close\r\nContent-Length: 4\r\n\r\nbody`],
    [o({ method: 'POST', path: '/endbuf' }), (req) => req.end(Buffer.from('héllo')),
     `POST /endbuf HTTP/1.1\r\n${H}Connection: close\r\nContent-Length: 6\r\n\r\nh\xc3\xa9llo`],
    [o({ method: 'POST', path: '/chunks' }),
     (req) => { req.write('abc'); req.write(Buffer.from('de')); req.end('f'); },
     `POST /chunks HTTP/1.1\r\n${H}Connection: close\r\nTransfer-Encoding: chunked\r\n\r\n` +
     '3\r\nabc\r\n2\r\nde\r\n1\r\nf\r\n0\r\n\r\n'],
    [o({ method: 'POST', path: '/cl', headers: { 'Content-Length': 6 } }),
     (req) => { req.write('abc'); req.end('def'); },
     `POST /cl HTTP/1.1\r\nContent-Length: 6\r\n${H}Connection: close\r\n\r\nabcdef`],
    [o({ method: 'PATCH', path: '/te', headers: { 'transfer-encoding': 'chunked' } }),
     (req) => req.end('xyz'),
     `PATCH /te HTTP/1.1\r\ntransfer-encoding: chunked\r\n${H}Connection: close\r\n\r\n3\r\nxyz\r\n0\r\n\r\n`],
    [o({ method: 'POST', path: '/setheader' }), (req) => {
      // Host is set when the request is created.
      assert.strictEqual(req.getHeader('host'), `127.0.0.1:${port}`);
      req.setHeader('X-Set', 'v');
      req.setHeader('Content-Type', 'a/b');
      assert.strictEqual(req.getHeader('x-set'), 'v');
      assert.deepStrictEqual(req.getHeaderNames(), ['host', 'x-set', 'content-type']);
      assert.strictEqual(req.hasHeader('X-SET'), true);
      req.removeHeader('content-type');
      req.end('x');
      assert.throws(() => req.setHeader('a', 'b'), { code: 'ERR_HTTP_HEADERS_SENT' });
    }, `POST /setheader HTTP/1.1\r\n${H}X-Set: v\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx`],
  ];
  for (const [args, fn, expected] of cases) {
    const got = await send(args, fn);
    assert.strictEqual(got, expected);
  }
  server.close();
  agent.destroy();
  http.globalAgent.destroy();
}));
