'use strict';
// dns.Resolver / dns.promises.Resolver without a server: argument
// validation, setServers/getServers formats, setLocalAddress, the module's
// shape and the synchronous errors. Expected values from node 20.
const assert = require('assert');
const dns = require('dns');
const dnsPromises = dns.promises;
assert.strictEqual(dnsPromises, require('dns/promises'));

const code = (c, name) => ({ code: c, name: name || 'TypeError' });

// --- the module's shape ------------------------------------------------------
const queryNames = [
  'resolveAny', 'resolve4', 'resolve6', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNs',
  'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse', 'resolve',
];
assert.deepStrictEqual(Object.getOwnPropertyNames(dns.Resolver.prototype),
                       ['constructor', ...queryNames]);
assert.deepStrictEqual(Object.getOwnPropertyNames(dnsPromises.Resolver.prototype),
                       ['constructor', ...queryNames]);
assert.deepStrictEqual(
  Object.getOwnPropertyNames(Object.getPrototypeOf(dns.Resolver.prototype)),
  ['constructor', 'cancel', 'getServers', 'setServers', 'setLocalAddress']);
assert.notStrictEqual(dns.Resolver, dnsPromises.Resolver);
assert.strictEqual(dns.Resolver.prototype.resolve4.name, 'queryA');
assert.strictEqual(dns.Resolver.prototype.resolve6.name, 'queryAaaa');
assert.strictEqual(dns.Resolver.prototype.reverse.name, 'getHostByAddr');
assert.strictEqual(dnsPromises.Resolver.prototype.resolveSoa.name, 'querySoa');
assert.strictEqual(dns.resolve4.name, 'bound queryA');
assert.strictEqual(dns.getServers.name, 'bound getServers');
assert.strictEqual(dns.setServers.name, 'defaultResolverSetServers');
const tail = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
              'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
              'resolveSrv', 'resolveTxt', 'reverse'];
const codes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY',
               'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM',
               'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED',
               'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];
const head = ['lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
              'setDefaultResultOrder', 'setServers'];
assert.deepStrictEqual(Object.keys(dns),
                       [...head, 'ADDRCONFIG', 'ALL', 'V4MAPPED', ...codes, ...tail, 'promises']);
assert.deepStrictEqual(Object.keys(dnsPromises), [...head, ...codes, ...tail]);
for (const c of codes) {
  assert.strictEqual(dns[c], c === 'EOF' ? 'EOF' : `E${c}`);
  assert.strictEqual(dnsPromises[c], dns[c]);
}
assert.deepStrictEqual(Object.keys(new dns.Resolver()), ['_handle']);

// --- constructor options -----------------------------------------------------
new dns.Resolver(5);
new dns.Resolver(null);
new dns.Resolver({ timeout: -1, tries: 1 });
new dnsPromises.Resolver({ timeout: 0 });
assert.throws(() => new dns.Resolver({ timeout: 'x' }), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "options.timeout" property must be of type number. Received type string (\'x\')',
});
assert.throws(() => new dns.Resolver({ timeout: 1.5 }), {
  ...code('ERR_OUT_OF_RANGE', 'RangeError'),
  message: 'The value of "options.timeout" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => new dns.Resolver({ timeout: -2 }), {
  ...code('ERR_OUT_OF_RANGE', 'RangeError'),
  message: 'The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. ' +
           'Received -2',
});
assert.throws(() => new dnsPromises.Resolver({ tries: 0 }), {
  ...code('ERR_OUT_OF_RANGE', 'RangeError'),
  message: 'The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. ' +
           'Received 0',
});
assert.throws(() => new dns.Resolver({ tries: 'x' }), code('ERR_INVALID_ARG_TYPE'));

// --- query arguments -----------------------------------------------------------
const r = new dns.Resolver();
r.setServers(['127.0.0.1:1']);  // nothing below reaches a server
assert.throws(() => r.resolve4(123, () => {}), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "name" argument must be of type string. Received type number (123)',
});
assert.throws(() => r.resolve4('x'), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => r.reverse(1, () => {}), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => r.resolve('x', 'BAD', () => {}), {
  ...code('ERR_INVALID_ARG_VALUE'),
  message: "The argument 'rrtype' is invalid. Received 'BAD'",
});
assert.throws(() => r.resolve('x', 'a', () => {}), code('ERR_INVALID_ARG_VALUE'));
assert.throws(() => r.resolve('x', 'constructor', () => {}), code('ERR_INVALID_ARG_VALUE'));
assert.throws(() => r.resolve('x', 1, () => {}), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "rrtype" argument must be of type string. Received type number (1)',
});
assert.throws(() => r.resolve('x'), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => r.resolve('x', 'A'), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => dnsPromises.resolve4(5), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => dnsPromises.resolve('x', 5), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => dnsPromises.resolve('x', 'BAD'), code('ERR_INVALID_ARG_VALUE'));
// A bad reverse address: thrown by the callback API, a rejection in the
// promise API; errno is libuv's EINVAL.
assert.throws(() => r.reverse('foo', () => {}), {
  name: 'Error', code: 'EINVAL', errno: -22, syscall: 'getHostByAddr', hostname: 'foo',
  message: 'getHostByAddr EINVAL foo',
});
const rejected = new dnsPromises.Resolver().reverse('foo');
assert.ok(rejected instanceof Promise);
rejected.catch((err) => assert.strictEqual(err.code, 'EINVAL'));

// --- servers -------------------------------------------------------------------
function servers(list) {
  const resolver = new dns.Resolver();
  resolver.setServers(list);
  return resolver.getServers();
}
assert.deepStrictEqual(servers(['1.2.3.4', '1.2.3.4:53', '1.2.3.4:54']), ['1.2.3.4', '1.2.3.4:54']);
assert.deepStrictEqual(servers(['[::1]:53', '[fe80::1]:1234', '::ffff:1.2.3.4', '[::2]']),
                       ['::1', '[fe80::1]:1234', '::ffff:1.2.3.4', '::2']);
assert.deepStrictEqual(servers(['[1.2.3.4]:53', '[1.2.3.5]', '1.2.3.6:053']),
                       ['1.2.3.4', '1.2.3.5', '1.2.3.6']);
assert.deepStrictEqual(servers(['1.2.3.4:65535', '1.2.3.5:65536', '1.2.3.6:99999']),
                       ['1.2.3.4:65535', '1.2.3.5', '1.2.3.6:34463']);
assert.deepStrictEqual(servers(['fe80::1%eth0']), ['fe80::1']);
assert.deepStrictEqual(servers([]), []);
assert.throws(() => r.setServers('1.2.3.4'), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "servers" argument must be an instance of Array. Received type string (\'1.2.3.4\')',
});
assert.throws(() => r.setServers(['1.2.3.4', 1]), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "servers[1]" argument must be of type string. Received type number (1)',
});
for (const bad of ['foo', '', ' 1.2.3.4', '1.2.3.4:abc', '1.2.3.4:-1', '[foo]:53']) {
  assert.throws(() => r.setServers([bad]), {
    ...code('ERR_INVALID_IP_ADDRESS'), message: `Invalid IP address: ${bad}`,
  });
}
assert.deepStrictEqual(r.getServers(), ['127.0.0.1:1']);  // unchanged by the failures

// dns.setServers makes a new default resolver for dns and dns.promises;
// dns.promises.setServers one for dns.promises only.
const { resolve4 } = dns;
dns.setServers(['1.2.3.4']);
assert.notStrictEqual(dns.resolve4, resolve4);
assert.deepStrictEqual([dns.getServers(), dnsPromises.getServers()], [['1.2.3.4'], ['1.2.3.4']]);
dnsPromises.setServers(['1.2.3.5']);
assert.deepStrictEqual([dns.getServers(), dnsPromises.getServers()], [['1.2.3.4'], ['1.2.3.5']]);
dns.setServers(['1.2.3.6']);
assert.deepStrictEqual([dns.getServers(), dnsPromises.getServers()], [['1.2.3.6'], ['1.2.3.6']]);

// --- setLocalAddress -----------------------------------------------------------
r.setLocalAddress('127.0.0.1');
r.setLocalAddress('::1');
r.setLocalAddress('127.0.0.1', '::1');
r.setLocalAddress('::1', '127.0.0.1');
assert.throws(() => r.setLocalAddress(), {
  ...code('ERR_INVALID_ARG_TYPE'),
  message: 'The "ipv4" argument must be of type string. Received undefined',
});
assert.throws(() => r.setLocalAddress('1.2.3.4', 5), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => r.setLocalAddress('foo'), {
  ...code('ERR_INVALID_ARG_VALUE'), message: 'Invalid IP address.',
});
assert.throws(() => r.setLocalAddress('1.2.3.4', 'bar'), {
  ...code('ERR_INVALID_ARG_VALUE'), message: 'Invalid IP address.',
});
assert.throws(() => r.setLocalAddress('1.2.3.4', '1.2.3.5'), {
  ...code('ERR_INVALID_ARG_VALUE'), message: 'Cannot specify two IPv4 addresses.',
});
assert.throws(() => r.setLocalAddress('::1', '::2'), {
  ...code('ERR_INVALID_ARG_VALUE'), message: 'Cannot specify two IPv6 addresses.',
});

// cancel() on a resolver that never ran a query does nothing.
new dns.Resolver().cancel();
new dnsPromises.Resolver().cancel();
