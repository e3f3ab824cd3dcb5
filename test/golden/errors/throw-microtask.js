'use strict';
Error.stackTraceLimit = 1;
process.on('exit', (code) => console.log('exit', code));
queueMicrotask(() => {
  console.log('microtask');
  throw new Error('from queueMicrotask');
});
