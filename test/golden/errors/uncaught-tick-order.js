'use strict';
// After a nextTick throws and is handled, the remaining ticks still run
// before the loop goes on to the immediates.
const log = (...a) => console.log(...a);
process.on('uncaughtException', (err) => log('caught:', err.message));
process.nextTick(() => { throw new Error('tick 1'); });
process.nextTick(() => log('tick 2'));
setImmediate(() => log('immediate 1'));
log('main end');
