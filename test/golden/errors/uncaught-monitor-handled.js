'use strict';
const log = (...a) => console.log(...a);
process.on('uncaughtExceptionMonitor', (err, origin) => log('monitor:', err.message, origin));
process.on('uncaughtException', (err, origin) => log('handler:', err.message, origin));
Promise.reject(new Error('rejected'));
setTimeout(() => { throw new Error('thrown'); }, 1);
process.on('exit', (code) => log('exit', code));
