'use strict';
// I/O callbacks run in the store of the call that started them: fs callbacks,
// fs.promises, fs streams, crypto, zlib and dns.lookup; 'unhandledRejection'
// and 'uncaughtException' run in the store of the code that failed.
// Expected values are node 20's.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const crypto = require('crypto');
const zlib = require('zlib');
const dns = require('dns');

const als = new AsyncLocalStorage();
const seen = new Set();
const see = (tag) => seen.add(`${tag}=${als.getStore()}`);

process.on('unhandledRejection', (reason) => see(`unhandledRejection-${reason.message}`));
process.on('uncaughtException', (err) => see(`uncaughtException-${err.message}`));

als.run('rej', () => { Promise.reject(new Error('r')); });
als.run('thr', () => setTimeout(() => { throw new Error('t'); }, 1));
als.run('fs', () => {
  fs.readFile(__filename, () => see('readFile'));
  fs.stat(__filename, () => see('stat'));
  fs.open(__filename, 'r', (err, fd) => {
    see('open');
    als.run('close', () => fs.close(fd, () => see('close')));
  });
  fs.promises.readFile(__filename).then(() => see('promises.readFile'));
  (async () => {
    const handle = await fs.promises.open(__filename);
    see('promises.open');
    await handle.close();
    see('handle.close');
  })();
  const stream = fs.createReadStream(__filename);
  stream.on('data', () => see('stream.data'));
  stream.on('close', () => see('stream.close'));
});
als.run('crypto', () => {
  crypto.randomBytes(4, () => see('randomBytes'));
  crypto.pbkdf2('a', 'b', 1, 8, 'sha256', () => see('pbkdf2'));
});
als.run('zlib', () => {
  zlib.gzip('abc', () => see('gzip'));
  const gz = zlib.createGzip();
  gz.on('data', () => see('gzip-stream.data'));
  gz.end('abc');
});
als.run('dns', () => dns.lookup('localhost', () => see('lookup')));

process.on('exit', () => {
  assert.deepStrictEqual([...seen].sort(), [
    'close=close',
    'gzip-stream.data=zlib',
    'gzip=zlib',
    'handle.close=fs',
    'lookup=dns',
    'open=fs',
    'pbkdf2=crypto',
    'promises.open=fs',
    'promises.readFile=fs',
    'randomBytes=crypto',
    'readFile=fs',
    'stat=fs',
    'stream.close=fs',
    'stream.data=fs',
    'uncaughtException-t=thr',
    'unhandledRejection-r=rej',
  ]);
});
