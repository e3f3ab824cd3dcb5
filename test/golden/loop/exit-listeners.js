'use strict';
const log = (...a) => console.log(...a);
process.on('exit', function(code) {
  log('exit 1, code', code, 'this is process', this === process, 'exiting', process._exiting);
  process.nextTick(() => log('nextTick in exit: must not run'));
  Promise.resolve().then(() => log('promise in exit: runs (microtasks drain after exit)'));
  setTimeout(() => log('timer in exit: must not run'), 0);
  setImmediate(() => log('immediate in exit: must not run'));
});
process.once('exit', (code) => log('exit 2, code', code));
process.on('beforeExit', () => log('beforeExit'));
process.exitCode = 5;
log('main done');
