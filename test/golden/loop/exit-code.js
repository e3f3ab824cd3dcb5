'use strict';
const log = (...a) => console.log(...a);
log('initial exitCode', process.exitCode);
process.exitCode = 9;
process.on('exit', (code) => {
  log('exit', code, process.exitCode);
  process.exitCode = 12;  // changing it in 'exit' changes the status
});
