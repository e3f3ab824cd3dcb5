'use strict';
// dns.Resolver and the module-level dns.resolve* (callback API) against
// dns-responder.py; run by test-dns-resolve.sh, output compared with node 20's.
// usage: RUNTIME resolve-callbacks.js PORT
const dns = require('dns');
const describe = require('./describe');
const server = `127.0.0.1:${process.argv[2]}`;

const r = new dns.Resolver({ timeout: 300, tries: 1 });
r.setServers([server]);

// [label, resolver, method, ...args]; run one after another so the output
// order is fixed.
const cases = [
  ['A', r, 'resolve4', 'a.test'],
  ['A ttl', r, 'resolve4', 'a.test', { ttl: true }],
  ['A ttl false', r, 'resolve4', 'a.test', { ttl: false }],
  ['AAAA', r, 'resolve6', 'a.test'],
  ['AAAA ttl', r, 'resolve6', 'a.test', { ttl: true }],
  ['A upper-case, trailing dot', r, 'resolve4', 'A.TEST.'],
  ['A via CNAME', r, 'resolve4', 'cname.test'],
  ['A via CNAME ttl', r, 'resolve4', 'cname.test', { ttl: true }],
  ['A CNAME without address', r, 'resolve4', 'anycname.test'],
  ['CNAME', r, 'resolveCname', 'cname.test'],
  ['MX', r, 'resolveMx', 'mx.test'],
  ['NS', r, 'resolveNs', 'ns.test'],
  ['TXT', r, 'resolveTxt', 'txt.test'],
  ['SRV', r, 'resolveSrv', 'srv.test'],
  ['PTR', r, 'resolvePtr', 'ptr.test'],
  ['SOA', r, 'resolveSoa', 'soa.test'],
  ['CAA', r, 'resolveCaa', 'caa.test'],
  ['NAPTR', r, 'resolveNaptr', 'naptr.test'],
  ['ANY', r, 'resolveAny', 'any.test'],
  ['ANY every type', r, 'resolveAny', 'any2.test'],
  ['ANY CNAME', r, 'resolveAny', 'anycname.test'],
  ['ANY addresses', r, 'resolveAny', 'a.test'],
  ['reverse', r, 'reverse', '1.2.3.4'],
  ['reverse two names', r, 'reverse', '5.6.7.8'],
  ['reverse IPv6', r, 'reverse', '2001:db8::1'],
  ['reverse unknown', r, 'reverse', '9.9.9.9'],
  ['resolve default', r, 'resolve', 'a.test'],
  ['resolve A', r, 'resolve', 'a.test', 'A'],
  ['resolve AAAA', r, 'resolve', 'a.test', 'AAAA'],
  ['resolve MX', r, 'resolve', 'mx.test', 'MX'],
  ['resolve SOA', r, 'resolve', 'soa.test', 'SOA'],
  ['resolve PTR', r, 'resolve', 'ptr.test', 'PTR'],
  ['resolve ANY', r, 'resolve', 'any.test', 'ANY'],
  ['SERVFAIL', r, 'resolve4', 'servfail.test'],
  ['REFUSED', r, 'resolveMx', 'refused.test'],
  ['NXDOMAIN', r, 'resolve6', 'nx.test'],
  ['NXDOMAIN ANY', r, 'resolveAny', 'nx.test'],
  ['no records', r, 'resolve4', 'empty.test'],
  ['no records ANY', r, 'resolveAny', 'empty.test'],
  ['no MX', r, 'resolveMx', 'a.test'],
  ['no CNAME', r, 'resolveCname', 'a.test'],
  ['no TXT', r, 'resolveTxt', 'a.test'],
  ['no SRV', r, 'resolveSrv', 'a.test'],
  ['no PTR', r, 'resolvePtr', 'a.test'],
  ['no SOA', r, 'resolveSoa', 'a.test'],
  ['no CAA', r, 'resolveCaa', 'a.test'],
  ['no NAPTR', r, 'resolveNaptr', 'a.test'],
  ['no NS', r, 'resolveNs', 'a.test'],
  ['TXT truncated over UDP, then TCP', r, 'resolveTxt', 'big.test'],
  ['ANY over TCP', r, 'resolveAny', 'big.test'],
  ['timeout', r, 'resolve4', 'timeout.test'],
  ['after a timeout', r, 'resolve4', 'a.test'],
];

function next(i) {
  if (i === cases.length) return parallel();
  const [label, resolver, method, ...args] = cases[i];
  let sync = true;
  const req = resolver[method](...args, (err, res) => {
    console.log(`${label}${sync ? ' (SYNC!)' : ''}: ${describe(err, res)}`);
    next(i + 1);
  });
  sync = false;
  if (typeof req !== 'object') console.log(`${label}: returned ${typeof req}`);
}

// Many queries at once on one channel.
function parallel() {
  let left = 50;
  const seen = new Set();
  for (let i = 0; i < 50; i++) {
    r.resolve4(i % 2 ? 'a.test' : 'mx.test', (err, res) => {
      seen.add(describe(err, res));
      if (--left === 0) {
        console.log(`parallel: ${[...seen].sort().join(' | ')}`);
        cancel();
      }
    });
  }
}

// cancel(): pending queries fail with ECANCELLED, asynchronously; servers
// can be changed once nothing is pending.
function cancel() {
  const c = new dns.Resolver({ timeout: 5000, tries: 2 });
  c.setServers([server]);
  let left = 2;
  let sync = true;
  const done = (label) => (err, res) => {
    console.log(`cancel ${label}${sync ? ' (SYNC!)' : ''}: ${describe(err, res)}`);
    if (--left === 0) moduleLevel();
  };
  c.resolve4('timeout.test', done('A'));
  c.resolveMx('timeout.test', done('MX'));
  try {
    c.setServers([server]);
  } catch (err) {
    console.log(`setServers while pending: ${err.name} ${err.code} ${err.message.replaceAll(server, 'SERVER')}`);
  }
  c.cancel();
  sync = false;
  c.setServers([server, '[::1]:5353']);
  console.log(`setServers after cancel: ${JSON.stringify(c.getServers()).replaceAll(server, 'SERVER')}`);
}

// The module-level functions use the default resolver; dns.setServers
// replaces it (so it works while the old one has queries pending).
function moduleLevel() {
  dns.setServers([server]);
  console.log(`dns.getServers: ${dns.getServers().length === 1 && dns.getServers()[0] === server}`);
  console.log(`names: ${dns.resolve4.name}, ${dns.setServers.name}, ${dns.getServers.name}`);
  dns.resolve4('a.test', { ttl: true }, (err, res) => {
    console.log(`dns.resolve4: ${describe(err, res)}`);
    dns.resolveTxt('txt.test', (err, res) => {
      console.log(`dns.resolveTxt: ${describe(err, res)}`);
      dns.resolve('srv.test', 'SRV', (err, res) => {
        console.log(`dns.resolve SRV: ${describe(err, res)}`);
        dns.reverse('1.2.3.4', (err, res) => {
          console.log(`dns.reverse: ${describe(err, res)}`);
          refused();
        });
      });
    });
  });
}

// Nothing listens on port 1: ECONNREFUSED.
function refused() {
  const c = new dns.Resolver({ timeout: 2000, tries: 1 });
  c.setServers(['127.0.0.1:1']);
  c.resolve4('a.test', (err, res) => {
    console.log(`connection refused: ${describe(err, res)}`);
    console.log('done');
  });
}

next(0);
