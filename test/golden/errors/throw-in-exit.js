'use strict';
Error.stackTraceLimit = 1;
process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
console.log('main');
