'use strict';
// without an unhandledRejection listener, a rejection goes to uncaughtException
process.on('uncaughtException', (err, origin) => {
  console.log('uncaughtException:', err.message || err, origin);
});
Promise.reject(new Error('rejection as exception'));
setTimeout(() => console.log('timer still runs'), 1);
