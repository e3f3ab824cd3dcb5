'use strict';
Error.stackTraceLimit = 1;
process.on('uncaughtException', (err) => {
  console.log('handler got', err.message);
  throw new Error('thrown inside the handler');
});
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('original'); }, 1);
