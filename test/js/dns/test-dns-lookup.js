'use strict';
// dns.lookup / lookupService on getaddrinfo, with names that need no network
// (IP literals and localhost from /etc/hosts). Expected values from node 20.
const assert = require('assert');
const dns = require('dns');

let pending = 0;
function expect(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}

dns.lookup('127.0.0.1', expect((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('::1', { all: true }, expect((err, list) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(list, [{ address: '::1', family: 6 }]);
}));
dns.lookup('localhost', { family: 4 }, expect((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 4);
}));
dns.lookup('localhost', { family: 4, all: true }, expect((err, list) => {
  assert.strictEqual(err, null);
  assert.ok(list.some((e) => e.address === '127.0.0.1' && e.family === 4));
}));
dns.lookup('', expect((err, address, family) => {
  assert.strictEqual(err, null);
  assert.strictEqual(address, null);
  assert.strictEqual(family, 4);
}));
// A name longer than 255 bytes is refused before any query, with node's
// EINVAL shape (and asynchronously).
dns.lookup('a'.repeat(256), expect((err) => {
  assert.strictEqual(err.code, 'EINVAL');
  assert.strictEqual(err.errno, -22);
  assert.strictEqual(err.syscall, 'getaddrinfo');
  assert.strictEqual(err.hostname, 'a'.repeat(256));
  assert.strictEqual(err.message, `getaddrinfo EINVAL ${'a'.repeat(256)}`);
}));
dns.promises.lookup('localhost', 4).then(expect((result) => {
  assert.deepStrictEqual(result, { address: '127.0.0.1', family: 4 });
}));
dns.lookupService('127.0.0.1', 22, expect((err, hostname, service) => {
  assert.strictEqual(err, null);
  assert.strictEqual(typeof hostname, 'string');
  assert.strictEqual(service, 'ssh');
}));

// Callbacks never run synchronously.
assert.strictEqual(pending, 8);

assert.throws(() => dns.lookup(5, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hostname" argument must be of type string. Received type number (5)',
});
assert.throws(() => dns.lookup('x', { family: 5 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dns.lookupService('nope', 22, () => {}), { code: 'ERR_INVALID_ARG_VALUE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');

process.on('exit', () => assert.strictEqual(pending, 0));
