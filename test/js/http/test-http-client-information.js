'use strict';
// 1xx responses. Server: writeProcessing (102), writeEarlyHints (103, Link
// values joined with ', ', other headers as given), writeContinue (100), on
// the wire before the final response. Client: an 'information' event per
// 1xx (statusCode, statusMessage, httpVersion, headers, rawHeaders) before
// 'response'; with Expect: 100-continue, 'continue' lets the client send the
// body ('continue' comes before the 'information' event for the 100).
const assert = require('assert');
const http = require('http');
const { listen, mustCall, rawRequest, normalizeDate, deadline } = require('./common');

deadline();

const server = http.createServer((req, res) => {
  if (req.url === '/info') {
    res.writeProcessing();
    res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'], 'x-h': 'v' });
    res.end('done');
    return;
  }
  let b = '';
  req.on('data', (d) => b += d);
  req.on('end', () => res.end('got ' + b));
});

listen(server).then(mustCall(async (port) => {
  const raw = await rawRequest(port, 'GET /info HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  assert.strictEqual(normalizeDate(raw),
    'HTTP/1.1 102 Processing\r\n\r\n' +
    'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload, </b.js>; rel=preload\r\nx-h: v\r\n\r\n' +
    'HTTP/1.1 200 OK\r\nDate: DATE\r\nConnection: close\r\nContent-Length: 4\r\n\r\ndone');

  const ev = [];
  await new Promise((resolve) => {
    const req = http.get({ port, host: '127.0.0.1', path: '/info', agent: false }, mustCall((res) => {
      ev.push('response ' + res.statusCode);
      res.resume();
      res.on('end', resolve);
    }));
    req.on('information', (i) => {
      ev.push([i.statusCode, i.statusMessage, i.httpVersion, i.headers, i.rawHeaders]);
    });
  });
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/c', agent: false,
                               headers: { Expect: '100-continue' } }, mustCall((res) => {
      let b = '';
      res.on('data', (d) => b += d);
      res.on('end', () => { ev.push('body ' + b); resolve(); });
    }));
    req.on('continue', mustCall(() => {
      ev.push('continue');
      req.end('abc');
    }));
    req.on('information', (i) => ev.push('information ' + i.statusCode));
  });
  assert.deepStrictEqual(ev, [
    [102, 'Processing', '1.1', {}, []],
    [103, 'Early Hints', '1.1', { link: '</a.css>; rel=preload, </b.js>; rel=preload', 'x-h': 'v' },
     ['Link', '</a.css>; rel=preload, </b.js>; rel=preload', 'x-h', 'v']],
    'response 200',
    'continue',
    'information 100',
    'body got abc',
  ]);
  server.close();
}));
