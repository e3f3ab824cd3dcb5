'use strict';
// nested nextTick inside promise and promise inside nextTick
const log = (s) => console.log(s);
process.nextTick(() => {
  log('tick A');
  Promise.resolve().then(() => log('promise inside tick A'));
  process.nextTick(() => log('tick inside tick A'));
});
Promise.resolve().then(() => {
  log('promise B');
  process.nextTick(() => log('tick inside promise B'));
  Promise.resolve().then(() => log('promise inside promise B'));
  queueMicrotask(() => log('microtask inside promise B'));
});
Promise.resolve().then(() => log('promise C'));
process.nextTick(() => log('tick D'));
queueMicrotask(() => {
  log('microtask E');
  process.nextTick(() => log('tick inside microtask E'));
});
setImmediate(() => {
  log('immediate 1');
  process.nextTick(() => log('tick inside immediate 1'));
  Promise.resolve().then(() => log('promise inside immediate 1'));
});
setImmediate(() => {
  log('immediate 2');
  setTimeout(() => {
    log('timeout 1');
    process.nextTick(() => log('tick inside timeout 1'));
    Promise.resolve().then(() => log('promise inside timeout 1'));
  }, 0);
  setTimeout(() => log('timeout 2'), 0);
});
