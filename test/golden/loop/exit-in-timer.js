'use strict';
const log = (...a) => console.log(...a);
process.on('exit', (code) => log('exit event', code, 'exitCode', process.exitCode));
process.on('beforeExit', () => log('beforeExit: must not run'));
setTimeout(() => {
  log('timer 1');
  process.nextTick(() => log('tick after exit: must not run'));
  Promise.resolve().then(() => log('promise after exit: must not run'));
  setImmediate(() => log('immediate: must not run'));
  process.exit(4);
  log('after exit: must not run');
}, 1);
setTimeout(() => log('timer 2: must not run'), 1);
setTimeout(() => log('timer 3: must not run'), 20);
