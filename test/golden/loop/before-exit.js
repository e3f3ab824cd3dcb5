'use strict';
const log = (...a) => console.log(...a);
let n = 0;
process.on('beforeExit', (code) => {
  n++;
  log('beforeExit', n, 'code', code);
  if (n === 1) {
    setTimeout(() => log('timer scheduled from beforeExit'), 1);
  } else if (n === 2) {
    process.nextTick(() => log('tick from beforeExit 2'));
    Promise.resolve().then(() => log('promise from beforeExit 2'));
  } else if (n === 3) {
    process.exitCode = 3;
    setImmediate(() => log('immediate from beforeExit 3'));
  }
});
process.on('exit', (code) => {
  log('exit', code, 'beforeExit count', n, 'exitCode', process.exitCode);
});
log('main done');
