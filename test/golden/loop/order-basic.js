'use strict';
// sync code vs nextTick vs promise jobs vs queueMicrotask vs async/await
const log = (s) => console.log(s);
log('sync 1');
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('promise 1'));
queueMicrotask(() => log('microtask 1'));
process.nextTick(() => log('tick 2'));
(async () => {
  log('async start');
  await null;
  log('after await 1');
  await new Promise((r) => setTimeout(r, 1));
  log('after timeout await');
})();
Promise.resolve().then(() => log('promise 2')).then(() => log('promise 2b'));
setTimeout(() => log('timeout 0'), 0);
log('sync 2');
