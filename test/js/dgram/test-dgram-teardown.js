'use strict';
// process.exit() with sockets open in every state (unbound, bound and
// receiving, connected, mid-implicit-bind, with queued sends): teardown
// closes the handles and frees the requests (the ASan build checks it).
process.env.EDDY_TEST_UDP_NO_TRY_SEND = '1';
const assert = require('assert');
const dgram = require('dgram');

dgram.createSocket('udp4');
const pending = dgram.createSocket('udp6');
pending.send('never', 9, '::1');
const s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', () => {
  const c = dgram.createSocket('udp4');
  c.connect(s.address().port, '127.0.0.1', () => {
    for (let i = 0; i < 5; i++) c.send(Buffer.alloc(100));
    s.send('x', s.address().port, '127.0.0.1', assert.fail);
    process.on('exit', (code) => assert.strictEqual(code, 0));
    process.exit(0);
  });
});
