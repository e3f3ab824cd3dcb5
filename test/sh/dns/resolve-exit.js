'use strict';
// process.exit() while queries are surely pending (timeout.test is never
// answered): no callback runs, the exit code stands, nothing crashes.
// Also an ended script whose resolvers are idle lets the loop end.
// usage: RUNTIME resolve-exit.js PORT
const dns = require('dns');
const server = `127.0.0.1:${process.argv[2]}`;

const resolvers = [];
for (let i = 0; i < 5; i++) {
  const r = i % 2 ? new dns.promises.Resolver({ timeout: 60000 }) : new dns.Resolver({ timeout: 60000 });
  r.setServers([server]);
  resolvers.push(r);
}
const idle = new dns.Resolver();
idle.setServers([server]);
idle.resolve4('a.test', (err, res) => {
  console.log(`idle resolver answered: ${JSON.stringify(res)}`);
  resolvers.forEach((r, i) => {
    if (i % 2) {
      r.resolveMx('timeout.test').then(() => console.log('UNEXPECTED'));
    } else {
      r.resolve4('timeout.test', () => console.log('UNEXPECTED'));
      r.reverse('1.2.3.4', (e, v) => console.log(`reverse before exit: ${JSON.stringify(v)}`));
    }
  });
  setTimeout(() => {
    console.log('exiting with queries pending');
    process.exitCode = 3;
    process.exit();
  }, 200);
});
process.on('exit', (code) => console.log(`exit ${code}`));
