'use strict';
// Exiting while resolvers have queries in flight (to TEST-NET-1, which
// never answers, or fails at once where there is no route), and resolvers
// dropped with their channel made: teardown frees every channel and closes
// its sockets and timers without calling back into JS. (Exiting with
// queries surely pending: test/sh/dns/resolve-exit.js.)
const assert = require('assert');
const dns = require('dns');

for (let i = 0; i < 20; i++) {
  const r = new dns.Resolver({ timeout: 60000 });
  r.getServers();  // makes the channel
}

const calls = [];
for (let i = 0; i < 3; i++) {
  const r = new dns.Resolver({ timeout: 60000, tries: 1 });
  r.setServers(['192.0.2.1']);
  r.resolve4(`host${i}.test`, (err) => calls.push(err.code));
  r.resolveAny('any.test', (err) => calls.push(err.code));
  r.reverse('1.2.3.4', (err) => calls.push(err.code));
}
new dns.promises.Resolver().resolveTxt('example.test').catch(() => {});

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  // No route: c-ares may fail the queries at once (reverse lookups then
  // report ENOTFOUND); otherwise nothing has answered yet.
  for (const c of calls) assert.ok(['ECONNREFUSED', 'ETIMEOUT', 'ENOTFOUND'].includes(c), c);
});
setTimeout(() => process.exit(0), 50);
