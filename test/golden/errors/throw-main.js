'use strict';
console.log('before');
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer: must not run'), 0);
process.nextTick(() => console.log('tick: must not run'));
function thrower() {
  throw new Error('boom in main');
}
thrower();
