'use strict';
// Raw bytes of responses that set no headers of their own (the ones eddy
// builds from a kept header block) next to ones that do, over one
// keep-alive connection and a few more: status codes and messages, lengths
// in bytes, encodings, HEAD, 204, HTTP/1.0, keepAliveTimeout and
// maxRequestsPerSocket. The Date value is masked.
const http = require('http');
const net = require('net');

const handlers = [
  (req, res) => res.end('hello'),
  (req, res) => res.end('hello'),
  (req, res) => res.end('héllo wörld'),
  (req, res) => res.end('\u00e9t\u00e9', 'latin1'),
  (req, res) => res.end(),
  (req, res) => { res.statusCode = 404; res.end('nope'); },
  (req, res) => { res.writeHead(201, 'Made'); res.end('made'); },
  (req, res) => { res.statusMessage = 'Fine'; res.end('fine'); },
  (req, res) => { res.writeHead(299); res.end('odd'); },
  (req, res) => { res.setHeader('X-A', '1'); res.end('with header'); },
  (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('typed'); },
  (req, res) => res.end(Buffer.from('bytes')),
  (req, res) => { res.write('chunk'); res.end('ed'); },
  (req, res) => { res.writeHead(204); res.end(); },
  (req, res) => res.end('head'),
  (req, res) => {
    try { res.writeHead(200, 'bad\nmessage'); } catch (e) { console.log('throws', e.code); }
    res.statusMessage = undefined;
    res.end('after');
  },
  (req, res) => res.end('hello'),
];
let n = 0;
const server = http.createServer((req, res) => handlers[n++ % handlers.length](req, res));

function exchange(port, requests, done) {
  const c = net.connect(port, '127.0.0.1');
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.on('end', () => { c.end(); });
  c.on('close', () => {
    console.log(JSON.stringify(data.replace(/Date: [^\r]*/g, 'Date: <date>')));
    done();
  });
  c.write(requests);
}

const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let all = '';
  for (let i = 0; i < 14; i++) all += get('/' + i);
  all += 'HEAD /head HTTP/1.1\r\nHost: x\r\n\r\n';
  all += get('/bad');
  all += 'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  exchange(port, all, () => {
    n = 0;
    exchange(port, 'GET / HTTP/1.0\r\n\r\n', () => {
      server.keepAliveTimeout = 0;
      n = 0;
      exchange(port, get('/a') + 'GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', () => {
        server.keepAliveTimeout = 7500;
        server.maxRequestsPerSocket = 2;
        n = 0;
        exchange(port, get('/a') + get('/b'), () => server.close());
      });
    });
  });
});
