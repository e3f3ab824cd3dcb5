'use strict';
// Every way of ending a socket gives its file descriptor back: closed when
// bound, when never bound, during an implicit bind, after a failed bind,
// with sends in flight, and through an AbortSignal.
const assert = require('assert');
const dgram = require('dgram');
const fs = require('fs');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;

// Warm up what opens descriptors once (dns, the thread pool).
const warm = dgram.createSocket('udp4');
warm.bind(0, '127.0.0.1', () => warm.close(start));

function start() {
  setImmediate(() => {
    const before = fdCount();
    let pending = 0;
    const closed = () => {
      if (--pending === 0) setImmediate(check, before);
    };
    const track = (s) => {
      pending++;
      s.on('close', closed);
      return s;
    };
    for (let i = 0; i < 10; i++) {
      const bound = track(dgram.createSocket(i % 2 ? 'udp4' : 'udp6'));
      bound.bind(0, i % 2 ? '127.0.0.1' : '::1', () => {
        bound.send('x', bound.address().port, i % 2 ? '127.0.0.1' : '::1');
        bound.send(['a', 'b'], bound.address().port, i % 2 ? '127.0.0.1' : '::1',
                   () => bound.close());
      });
      track(dgram.createSocket('udp4')).close();  // never bound
      const implicit = track(dgram.createSocket('udp4'));
      implicit.send('y', 9, '127.0.0.1');
      implicit.close();
      const ac = new AbortController();
      const aborted = track(dgram.createSocket({ type: 'udp4', signal: ac.signal }));
      aborted.bind(0, '127.0.0.1', () => ac.abort());
    }
    // A failed bind, then closed.
    const first = dgram.createSocket('udp4');
    first.bind(0, '127.0.0.1', () => {
      const clash = track(dgram.createSocket('udp4'));
      clash.on('error', (err) => {
        assert.strictEqual(err.code, 'EADDRINUSE');
        clash.close();
        first.close();
      });
      clash.bind(first.address().port, '127.0.0.1');
    });
  });
}

function check(before) {
  assert.strictEqual(fdCount(), before);
  console.log('ok');
}
