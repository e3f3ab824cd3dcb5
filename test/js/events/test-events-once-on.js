'use strict';
// The promise/async-iterator statics: events.once and events.on, plus
// getEventListeners, getMaxListeners, setMaxListeners and addAbortListener.
const assert = require('assert');
const events = require('events');
const { EventEmitter, once, on } = events;

async function testOnce() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('foo', 1, 2));
  assert.deepStrictEqual(await once(e, 'foo'), [1, 2]);
  assert.strictEqual(e.listenerCount('foo'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // 'error' rejects and cleans up both listeners.
  const err = new Error('bad');
  process.nextTick(() => e.emit('error', err));
  await assert.rejects(once(e, 'foo'), (got) => got === err);
  assert.strictEqual(e.listenerCount('foo'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Waiting for 'error' itself resolves with it.
  process.nextTick(() => e.emit('error', err));
  assert.deepStrictEqual(await once(e, 'error'), [err]);

  // An already aborted signal rejects without adding listeners.
  await assert.rejects(once(e, 'foo', { signal: AbortSignal.abort('r') }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
    message: 'The operation was aborted',
    cause: 'r',
  });
  assert.strictEqual(e.listenerCount('foo'), 0);

  // Aborting while waiting rejects and removes the listeners.
  const ac = new AbortController();
  const p = once(e, 'foo', { signal: ac.signal });
  assert.strictEqual(e.listenerCount('foo'), 1);
  ac.abort('why');
  await assert.rejects(p, { name: 'AbortError', cause: 'why' });
  assert.strictEqual(e.listenerCount('foo'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);
  assert.strictEqual(events.getEventListeners(ac.signal, 'abort').length, 0);

  // A bad signal rejects (once is an async function).
  await assert.rejects(once(e, 'foo', { signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received type number (5)',
  });

  // Works with an EventTarget; resolves with [event].
  const et = new EventTarget();
  process.nextTick(() => et.dispatchEvent(new Event('ping')));
  const [event] = await once(et, 'ping');
  assert.ok(event instanceof Event);
  assert.strictEqual(event.type, 'ping');
  assert.deepStrictEqual(events.getEventListeners(et, 'ping'), []);

  // ... even when a listener stops immediate propagation.
  et.addEventListener('stop', (ev) => ev.stopImmediatePropagation());
  process.nextTick(() => et.dispatchEvent(new Event('stop')));
  const [stopped] = await once(et, 'stop');
  assert.strictEqual(stopped.type, 'stop');
}

async function testOn() {
  const e = new EventEmitter();

  // Iterates argument arrays until a close event.
  const seen = [];
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('data', 2, 3);
    e.emit('end');
    e.emit('data', 'after end');
  });
  for await (const args of on(e, 'data', { close: ['end'] })) seen.push(args);
  assert.deepStrictEqual(seen, [[1], [2, 3]]);
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.strictEqual(e.listenerCount('end'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Events emitted before next() is called are buffered.
  const it = on(e, 'data');
  e.emit('data', 'a');
  e.emit('data', 'b');
  assert.deepStrictEqual(await it.next(), { value: ['a'], done: false });
  assert.deepStrictEqual(await it.next(), { value: ['b'], done: false });
  assert.deepStrictEqual(await it.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('data'), 0);

  // return() resolves pending next() calls with done.
  const it2 = on(e, 'data');
  const pending = it2.next();
  await it2.return();
  assert.deepStrictEqual(await pending, { value: undefined, done: true });

  // 'error' ends the iteration by throwing.
  const it3 = on(e, 'data');
  process.nextTick(() => {
    e.emit('data', 1);
    e.emit('error', new Error('E'));
  });
  const got = [];
  await assert.rejects(async () => {
    for await (const args of it3) got.push(args);
  }, { message: 'E' });
  assert.deepStrictEqual(got, [[1]]);
  assert.strictEqual(e.listenerCount('data'), 0);

  // An error with no pending next() is reported by the next call.
  const it4 = on(e, 'data');
  e.emit('error', new Error('later'));
  await assert.rejects(it4.next(), { message: 'later' });
  assert.deepStrictEqual(await it4.next(), { value: undefined, done: true });

  // throw(err) ends the iterator with that error; it requires an Error.
  const it5 = on(e, 'data');
  assert.throws(() => it5.throw(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
             'Received type number (5)',
  });
  it5.throw(new Error('T'));
  await assert.rejects(it5.next(), { message: 'T' });

  // Abort signals.
  const ac = new AbortController();
  const it6 = on(e, 'data', { signal: ac.signal });
  const next6 = it6.next();
  ac.abort();
  await assert.rejects(next6, { name: 'AbortError' });
  assert.strictEqual(e.listenerCount('data'), 0);
  assert.throws(() => on(e, 'data', { signal: AbortSignal.abort() }), { name: 'AbortError' });
  assert.throws(() => on(e, 'data', { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => on(e, 'data', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. ' +
             'It must be >= 1 && <= 9007199254740991. Received 0',
  });

  // The iterator is an async iterator (for await uses Symbol.asyncIterator).
  const it7 = on(e, 'data');
  assert.strictEqual(it7[Symbol.asyncIterator](), it7);
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(it7), AsyncIteratorPrototype);
  await it7.return();

  // Works with EventTarget.
  const et = new EventTarget();
  const it8 = on(et, 'tick');
  et.dispatchEvent(new Event('tick'));
  const { value } = await it8.next();
  assert.strictEqual(value[0].type, 'tick');
  await it8.return();
  assert.deepStrictEqual(events.getEventListeners(et, 'tick'), []);

  // Back-pressure on emitters with pause()/resume().
  const s = new EventEmitter();
  const calls = [];
  s.pause = () => calls.push('pause');
  s.resume = () => calls.push('resume');
  const it9 = on(s, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  s.emit('data', 1);
  s.emit('data', 2);
  s.emit('data', 3);
  assert.deepStrictEqual(calls, ['pause']);
  await it9.next();
  await it9.next();
  // Resumes once fewer than lowWaterMark events are buffered.
  assert.deepStrictEqual(calls, ['pause']);
  await it9.next();
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await it9.return();
}

function testListenerHelpers() {
  const e = new EventEmitter();
  function a() {}
  e.on('x', a);
  e.once('x', a);
  assert.deepStrictEqual(events.getEventListeners(e, 'x'), [a, a]);

  const et = new EventTarget();
  const obj = { handleEvent() {} };
  et.addEventListener('x', a);
  et.addEventListener('x', obj);
  assert.deepStrictEqual(events.getEventListeners(et, 'x'), [a, obj]);
  assert.throws(() => events.getEventListeners({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
             'Received an instance of Object',
  });

  assert.strictEqual(events.getMaxListeners(e), 10);
  assert.strictEqual(events.getMaxListeners(et), 10);
  events.setMaxListeners(3, e, et);
  assert.strictEqual(events.getMaxListeners(e), 3);
  assert.strictEqual(events.getMaxListeners(et), 3);
  assert.strictEqual(e.getMaxListeners(), 3);
  assert.throws(() => events.getMaxListeners({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => events.setMaxListeners(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
             'Received an instance of Object',
  });
  assert.throws(() => events.setMaxListeners(-1), { code: 'ERR_OUT_OF_RANGE' });

  // Without targets it sets the default.
  events.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  assert.strictEqual(new EventEmitter().getMaxListeners(), 7);
  assert.strictEqual(events.getMaxListeners(new EventTarget()), 7);
  events.setMaxListeners(10);

  assert.strictEqual(events.listenerCount(e, 'x'), 2);
}

async function testAddAbortListener() {
  const { addAbortListener } = events;
  assert.throws(() => addAbortListener(undefined, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  assert.throws(() => addAbortListener({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => addAbortListener(new AbortController().signal, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  const ac = new AbortController();
  let calls = 0;
  const disposable = addAbortListener(ac.signal, () => calls++);
  // Runs even if another listener stops immediate propagation.
  ac.signal.addEventListener('abort', (ev) => ev.stopImmediatePropagation());
  ac.abort();
  assert.strictEqual(calls, 1);
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');

  // Disposing removes the listener.
  const ac2 = new AbortController();
  const d2 = addAbortListener(ac2.signal, () => calls++);
  d2[Symbol.dispose]();
  ac2.abort();
  assert.strictEqual(calls, 1);

  // An aborted signal calls the listener on a microtask.
  addAbortListener(AbortSignal.abort(), () => calls++);
  assert.strictEqual(calls, 1);
  await null;
  assert.strictEqual(calls, 2);
}

(async () => {
  await testOnce();
  await testOn();
  testListenerHelpers();
  await testAddAbortListener();
})().then(() => {
  process.exitCode = 0;
}, (err) => {
  process.exitCode = 1;
  throw err;
});
