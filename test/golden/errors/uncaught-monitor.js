'use strict';
const log = (...a) => console.log(...a);
process.on('uncaughtExceptionMonitor', (err, origin) => {
  log('monitor:', err.message, origin);
});
process.on('exit', (code) => log('exit', code));
setTimeout(() => { throw new Error('monitored, then fatal'); }, 1);
