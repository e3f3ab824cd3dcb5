'use strict';
// an 'exit' listener setting exitCode to 0 after a fatal exception wins
process.on('exit', () => {
  process.exitCode = 0;
});
setTimeout(() => { throw new Error('fatal in timer'); }, 1);
