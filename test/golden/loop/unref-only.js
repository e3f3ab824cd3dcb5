'use strict';
// nothing referenced: the process leaves at once
setTimeout(() => console.log('must not run'), 50).unref();
setImmediate(() => console.log('unref immediate must not run')).unref();
setInterval(() => console.log('must not run'), 10).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
console.log('main done');
