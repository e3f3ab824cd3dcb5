'use strict';
// http: a server's handlers ('connection', 'request', the request's events)
// run in the store of server.listen() — where node 20 makes the listening
// handle — while a client request's callbacks ('response', its events,
// 'close') run in the store of http.request(). Expected values are node 20's.
const assert = require('assert');
const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');

const als = new AsyncLocalStorage();
const seen = [];
const see = (tag) => seen.push(`${tag}=${als.getStore()}`);

const server = als.run('create', () => http.createServer((req, res) => {
  see('request');
  req.on('data', () => see('req.data'));
  req.on('end', () => {
    see('req.end');
    als.run('handler', () => setTimeout(() => {
      see('handler.timeout');
      res.end('ok');
    }, 1));
  });
  res.on('finish', () => see('res.finish'));
}));
server.on('connection', () => see('connection'));

als.run('listen', () => server.listen(0, () => {
  see('listening');
  als.run('client', () => {
    const req = http.request({ port: server.address().port, method: 'POST' }, (res) => {
      see('response');
      res.on('data', () => see('res.data'));
      res.on('end', () => {
        see('res.end');
        server.close(() => see('server.close'));
      });
    });
    req.on('close', () => see('req.close'));
    req.end('body');
  });
}));

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'connection=listen',
    'handler.timeout=handler',
    'listening=listen',
    'req.close=client',
    'req.data=listen',
    'req.end=listen',
    'request=listen',
    'res.data=client',
    'res.end=client',
    'res.finish=handler',
    'response=client',
    'server.close=client',
  ]);
});
