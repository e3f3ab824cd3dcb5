'use strict';
// The MaxListenersExceededWarning of EventEmitter and EventTarget.
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

const warnings = [];
process.on('warning', (w) => warnings.push(w));

class Foo extends EventEmitter {}
const foo = new Foo();
for (let i = 0; i < 12; i++) foo.on('data', () => {});

const plain = new EventEmitter();
plain.setMaxListeners(1);
const sym = Symbol('tick');
plain.on(sym, () => {});
plain.on(sym, () => {});

// 0 means unlimited.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 20; i++) unlimited.on('x', () => {});

const target = new EventTarget();
for (let i = 0; i < 11; i++) target.addEventListener('foo', () => {});
// Duplicates are not listeners, so they don't count.
const dup = new EventTarget();
const fn = () => {};
for (let i = 0; i < 20; i++) dup.addEventListener('foo', fn);

const signal = new AbortController().signal;
for (let i = 0; i < 11; i++) signal.addEventListener('abort', () => {});

const limited = new EventTarget();
events.setMaxListeners(1, limited);
limited.addEventListener('bar', () => {});
limited.addEventListener('bar', () => {});

// Warnings are emitted on process.nextTick.
assert.strictEqual(warnings.length, 0);

setImmediate(() => {
  assert.strictEqual(warnings.length, 5);
  const [w1, w2, w3, w4, w5] = warnings;

  assert.ok(w1 instanceof Error);
  assert.strictEqual(w1.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w1.message,
                     'Possible EventEmitter memory leak detected. 11 data listeners added to ' +
                     '[Foo]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w1.emitter, foo);
  assert.strictEqual(w1.type, 'data');
  assert.strictEqual(w1.count, 11);
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);

  assert.strictEqual(w2.message,
                     'Possible EventEmitter memory leak detected. 2 Symbol(tick) listeners ' +
                     'added to [EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() ' +
                     'to increase limit');
  assert.strictEqual(w2.type, sym);

  assert.strictEqual(w3.name, 'MaxListenersExceededWarning');
  assert.strictEqual(w3.message,
                     'Possible EventTarget memory leak detected. 11 foo listeners added to ' +
                     'EventTarget. MaxListeners is 10. Use events.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(w3.target, target);
  assert.strictEqual(w3.type, 'foo');
  assert.strictEqual(w3.count, 11);
  assert.deepStrictEqual(Object.keys(w3), ['name', 'target', 'type', 'count']);

  assert.strictEqual(w4.message,
                     'Possible EventTarget memory leak detected. 11 abort listeners added to ' +
                     '[AbortSignal]. MaxListeners is 10. Use events.setMaxListeners() to ' +
                     'increase limit');
  assert.strictEqual(w4.target, signal);

  assert.strictEqual(w5.count, 2);
  assert.strictEqual(w5.target, limited);

  // Only one warning per emitter and event name.
  foo.on('data', () => {});
  plain.on(sym, () => {});
  setImmediate(() => {
    assert.strictEqual(warnings.length, 5);
  });
});
