'use strict';
// The store follows the program's asynchronous flow: awaits, promise chains,
// timers, intervals, immediates, process.nextTick, queueMicrotask; an
// EventEmitter listener sees the store of emit(), not of on(). Expected
// values are node 20's.
const assert = require('assert');
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');

const als = new AsyncLocalStorage();
const seen = [];
const see = (tag) => seen.push(`${tag}=${als.getStore()}`);

async function work(id) {
  see(`start${id}`);
  await null;
  see(`await${id}`);
  await new Promise((resolve) => setTimeout(resolve, 5));
  see(`timer-await${id}`);
  return als.getStore();
}

als.run('A', () => work('A').then((v) => see(`then-A-${v}`)));
als.run('B', () => work('B'));
Promise.resolve().then(() => see('then-none'));
als.run('C', () => {
  Promise.resolve(1).then(() => see('chain1')).then(() => see('chain2'));
  process.nextTick(() => see('tick'));
  queueMicrotask(() => see('microtask'));
  setImmediate(() => see('immediate'));
  setTimeout(() => see('timeout'), 1);
  let n = 0;
  const iv = setInterval(() => {
    see('interval');
    als.enterWith('interval-entered');  // stays with the interval (node 20)
    if (++n === 2) clearInterval(iv);
  }, 1);
});

// enterWith() in an async function's synchronous part reaches its caller.
async function enter() {
  als.enterWith('entered');
  await null;
  see('after-enter-await');
}
als.run('caller', () => {
  enter();
  see('caller-after-enter');
});

const ee = new EventEmitter();
als.run('listen', () => ee.on('e', () => see('listener')));
als.run('emit', () => ee.emit('e'));
ee.emit('e');

process.on('exit', () => {
  assert.deepStrictEqual(seen.sort(), [
    'after-enter-await=entered',
    'then-none=undefined',
    'awaitA=A',
    'awaitB=B',
    'caller-after-enter=entered',
    'chain1=C',
    'chain2=C',
    'immediate=C',
    'interval=C',
    'interval=interval-entered',
    'listener=emit',
    'listener=undefined',
    'microtask=C',
    'startA=A',
    'startB=B',
    'then-A-A=A',
    'tick=C',
    'timeout=C',
    'timer-awaitA=A',
    'timer-awaitB=B',
  ].sort());
});
