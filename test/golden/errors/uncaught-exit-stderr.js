'use strict';
// 'exit' listeners run before the fatal error is printed
process.on('exit', (code) => {
  console.error('exit listener, code', code, 'exitCode', process.exitCode);
  process.exitCode = 9;
});
throw new Error('fatal');
