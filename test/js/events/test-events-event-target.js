'use strict';
// Event, CustomEvent and EventTarget (globals).
const assert = require('assert');
const { inspect } = require('util');

// Event defaults and options.
{
  const ev = new Event('foo');
  assert.strictEqual(ev.type, 'foo');
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.cancelable, false);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.target, null);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.srcElement, null);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.strictEqual(ev.returnValue, true);
  assert.strictEqual(ev.cancelBubble, false);
  assert.deepStrictEqual(ev.composedPath(), []);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  assert.ok(ev.timeStamp >= 0);
  assert.strictEqual(Object.prototype.toString.call(ev), '[object Event]');
  assert.deepStrictEqual(Object.keys(ev), []);

  const opts = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: true });
  assert.strictEqual(opts.bubbles, true);
  assert.strictEqual(opts.cancelable, true);
  assert.strictEqual(opts.composed, true);
  assert.strictEqual(new Event(1).type, '1');
  new Event('x', null);

  assert.strictEqual(Event.NONE, 0);
  assert.strictEqual(Event.CAPTURING_PHASE, 1);
  assert.strictEqual(Event.AT_TARGET, 2);
  assert.strictEqual(Event.BUBBLING_PHASE, 3);

  // WebIDL shape: enumerable accessors and methods on the prototype.
  for (const name of ['type', 'target', 'defaultPrevented', 'cancelBubble', 'isTrusted']) {
    const desc = Object.getOwnPropertyDescriptor(Event.prototype, name);
    assert.strictEqual(typeof desc.get, 'function', name);
    assert.strictEqual(desc.enumerable, true, name);
  }
  assert.strictEqual(
    Object.getOwnPropertyDescriptor(Event.prototype, 'preventDefault').enumerable, true);
}

// Event errors.
{
  assert.throws(() => new Event(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" argument must be specified',
  });
  assert.throws(() => new Event('x', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => new Event('x', []), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => new Event(Symbol('s')), TypeError);
  assert.throws(() => Event.prototype.type, {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type Event',
  });
  assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
}

// preventDefault only matters for cancelable events.
{
  const plain = new Event('x');
  plain.preventDefault();
  assert.strictEqual(plain.defaultPrevented, false);
  assert.strictEqual(plain.returnValue, true);

  const cancelable = new Event('x', { cancelable: true });
  cancelable.preventDefault();
  assert.strictEqual(cancelable.defaultPrevented, true);
  assert.strictEqual(cancelable.returnValue, false);

  const bubble = new Event('x');
  bubble.cancelBubble = false;
  assert.strictEqual(bubble.cancelBubble, false);
  bubble.cancelBubble = true;
  assert.strictEqual(bubble.cancelBubble, true);
  const stopped = new Event('x');
  stopped.stopPropagation();
  assert.strictEqual(stopped.cancelBubble, true);
}

// CustomEvent.
{
  assert.strictEqual(new CustomEvent('c').detail, null);
  const detail = { a: 1 };
  const ce = new CustomEvent('c', { detail, cancelable: true });
  assert.strictEqual(ce.detail, detail);
  assert.strictEqual(ce.cancelable, true);
  assert.ok(ce instanceof Event);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CustomEvent]');
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
}

// Dispatch basics: this, target, phase, order, return value.
{
  const et = new EventTarget();
  assert.strictEqual(Object.prototype.toString.call(et), '[object EventTarget]');
  const ev = new Event('foo', { cancelable: true });
  const log = [];
  et.addEventListener('foo', function(e) {
    assert.strictEqual(this, et);
    assert.strictEqual(e, ev);
    assert.strictEqual(e.target, et);
    assert.strictEqual(e.currentTarget, et);
    assert.strictEqual(e.eventPhase, Event.AT_TARGET);
    assert.deepStrictEqual(e.composedPath(), [et]);
    log.push(1);
  });
  et.addEventListener('foo', (e) => {
    log.push(2);
    e.preventDefault();
  });
  assert.strictEqual(et.dispatchEvent(ev), false);
  assert.deepStrictEqual(log, [1, 2]);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.eventPhase, Event.NONE);
  assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
  assert.strictEqual(et.dispatchEvent(new Event('nobody')), true);
}

// Listener objects with handleEvent, looked up at dispatch time.
{
  const et = new EventTarget();
  const calls = [];
  const obj = {};
  et.addEventListener('x', obj);
  et.dispatchEvent(new Event('x'));
  obj.handleEvent = function(e) {
    assert.strictEqual(this, obj);
    calls.push(e.type);
  };
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['x']);
  et.removeEventListener('x', obj);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['x']);
}

// Duplicates, capture flag, once, removal.
{
  const et = new EventTarget();
  let count = 0;
  const fn = () => count++;
  et.addEventListener('x', fn);
  et.addEventListener('x', fn);
  et.addEventListener('x', fn, { capture: false });
  et.addEventListener('x', fn, true); // a different registration
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(count, 2);
  et.removeEventListener('x', fn);
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(count, 3);
  et.removeEventListener('x', fn, { capture: true });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(count, 3);

  et.addEventListener('once', fn, { once: true });
  et.dispatchEvent(new Event('once'));
  et.dispatchEvent(new Event('once'));
  assert.strictEqual(count, 4);
  // once listeners can be added again afterwards.
  et.addEventListener('once', fn, { once: true });
  et.dispatchEvent(new Event('once'));
  assert.strictEqual(count, 5);
}

// A listener removed during dispatch is not called.
{
  const et = new EventTarget();
  const calls = [];
  const second = () => calls.push('second');
  et.addEventListener('x', () => {
    calls.push('first');
    et.removeEventListener('x', second);
  });
  et.addEventListener('x', second);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['first']);
}

// One added by the last listener runs from the next dispatch on.
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', () => {
    calls.push('first');
    et.addEventListener('x', () => calls.push('added'));
  }, { once: true });
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['first']);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['first', 'added']);
}

// stopImmediatePropagation stops the remaining listeners.
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', (e) => {
    calls.push(1);
    e.stopImmediatePropagation();
    assert.strictEqual(e.cancelBubble, true);
  });
  et.addEventListener('x', () => calls.push(2));
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, [1]);
}

// The signal option removes the listener on abort; an aborted one never adds.
{
  const et = new EventTarget();
  const ac = new AbortController();
  let count = 0;
  et.addEventListener('x', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  ac.abort();
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(count, 1);
  et.addEventListener('x', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  assert.strictEqual(count, 1);
}

// Re-dispatching an event that is being dispatched throws.
{
  const et = new EventTarget();
  const ev = new Event('x');
  let thrown;
  et.addEventListener('x', (e) => {
    try {
      et.dispatchEvent(e);
    } catch (err) {
      thrown = err;
    }
  });
  et.dispatchEvent(ev);
  assert.strictEqual(thrown.code, 'ERR_EVENT_RECURSION');
  assert.strictEqual(thrown.message, 'The event "x" is already being dispatched');
  // After the dispatch the same event can be dispatched again.
  et.dispatchEvent(ev);
}

// Argument errors.
{
  const et = new EventTarget();
  assert.throws(() => et.addEventListener('x'), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "type" and "listener" arguments must be specified',
  });
  assert.throws(() => et.removeEventListener('x'), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => et.addEventListener('x', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. ' +
             'Received type number (5)',
  });
  assert.throws(() => et.addEventListener('x', () => {}, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => et.dispatchEvent(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "event" argument must be specified',
  });
  assert.throws(() => et.dispatchEvent({ type: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => EventTarget.prototype.addEventListener.call({}, 'x', () => {}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type EventTarget',
  });
  // Removing a null listener is a silent no-op.
  et.removeEventListener('x', null);
}

// inspect output.
{
  assert.strictEqual(inspect(new EventTarget()), 'EventTarget {}');
  assert.match(inspect(new Event('foo')),
               /^Event {\n {2}type: 'foo',\n {2}defaultPrevented: false,\n {2}cancelable: false,\n {2}timeStamp: [\d.]+\n}$/);
  assert.strictEqual(inspect({ a: { b: new Event('x') } }, { depth: 1 }), '{ a: { b: Event } }');
}

// Errors thrown by listeners become uncaught exceptions, after the dispatch.
const uncaught = [];
process.on('uncaughtException', (err) => uncaught.push(err.message));
{
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', () => {
    throw new Error('sync throw');
  });
  et.addEventListener('x', async () => {
    throw new Error('async throw');
  });
  et.addEventListener('x', () => calls.push('still called'));
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['still called']);
  assert.deepStrictEqual(uncaught, []);
}

// A null listener is ignored with a warning.
const warnings = [];
process.on('warning', (w) => warnings.push(w));
const warnTarget = new EventTarget();
warnTarget.addEventListener('x', null);

setImmediate(() => {
  assert.deepStrictEqual(uncaught.sort(), ['async throw', 'sync throw']);
  const w = warnings.find((x) => x.name === 'AddEventListenerArgumentTypeWarning');
  assert.ok(w);
  assert.strictEqual(w.message, 'addEventListener called with null which has no effect.');
  assert.strictEqual(w.target, warnTarget);
  assert.strictEqual(w.type, 'x');
});
