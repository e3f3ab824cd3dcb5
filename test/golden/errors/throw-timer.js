'use strict';
process.on('exit', (code) => console.log('exit', code));
setTimeout(function timerCallback() {
  console.log('in timer');
  const err = new TypeError('bad thing in timer');
  throw err;
}, 1);
setTimeout(() => console.log('second timer: must not run'), 1);
