'use strict';
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { process.exitCode = 4; throw new Error('boom'); }, 1);
