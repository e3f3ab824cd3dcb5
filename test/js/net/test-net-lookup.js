'use strict';
// net.connect resolves names through options.lookup, called as node 20 calls
// it (all addresses when no family is given, one address with a family), and
// emits 'lookup'; a lookup error destroys the socket with it.
const assert = require('assert');
const net = require('net');

const server = net.createServer((c) => c.end('hi')).listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const calls = [];
  const lookup = (host, options, cb) => {
    calls.push([host, options]);
    setImmediate(cb, null, [{ address: '127.0.0.1', family: 4 }]);
  };
  const socket = net.connect({ port, host: 'example-name.test', lookup });
  const events = [];
  socket.on('lookup', (err, ip, family, host) => events.push(['lookup', err, ip, family, host]));
  socket.on('connect', () => events.push(['connect']));
  let data = '';
  socket.on('data', (d) => { data += d; });
  socket.on('close', () => {
    assert.deepStrictEqual(calls, [['example-name.test', { family: undefined, hints: 32, all: true }]]);
    assert.deepStrictEqual(events, [['lookup', null, '127.0.0.1', 4, 'example-name.test'],
                                    ['connect']]);
    assert.strictEqual(data, 'hi');
    const withFamily = net.connect({
      port, host: 'fam-name.test', family: 4,
      lookup: (host, options, cb) => {
        assert.deepStrictEqual(options, { family: 4, hints: 0 });
        setImmediate(cb, null, '127.0.0.1', 4);
      },
    });
    withFamily.resume();
    withFamily.on('close', () => {
      const failing = net.connect({
        port, host: 'other-name.test',
        lookup: (host, options, cb) => setImmediate(cb, Object.assign(new Error('no'), { code: 'EFAKE' })),
      });
      failing.on('error', (err) => {
        assert.strictEqual(err.code, 'EFAKE');
        server.close();
      });
    });
  });
});
