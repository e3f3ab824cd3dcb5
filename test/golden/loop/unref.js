'use strict';
const log = (s) => console.log(s);
setTimeout(() => log('unref timer: must not run'), 1000).unref();
setInterval(() => log('unref interval: must not run'), 500).unref();
const t = setTimeout(() => log('ref-then-unref: must not run'), 800);
t.unref();
// an unref'd timer does run while other work keeps the loop alive
setTimeout(() => log('unref short timer runs'), 5).unref();
setTimeout(() => log('ref timer 30 runs'), 30);
// re-ref keeps alive
const rr = setTimeout(() => {
  log('unref then ref runs');
  // an unref'd immediate still runs when the loop goes round anyway,
  setImmediate(() => log('unref immediate runs (timer below keeps loop)')).unref();
  setTimeout(() => log('last ref timer'), 10);
}, 40);
rr.unref();
rr.ref();
process.on('exit', (c) => log('exit ' + c));
