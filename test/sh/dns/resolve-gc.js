'use strict';
// Resolvers dropped after use are collected with their channels (run with
// --expose-gc): no sockets stay open, and a resolver with a query in flight
// lives until its callback has run.
// usage: RUNTIME --expose-gc resolve-gc.js PORT
const dns = require('dns');
const fs = require('fs');
const server = `127.0.0.1:${process.argv[2]}`;
const fds = () => fs.readdirSync('/proc/self/fd').length;

let collected = 0;
const registry = new FinalizationRegistry(() => collected++);
const fdsBefore = fds();
let answers = 0;

function round(k, done) {
  if (k === 0) return done();
  let left = 20;
  for (let i = 0; i < 20; i++) {
    const r = new dns.Resolver();
    r.setServers([server]);
    registry.register(r._handle, null);
    r.resolve4('a.test', (err, res) => {
      if (!err) answers++;
      if (--left === 0) setImmediate(() => round(k - 1, done));
    });
  }
}

// Dropped while its query is in flight: the answer still comes.
function dropped() {
  const r = new dns.Resolver({ timeout: 2000 });
  r.setServers([server]);
  r.resolveMx('mx.test', (err, res) => console.log(`dropped resolver answered: ${JSON.stringify(res)}`));
}

dropped();
gc();
round(10, () => {
  gc();
  setTimeout(() => {
    gc();
    setTimeout(() => {
      console.log(`answers: ${answers}`);
      console.log(`sockets left open: ${fds() - fdsBefore}`);
      console.log(`channels collected: ${collected >= 190 ? 'most' : collected}`);
    }, 50);
  }, 50);
});
