'use strict';
// The server side of benchmark/http/wrk.py: one scenario per process.
//   hello   'Hello World' (keep-alive)
//   64k     a 64 KiB body
//   echo    echoes a POSTed JSON body after parsing it
// Prints "listening <port>" once ready.
const http = require('http');
const scenario = process.argv[2] || 'hello';
const big = Buffer.alloc(64 * 1024, 'x');

const handlers = {
  hello(req, res) {
    res.end('Hello World');
  },
  '64k'(req, res) {
    res.setHeader('Content-Type', 'application/octet-stream');
    res.end(big);
  },
  echo(req, res) {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const value = JSON.parse(body);
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(value));
    });
  },
};

const server = http.createServer(handlers[scenario]);
server.listen(0, '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
