'use strict';
// dns.promises.Resolver and the module-level dns.promises.resolve* against
// dns-responder.py; run by test-dns-resolve-promises.sh, output compared
// with node 20's.
// usage: RUNTIME resolve-promises.js PORT
const dns = require('dns');
const dnsPromises = require('dns/promises');
const describe = require('./describe');
const server = `127.0.0.1:${process.argv[2]}`;

async function show(label, fn) {
  try {
    console.log(`${label}: ${describe(null, await fn())}`);
  } catch (err) {
    console.log(`${label}: ${describe(err)}`);
  }
}

(async () => {
  console.log(`same module: ${dns.promises === dnsPromises}`);
  const r = new dnsPromises.Resolver({ timeout: 300, tries: 1 });
  r.setServers([server]);
  await show('A', () => r.resolve4('a.test'));
  await show('A ttl', () => r.resolve4('a.test', { ttl: true }));
  await show('AAAA ttl', () => r.resolve6('a.test', { ttl: true }));
  await show('CNAME', () => r.resolveCname('cname.test'));
  await show('MX', () => r.resolveMx('mx.test'));
  await show('NS', () => r.resolveNs('ns.test'));
  await show('TXT', () => r.resolveTxt('txt.test'));
  await show('SRV', () => r.resolveSrv('srv.test'));
  await show('PTR', () => r.resolvePtr('ptr.test'));
  await show('SOA', () => r.resolveSoa('soa.test'));
  await show('CAA', () => r.resolveCaa('caa.test'));
  await show('NAPTR', () => r.resolveNaptr('naptr.test'));
  await show('ANY', () => r.resolveAny('any.test'));
  await show('reverse', () => r.reverse('5.6.7.8'));
  await show('reverse IPv6', () => r.reverse('2001:db8::1'));
  await show('resolve default', () => r.resolve('a.test'));
  await show('resolve TXT', () => r.resolve('txt.test', 'TXT'));
  await show('resolve CAA', () => r.resolve('caa.test', 'CAA'));
  await show('SERVFAIL', () => r.resolveSrv('servfail.test'));
  await show('NXDOMAIN', () => r.resolveNaptr('nx.test'));
  await show('no data', () => r.resolveSoa('empty.test'));
  await show('timeout', () => r.resolveAny('timeout.test'));
  await show('bad reverse address (rejects)', () => r.reverse('not-an-ip'));
  await show('bad rrtype (throws)', () => r.resolve('a.test', 'BAD'));

  // Many at once.
  const all = await Promise.all(Array.from({ length: 40 }, (_, i) =>
    r.resolveTxt(i % 2 ? 'txt.test' : 'nx.test').then((v) => describe(null, v), (e) => describe(e))));
  console.log(`parallel: ${[...new Set(all)].sort().join(' | ')}`);

  // cancel()
  const c = new dnsPromises.Resolver({ timeout: 5000 });
  c.setServers([server]);
  const pending = [c.resolve4('timeout.test'), c.reverse('1.2.3.4')];
  c.cancel();
  for (const p of pending) await show('cancelled', () => p);

  // Module-level functions: dns.promises.setServers changes dns.promises
  // only; dns.setServers changes both.
  dnsPromises.setServers([server]);
  console.log(`servers: ${dnsPromises.getServers()[0] === server} ${dns.getServers()[0] === server}`);
  await show('dns.promises.resolve4', () => dnsPromises.resolve4('a.test'));
  await show('dns.promises.resolveMx', () => dnsPromises.resolveMx('mx.test'));
  await show('dns.promises.resolve ANY', () => dnsPromises.resolve('any.test', 'ANY'));
  await show('dns.promises.reverse', () => dnsPromises.reverse('1.2.3.4'));
  dns.setServers(['127.0.0.1:1']);
  console.log(`servers: ${dnsPromises.getServers()[0]} ${dns.getServers()[0]}`);
  dns.setServers([server]);
  await show('after dns.setServers', () => dnsPromises.resolveNs('ns.test'));
  console.log('done');
})();
