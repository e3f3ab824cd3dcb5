'use strict';
// autoSelectFamily (happy eyeballs, on by default in node 20): with several
// addresses from the lookup, each is tried in turn — families alternating —
// until one connects; all failing gives an AggregateError of the attempts.
// With autoSelectFamily: false the lookup is asked for one address.
const assert = require('assert');
const net = require('net');

assert.strictEqual(net.getDefaultAutoSelectFamily(), true);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
assert.throws(() => net.setDefaultAutoSelectFamily('yes'), { code: 'ERR_INVALID_ARG_TYPE' });

const server = net.createServer((c) => { c.on('error', () => {}); c.end('hi'); }).listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const lookupOf = (list) => (host, options, cb) => {
    assert.deepStrictEqual(options, { family: undefined, hints: 32, all: true });
    cb(null, list);
  };

  // 127.0.0.2 refuses (nothing listens there), 127.0.0.1 answers.
  const first = await new Promise((resolve, reject) => {
    const c = net.connect({ host: 'two.test', port,
                            lookup: lookupOf([{ address: '127.0.0.2', family: 4 },
                                              { address: '127.0.0.1', family: 4 }]) });
    c.on('error', reject);
    c.on('connect', () => {
      resolve([c.remoteAddress, c.autoSelectFamilyAttemptedAddresses]);
      c.destroy();
    });
  });
  assert.deepStrictEqual(first, ['127.0.0.1', [`127.0.0.2:${port}`, `127.0.0.1:${port}`]]);

  // Families take turns, starting with the first address's.
  const order = await new Promise((resolve) => {
    const c = net.connect({ host: 'mixed.test', port,
                            lookup: lookupOf([{ address: '::1', family: 6 },
                                              { address: '::2', family: 6 },
                                              { address: '127.0.0.1', family: 4 }]) });
    c.on('error', () => {});
    c.on('connect', () => {
      resolve(c.autoSelectFamilyAttemptedAddresses);
      c.destroy();
    });
  });
  assert.deepStrictEqual(order, [`::1:${port}`, `127.0.0.1:${port}`]);

  // Everything refused: one AggregateError listing each attempt.
  const failure = await new Promise((resolve) => {
    const c = net.connect({ host: 'none.test', port: 1,
                            lookup: lookupOf([{ address: '127.0.0.2', family: 4 },
                                              { address: '127.0.0.3', family: 4 }]) });
    c.on('error', resolve);
  });
  assert(failure instanceof AggregateError);
  assert.strictEqual(failure.code, 'ECONNREFUSED');
  assert.deepStrictEqual(failure.errors.map((e) => [e.code, e.syscall, e.address, e.port]),
                         [['ECONNREFUSED', 'connect', '127.0.0.2', 1],
                          ['ECONNREFUSED', 'connect', '127.0.0.3', 1]]);

  // Turned off: one address is asked for (no `all`), one attempt.
  const single = await new Promise((resolve) => {
    const c = net.connect({ host: 'off.test', port, autoSelectFamily: false,
                            lookup: (host, options, cb) => {
                              assert.deepStrictEqual(options, { family: undefined, hints: 32 });
                              cb(null, '127.0.0.2', 4);
                            } });
    c.on('error', resolve);
  });
  assert.strictEqual(single.code, 'ECONNREFUSED');
  assert.strictEqual(single.address, '127.0.0.2');
  server.close();
});
