'use strict';
// process.exit() in main code: 'exit' runs synchronously, nothing else after
const log = (...a) => console.log(...a);
process.on('exit', (code) => {
  log('exit', code, 'exitCode', process.exitCode);
});
process.nextTick(() => log('tick: must not run'));
Promise.resolve().then(() => log('promise: must not run'));
setTimeout(() => log('timer: must not run'), 0);
process.exitCode = 2;
log('before exit');
process.exit();
log('after exit: must not run');
