'use strict';
// An Expect other than 100-continue: by default 417 Expectation Failed
// without calling the 'request' handler; with a 'checkExpectation' listener,
// that listener answers instead. The connection stays usable.
const assert = require('assert');
const http = require('http');
const { listen, mustCall, mustNotCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const KA = 'Date: DATE\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n';

const s1 = http.createServer(mustCall((req, res) => {
  assert.strictEqual(req.url, '/after');
  res.end('after');
}));
const s2 = http.createServer(mustNotCall());
s2.on('checkExpectation', mustCall((req, res) => {
  assert.strictEqual(req.headers.expect, 'something-else');
  res.writeHead(402);
  res.end('custom');
}));

Promise.all([listen(s1), listen(s2)]).then(mustCall(async ([p1, p2]) => {
  // The 417 comes first, then the next request on the same connection works.
  let r = await rawRequest(p1, [
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nContent-Length: 3\r\n\r\nabc',
    'GET /after HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
  ]);
  assert.strictEqual(normalizeDate(r),
    'HTTP/1.1 417 Expectation Failed\r\n' + KA + 'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 5\r\n\r\nafter');

  r = await rawRequest(p2,
    'POST / HTTP/1.1\r\nHost: x\r\nExpect: something-else\r\nContent-Length: 3\r\n\r\nabc',
    { until: (s) => s.endsWith('0\r\n\r\n') });
  assert.strictEqual(normalizeDate(r),
    'HTTP/1.1 402 Payment Required\r\n' + KA + 'Transfer-Encoding: chunked\r\n\r\n' +
    '6\r\ncustom\r\n0\r\n\r\n');
  s1.close();
  s2.close();
}));
