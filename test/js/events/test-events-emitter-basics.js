'use strict';
// EventEmitter: adding, emitting, removing listeners and the public storage
// layout (_events, _eventsCount, _maxListeners) that libraries rely on.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');

// Module shape.
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.usingDomains, false);
assert.deepStrictEqual(Object.keys(EventEmitter), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners',
  'setMaxListeners', 'init', 'listenerCount',
]);
assert.strictEqual(typeof EventEmitter.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(EventEmitter.prototype.emit.length, 1);

// A fresh emitter.
{
  const e = new EventEmitter();
  assert.deepStrictEqual(Object.keys(e), ['_events', '_eventsCount', '_maxListeners']);
  assert.strictEqual(Object.getPrototypeOf(e._events), null);
  assert.strictEqual(e._eventsCount, 0);
  assert.strictEqual(e._maxListeners, undefined);
  assert.strictEqual(e.getMaxListeners(), 10);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e.emit('nothing'), false);
}

// emit passes arguments and `this`; returns whether anyone listened.
{
  const e = new EventEmitter();
  const calls = [];
  e.on('x', function(...args) {
    assert.strictEqual(this, e);
    calls.push(args);
  });
  assert.strictEqual(e.emit('x'), true);
  e.emit('x', 1);
  e.emit('x', 1, 2);
  e.emit('x', 1, 2, 3);
  e.emit('x', 1, 2, 3, 4, 5, 6);
  assert.deepStrictEqual(calls, [[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5, 6]]);
}

// One listener is stored as the function, several as an array.
{
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  assert.strictEqual(e._events.x, a);
  assert.strictEqual(e._eventsCount, 1);
  e.on('x', b);
  assert.deepStrictEqual(e._events.x, [a, b]);
  assert.strictEqual(e._eventsCount, 1);
  e.prependListener('x', b);
  assert.deepStrictEqual(e._events.x, [b, a, b]);
  e.removeListener('x', b); // the last added match goes first
  assert.deepStrictEqual(e._events.x, [b, a]);
  e.removeListener('x', b);
  assert.strictEqual(e._events.x, a);
  e.off('x', a);
  assert.strictEqual(e._events.x, undefined);
  assert.strictEqual(e._eventsCount, 0);
  // Removing something that is not there is fine.
  e.removeListener('x', a);
  e.removeListener('nope', a);
}

// Order, prepend, and Symbol event names.
{
  const e = new EventEmitter();
  const order = [];
  const sym = Symbol('s');
  e.on('x', () => order.push(2));
  e.on('x', () => order.push(3));
  e.prependListener('x', () => order.push(1));
  e.on(sym, () => order.push('sym'));
  e.emit('x');
  e.emit(sym);
  assert.deepStrictEqual(order, [1, 2, 3, 'sym']);
  assert.deepStrictEqual(e.eventNames(), ['x', sym]);
  assert.strictEqual(e.listenerCount('x'), 3);
  assert.strictEqual(e.listenerCount(sym), 1);
}

// Listeners added or removed during an emit don't change that emit.
{
  const e = new EventEmitter();
  const calls = [];
  function second() { calls.push('second'); }
  e.on('x', () => {
    calls.push('first');
    e.removeListener('x', second);
    e.on('x', () => calls.push('added'));
  });
  e.on('x', second);
  e.emit('x');
  assert.deepStrictEqual(calls, ['first', 'second']);
  calls.length = 0;
  e.emit('x');
  assert.deepStrictEqual(calls, ['first', 'added']);
}

// once and prependOnceListener.
{
  const e = new EventEmitter();
  const calls = [];
  function a(v) { calls.push(`a${v}`); }
  function b(v) { calls.push(`b${v}`); }
  e.once('x', a);
  e.prependOnceListener('x', b);
  assert.deepStrictEqual(e.listeners('x'), [b, a]);
  const raw = e.rawListeners('x');
  assert.strictEqual(raw.length, 2);
  assert.strictEqual(raw[0].listener, b);
  assert.strictEqual(raw[1].listener, a);
  assert.notStrictEqual(raw[0], b);
  e.emit('x', 1);
  e.emit('x', 2);
  assert.deepStrictEqual(calls, ['b1', 'a1']);
  assert.strictEqual(e.listenerCount('x'), 0);

  // A once listener can be removed by its original function.
  e.once('y', a);
  e.removeListener('y', a);
  assert.strictEqual(e.emit('y'), false);

  // Calling the raw wrapper runs the listener once and removes it.
  e.once('z', a);
  const wrapper = e.rawListeners('z')[0];
  wrapper(3);
  wrapper(4);
  assert.deepStrictEqual(calls, ['b1', 'a1', 'a3']);
  assert.strictEqual(e.listenerCount('z'), 0);

  // A once listener emitting its own event recursively runs only once.
  let count = 0;
  e.once('r', () => {
    count++;
    e.emit('r');
  });
  e.emit('r');
  assert.strictEqual(count, 1);
}

// listenerCount(type, listener) counts matching registrations.
{
  const e = new EventEmitter();
  function a() {}
  function b() {}
  e.on('x', a);
  assert.strictEqual(e.listenerCount('x', a), 1);
  assert.strictEqual(e.listenerCount('x', b), 0);
  e.on('x', a);
  e.once('x', a);
  e.on('x', b);
  assert.strictEqual(e.listenerCount('x'), 4);
  assert.strictEqual(e.listenerCount('x', a), 3);
  assert.strictEqual(e.listenerCount('x', b), 1);
  assert.strictEqual(EventEmitter.listenerCount(e, 'x'), 4);
}

// listeners() returns copies.
{
  const e = new EventEmitter();
  function a() {}
  e.on('x', a);
  e.on('x', a);
  const list = e.listeners('x');
  list.push(1);
  assert.strictEqual(e.listenerCount('x'), 2);
  assert.deepStrictEqual(e.listeners('nope'), []);
  assert.deepStrictEqual(e.rawListeners('nope'), []);
}

// newListener fires before the listener is added; removeListener after.
{
  const e = new EventEmitter();
  const log = [];
  function a() {}
  function b() {}
  e.on('newListener', (type, listener) => {
    log.push(['new', type, listener, e.listenerCount(type)]);
  });
  e.on('x', a);
  e.once('x', b);
  assert.deepStrictEqual(log, [['new', 'x', a, 0], ['new', 'x', b, 1]]);

  const removed = [];
  e.on('removeListener', (type, listener) => removed.push([type, listener]));
  e.removeListener('x', b);
  e.removeListener('x', a);
  assert.deepStrictEqual(removed, [['x', b], ['x', a]]);
}

// removeAllListeners, with and without 'removeListener' listeners.
{
  const e = new EventEmitter();
  e.on('a', () => {});
  e.on('a', () => {});
  e.on('b', () => {});
  assert.strictEqual(e.removeAllListeners('a'), e);
  assert.deepStrictEqual(e.eventNames(), ['b']);
  e.removeAllListeners();
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e._eventsCount, 0);

  const removed = [];
  function a1() {}
  function a2() {}
  function b1() {}
  e.on('a', a1);
  e.on('a', a2);
  e.on('b', b1);
  e.on('removeListener', (type, fn) => removed.push([type, fn.name]));
  e.removeAllListeners('a');
  assert.deepStrictEqual(removed, [['a', 'a2'], ['a', 'a1']]);
  e.removeAllListeners();
  assert.deepStrictEqual(removed, [['a', 'a2'], ['a', 'a1'], ['b', 'b1']]);
  assert.deepStrictEqual(e.eventNames(), []);
}

// Listener validation.
{
  const e = new EventEmitter();
  for (const method of ['on', 'addListener', 'once', 'prependListener',
                        'prependOnceListener', 'removeListener', 'off']) {
    for (const bad of [null, undefined, 1, 'str', {}]) {
      assert.throws(() => e[method]('x', bad), {
        code: 'ERR_INVALID_ARG_TYPE',
        name: 'TypeError',
        message: /^The "listener" argument must be of type function\. Received /,
      });
    }
  }
}

// setMaxListeners / getMaxListeners and defaultMaxListeners.
{
  const e = new EventEmitter();
  assert.strictEqual(e.setMaxListeners(3), e);
  assert.strictEqual(e.getMaxListeners(), 3);
  assert.strictEqual(e._maxListeners, 3);
  e.setMaxListeners(Infinity);
  assert.strictEqual(e.getMaxListeners(), Infinity);
  assert.throws(() => e.setMaxListeners(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => e.setMaxListeners(NaN), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => e.setMaxListeners('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
  });

  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
  const f = new EventEmitter();
  EventEmitter.defaultMaxListeners = 4;
  assert.strictEqual(f.getMaxListeners(), 4);
  EventEmitter.defaultMaxListeners = 10;
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
}

// Old-style inheritance: util.inherits + EventEmitter.call(this).
{
  function Legacy() {
    EventEmitter.call(this);
  }
  util.inherits(Legacy, EventEmitter);
  const l = new Legacy();
  let got;
  l.on('x', (v) => { got = v; });
  l.emit('x', 42);
  assert.strictEqual(got, 42);
  assert.ok(l instanceof EventEmitter);
  assert.strictEqual(Object.getPrototypeOf(l._events), null);

  // A class extending EventEmitter.
  class Modern extends EventEmitter {}
  const m = new Modern();
  m.on('y', () => {});
  assert.strictEqual(m.listenerCount('y'), 1);

  // An object built without the constructor still works (lazy _events).
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.emit('x'), false);
  bare.on('x', () => { got = 'bare'; });
  bare.emit('x');
  assert.strictEqual(got, 'bare');
}

// A subclass that pre-creates _events with placeholder keys ("shape mode").
{
  class Shaped extends EventEmitter {
    constructor() {
      super();
    }
  }
  Shaped.prototype._events = undefined;
  const s = Object.create(Shaped.prototype);
  s._events = { close: undefined, data: undefined };
  EventEmitter.call(s);
  // No listeners yet, so nothing is reported...
  assert.deepStrictEqual(s.eventNames(), []);
  function onData() {}
  s.on('data', onData);
  s.on('other', () => {});
  // ...but with listeners the placeholder keys show (streams filter them).
  assert.deepStrictEqual(s.eventNames(), ['close', 'data', 'other']);
  assert.strictEqual(s._eventsCount, 2);
  s.removeListener('data', onData);
  // Removal keeps the key, set to undefined.
  assert.ok('data' in s._events);
  assert.strictEqual(s._events.data, undefined);
  assert.strictEqual(s._eventsCount, 1);
  assert.strictEqual(s.listenerCount('data'), 0);
}

// EventEmitter.init is what the constructor calls.
{
  const obj = {};
  EventEmitter.init.call(obj);
  assert.strictEqual(Object.getPrototypeOf(obj._events), null);
  assert.strictEqual(obj._eventsCount, 0);
}

// inspect of an emitter shows node's fields.
assert.strictEqual(
  util.inspect(new EventEmitter(), { breakLength: Infinity }),
  'EventEmitter { _events: [Object: null prototype] {}, _eventsCount: 0, ' +
  '_maxListeners: undefined, [Symbol(shapeMode)]: false, [Symbol(kCapture)]: false }');
