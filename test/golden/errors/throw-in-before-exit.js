'use strict';
Error.stackTraceLimit = 1;
process.on('beforeExit', () => { console.log('beforeExit'); throw new Error('in beforeExit'); });
process.on('exit', (c) => console.log('exit', c));
