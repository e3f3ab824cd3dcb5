'use strict';
// An unref'd socket (bound and receiving, or with a send in flight) does
// not keep the process alive; ref() makes it count again.
const assert = require('assert');
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.bind(0, '127.0.0.1', () => {
  assert.strictEqual(idle.unref(), idle);
  assert.strictEqual(idle.ref(), idle);
  idle.unref();
});

const sender = dgram.createSocket('udp6');
sender.unref();
sender.send('x', 9, '::1', (err) => assert.ifError(err));

// Closed but unref'd: still fine.
const closed = dgram.createSocket('udp4');
closed.bind(0, '127.0.0.1', () => closed.close().unref());

let exited = false;
process.on('exit', () => {
  exited = true;
  assert(idle.address().port > 0);  // still open: nothing closed it
});
process.on('exit', () => assert(exited));
