'use strict';
const log = (...a) => console.log(...a);
process.on('unhandledRejection', (reason, promise) => {
  log('unhandledRejection:', reason instanceof Error ? reason.message : reason,
      promise instanceof Promise);
});
process.on('rejectionHandled', (promise) => {
  log('rejectionHandled', promise === late);
});
Promise.reject(new Error('e1'));
Promise.reject(7);
const late = Promise.reject(new Error('late'));
setTimeout(() => {
  late.catch((e) => log('late catch', e.message));
}, 5);
new Promise((_, reject) => reject(null));
(async () => { throw new Error('async throw'); })();
process.on('exit', (code) => log('exit', code));
