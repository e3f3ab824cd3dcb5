'use strict';
// 1000 datagrams over loopback (udp4 and udp6) arrive without loss, counted
// per payload so order does not matter. The sender keeps a window of 100
// in flight so the receiver's kernel buffer never overflows.
const assert = require('assert');
const dgram = require('dgram');

const kTotal = 1000;
const kWindow = 100;

function run(type, host) {
  return new Promise((resolve) => {
    const receiver = dgram.createSocket(type);
    const sender = dgram.createSocket(type);
    const seen = new Map();
    let received = 0;
    let sent = 0;
    let callbacks = 0;
    receiver.on('message', (msg) => {
      const key = msg.toString();
      seen.set(key, (seen.get(key) || 0) + 1);
      received++;
      if (received === kTotal) {
        assert.strictEqual(seen.size, kTotal);
        for (let i = 0; i < kTotal; i++) assert.strictEqual(seen.get(`datagram ${i}`), 1);
        sender.close();
        receiver.close(resolve);
      } else if (received === sent) {
        sendWindow();
      }
    });
    function sendWindow() {
      const end = Math.min(sent + kWindow, kTotal);
      for (; sent < end; sent++) {
        sender.send(`datagram ${sent}`, receiver.address().port, host, (err) => {
          assert.ifError(err);
          callbacks++;
        });
      }
    }
    receiver.bind(0, host, sendWindow);
    process.on('exit', () => assert.strictEqual(callbacks, kTotal));
  });
}

run('udp4', '127.0.0.1').then(() => run('udp6', '::1')).then(() => console.log('ok'));
