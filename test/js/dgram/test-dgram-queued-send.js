'use strict';
// The queued send path (uv_udp_send after uv_udp_try_send could not take
// the datagram), forced through EDDY_TEST_UDP_NO_TRY_SEND (node ignores
// it and sends at once): callbacks with byte counts, arrays of pieces,
// connected sends, and a close with sends still queued.
process.env.EDDY_TEST_UDP_NO_TRY_SEND = '1';
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg) => {
  got.push(msg.toString());
  if (got.length === 4) {
    assert.deepStrictEqual(got.sort(), ['', 'abc', 'one', 'three']);
    closeWithQueue();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const client = dgram.createSocket('udp4');
  const counts = [];
  client.send('one', port, '127.0.0.1', (err, n) => {
    assert.ifError(err);
    counts.push(n);
  });
  client.send(['a', Buffer.from('b'), new Uint8Array([99])], port, '127.0.0.1', (err, n) => {
    assert.ifError(err);
    counts.push(n);
  });
  client.send([], port, '127.0.0.1', (err, n) => {
    assert.ifError(err);
    counts.push(n);
    client.connect(port, '127.0.0.1', () => {
      client.send(Buffer.from('three'), (err, n) => {
        assert.ifError(err);
        counts.push(n);
        assert.deepStrictEqual(counts, [3, 3, 0, 5]);
        client.close();
      });
    });
  });
});

function closeWithQueue() {
  const c = dgram.createSocket('udp6');
  c.bind(0, '::1', () => {
    let calls = 0;
    for (let i = 0; i < 20; i++) {
      c.send(Buffer.alloc(1000), c.address().port, '::1', () => calls++);
    }
    c.close(() => {
      server.close();
      // Every datagram was either sent or cancelled by the close; none is
      // left without its callback having run or being dropped silently.
      assert(calls <= 20);
    });
  });
}
