'use strict';
// Echo round trips over 127.0.0.1 and ::1 for every message form send()
// takes, with the rinfo shape, send-callback byte counts and the order of
// 'listening', the bind callback and 'close'.
const assert = require('assert');
const dgram = require('dgram');

const forms = [
  ['string', () => 'hello', 'hello'],
  ['utf8 string', () => 'héllo ✓', 'héllo ✓'],
  ['Buffer', () => Buffer.from('buffer'), 'buffer'],
  ['Uint8Array', () => new Uint8Array([117, 56]), 'u8'],
  ['Uint16Array', () => new Uint16Array([0x6968]), 'hi'],
  ['DataView', () => new DataView(new Uint8Array([100, 118]).buffer), 'dv'],
  ['array', () => ['a', Buffer.from('b'), new Uint8Array([99]), new DataView(new Uint8Array([100]).buffer)], 'abcd'],
  ['empty', () => Buffer.alloc(0), ''],
  ['empty array', () => [], ''],
];

function run(type, host) {
  return new Promise((resolve) => {
    const events = [];
    const server = dgram.createSocket(type);
    const client = dgram.createSocket({ type });
    server.on('listening', () => events.push('listening'));
    server.on('message', (msg, rinfo) => {
      assert(Buffer.isBuffer(msg));
      assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
      assert.strictEqual(rinfo.address, host);
      assert.strictEqual(rinfo.family, type === 'udp4' ? 'IPv4' : 'IPv6');
      assert.strictEqual(rinfo.port, client.address().port);
      assert.strictEqual(rinfo.size, msg.length);
      server.send(msg, rinfo.port, rinfo.address);
    });
    server.bind(0, host, () => {
      events.push('bind callback');
      const addr = server.address();
      assert.deepStrictEqual(Object.keys(addr), ['address', 'family', 'port']);
      assert.strictEqual(addr.address, host);
      const port = addr.port;
      const replies = [];
      const sent = [];
      let i = 0;
      const next = () => {
        if (i === forms.length) {
          assert.deepStrictEqual(replies, forms.map((f) => f[2]));
          assert.deepStrictEqual(sent, forms.map((f) => Buffer.byteLength(f[2])));
          client.close(() => {
            events.push('client close');
            server.close();
          });
          server.on('close', () => {
            events.push('server close');
            assert.deepStrictEqual(events, ['listening', 'bind callback', 'client close',
                                            'server close']);
            resolve();
          });
          return;
        }
        const [, make] = forms[i++];
        client.send(make(), port, host, (err, bytes) => {
          assert.ifError(err);
          sent.push(bytes);
        });
      };
      client.on('message', (msg, rinfo) => {
        assert.strictEqual(rinfo.port, port);
        replies.push(msg.toString());
        next();
      });
      next();
    });
  });
}

// offset/length forms of a Buffer and a string, and a callback-less send.
function runSlices() {
  return new Promise((resolve) => {
    const server = dgram.createSocket('udp4');
    const got = [];
    server.on('message', (msg) => {
      got.push(msg.toString());
      if (got.length === 3) {
        assert.deepStrictEqual(got.sort(), ['ell', 'orl', 'xyz']);
        server.close(resolve);
        client.close();
      }
    });
    const client = dgram.createSocket('udp4');
    server.bind(0, '127.0.0.1', () => {
      const port = server.address().port;
      client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1', (err, n) => {
        assert.ifError(err);
        assert.strictEqual(n, 3);
        client.send('world', 1, 3, port, '127.0.0.1');
        client.send('xyz', port);  // no address: the family's loopback
      });
    });
    assert.throws(() => client.send(Buffer.from('ab'), 3, 1, 1234, '127.0.0.1'),
                  { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
    assert.throws(() => client.send(Buffer.from('ab'), 1, 5, 1234, '127.0.0.1'),
                  { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
  });
}

run('udp4', '127.0.0.1')
  .then(() => run('udp6', '::1'))
  .then(runSlices)
  .then(() => console.log('ok'));
