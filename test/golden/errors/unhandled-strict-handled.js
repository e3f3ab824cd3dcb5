'use strict';
// strict: raised as an uncaught exception even when a listener exists
const log = (...a) => console.log(...a);
process.on('unhandledRejection', (r) => log('unhandledRejection', r.message));
process.on('uncaughtException', (e, origin) => log('uncaughtException', e.message, origin));
Promise.reject(new Error('strict'));
setTimeout(() => log('timer runs'), 1);
