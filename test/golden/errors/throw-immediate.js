'use strict';
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  console.log('immediate 1');
  null.foo;
});
setImmediate(() => console.log('immediate 2: must not run'));
