'use strict';
process.on('exit', (code) => console.log('exit', code));
process.nextTick(() => {
  console.log('tick 1');
  throw new RangeError('from nextTick');
});
process.nextTick(() => console.log('tick 2: must not run'));
