'use strict';
const log = (...a) => console.log(...a);
process.on('uncaughtException', (err, origin) => {
  log('caught:', err instanceof Error ? err.message : err, 'origin:', origin);
});
process.on('exit', (code) => log('exit', code));
setImmediate(() => { throw new Error('from immediate 1'); });
setImmediate(() => {
  log('immediate 2 still runs');
  setTimeout(() => {
    log('timer 1');
    throw new Error('from timer 1');
  }, 1);
  setTimeout(() => log('timer 2 still runs'), 1);
  setTimeout(() => log('timer 3 still runs'), 5);
});
Promise.resolve().then(() => { throw new Error('rejection: no listener, so uncaught'); });
log('main end');
throw new Error('from main');
