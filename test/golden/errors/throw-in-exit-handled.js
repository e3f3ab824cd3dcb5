'use strict';
Error.stackTraceLimit = 1;
process.on('uncaughtException', (e) => { console.log('caught', e.message); });
process.on('beforeExit', () => { console.log('beforeExit'); });
process.on('exit', (c) => { console.log('exit', c); throw new Error('in exit'); });
