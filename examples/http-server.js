'use strict';
// A small HTTP server: `tools/run.sh examples/http-server.js` then open
// http://127.0.0.1:8080/ (PORT=… to choose another port).
//   GET  /            a greeting
//   GET  /time        the time as JSON
//   POST /echo        echoes the request body (any size, streamed back)
//   anything else     404
const http = require('http');

const port = Number(process.env.PORT) || 8080;

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url, `http://${req.headers.host || 'localhost'}`);
  if (req.method === 'GET' && pathname === '/') {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end(`Hello from eddy ${process.version}!\n`);
  } else if (req.method === 'GET' && pathname === '/time') {
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ now: new Date().toISOString() }) + '\n');
  } else if (req.method === 'POST' && pathname === '/echo') {
    res.setHeader('Content-Type', req.headers['content-type'] || 'application/octet-stream');
    req.pipe(res);
  } else {
    res.statusCode = 404;
    res.end('Not found\n');
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});

// Ctrl-C: stop accepting, let open requests finish.
process.on('SIGINT', () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
});
