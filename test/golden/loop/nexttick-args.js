'use strict';
const log = (...a) => console.log(...a);
process.nextTick((a) => log('one arg', a), 1);
process.nextTick((a, b) => log('two args', a, b), 1, 2);
process.nextTick((a, b, c) => log('three args', a, b, c), 1, 2, 3);
process.nextTick((...r) => log('five args', r), 1, 2, 3, 4, 5);
process.nextTick(function() { log('this is undefined:', this === undefined, arguments.length); });
setImmediate((a, b, c, d) => log('immediate args', a, b, c, d), 'a', 'b', 'c', 'd');
setImmediate(function() { log('immediate arguments.length', arguments.length); });
// recursive nextTick runs before any promise
let i = 0;
function rec() { if (++i < 5) process.nextTick(rec); else log('recursive ticks done', i); }
process.nextTick(rec);
Promise.resolve().then(() => log('promise after ticks, i =', i));
// many ticks (more than one FixedQueue buffer)
let total = 0;
for (let k = 0; k < 5000; k++) process.nextTick(() => { total++; });
process.nextTick(() => log('5000 ticks ran:', total));
