'use strict';
// AbortController, AbortSignal and DOMException (globals).
const assert = require('assert');
const { inspect } = require('util');

// DOMException.
{
  const e = new DOMException('m', 'AbortError');
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.message, 'm');
  assert.strictEqual(e.code, 20);
  assert.ok(e instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.deepStrictEqual(Reflect.ownKeys(e), ['stack']);
  assert.match(e.stack, /^AbortError: m\n {4}at /);
  assert.strictEqual(String(e), 'AbortError: m');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');

  const d = new DOMException();
  assert.strictEqual(d.name, 'Error');
  assert.strictEqual(d.message, '');
  assert.strictEqual(d.code, 0);

  assert.strictEqual(new DOMException('x', 'TimeoutError').code, 23);
  assert.strictEqual(new DOMException('x', 'DataCloneError').code, 25);
  assert.strictEqual(new DOMException('x', 'SyntaxError').code, 12);
  // Deprecated names have no code.
  assert.strictEqual(new DOMException('x', 'DOMStringSizeError').code, 0);
  assert.strictEqual(new DOMException('x', 'Whatever').code, 0);

  const withCause = new DOMException('x', { name: 'TimeoutError', cause: 42 });
  assert.strictEqual(withCause.name, 'TimeoutError');
  assert.strictEqual(withCause.cause, 42);
  assert.strictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable, false);
  assert.strictEqual(new DOMException('x', {}).name, 'undefined');

  assert.strictEqual(DOMException.ABORT_ERR, 20);
  assert.strictEqual(DOMException.INDEX_SIZE_ERR, 1);
  assert.strictEqual(DOMException.DATA_CLONE_ERR, 25);
  assert.strictEqual(e.TIMEOUT_ERR, 23);

  assert.throws(() => DOMException.prototype.name, {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of DOMException',
  });
  assert.throws(() => DOMException(), TypeError);
  assert.match(inspect(e), /^DOMException \[AbortError\]: m\n {4}at /);
}

// AbortController / AbortSignal basics.
{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.ok(signal instanceof AbortSignal);
  assert.ok(signal instanceof EventTarget);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  signal.throwIfAborted();
  assert.strictEqual(signal.onabort, null);
  assert.strictEqual(Object.prototype.toString.call(signal), '[object AbortSignal]');
  assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
  assert.strictEqual(inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
  assert.strictEqual(inspect(signal), 'AbortSignal { aborted: false }');

  const calls = [];
  signal.onabort = function(ev) {
    assert.strictEqual(this, signal);
    calls.push(['onabort', ev.type, ev.isTrusted, ev.target === signal]);
  };
  signal.addEventListener('abort', (ev) => calls.push(['listener', ev.isTrusted]));

  ac.abort();
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.strictEqual(signal.reason.code, 20);
  assert.deepStrictEqual(calls, [['onabort', 'abort', true, true], ['listener', true]]);
  assert.strictEqual(inspect(signal), 'AbortSignal { aborted: true }');

  // Aborting again does nothing.
  const reason = signal.reason;
  ac.abort('again');
  assert.strictEqual(signal.reason, reason);
  assert.strictEqual(calls.length, 2);
  assert.throws(() => signal.throwIfAborted(), (err) => err === reason);
}

// Custom reasons, including falsy ones.
{
  const ac = new AbortController();
  ac.abort('why');
  assert.strictEqual(ac.signal.reason, 'why');
  assert.throws(() => ac.signal.throwIfAborted(), (err) => err === 'why');

  const ac2 = new AbortController();
  ac2.abort(null);
  assert.strictEqual(ac2.signal.reason, null);

  // undefined means "the default reason".
  const ac3 = new AbortController();
  ac3.abort(undefined);
  assert.strictEqual(ac3.signal.reason.name, 'AbortError');
}

// onabort: replacing and clearing keep one listener slot.
{
  const ac = new AbortController();
  const calls = [];
  ac.signal.onabort = () => calls.push('first');
  ac.signal.addEventListener('abort', () => calls.push('listener'));
  ac.signal.onabort = () => calls.push('second');
  ac.abort();
  assert.deepStrictEqual(calls, ['second', 'listener']);

  const ac2 = new AbortController();
  ac2.signal.onabort = () => calls.push('cleared');
  ac2.signal.onabort = null;
  assert.strictEqual(ac2.signal.onabort, null);
  ac2.abort();
  assert.deepStrictEqual(calls, ['second', 'listener']);
}

// Errors.
{
  assert.throws(() => new AbortSignal(), {
    name: 'TypeError',
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });
  const getter = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
  assert.throws(() => getter.call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type AbortSignal',
  });
  assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
}

// AbortSignal.abort().
{
  const s = AbortSignal.abort();
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort('r').reason, 'r');
  assert.strictEqual(AbortSignal.abort(null).reason, null);
}

// AbortSignal.any().
{
  const a = new AbortController();
  const b = new AbortController();
  const any = AbortSignal.any([a.signal, b.signal]);
  assert.strictEqual(any.aborted, false);
  const order = [];
  b.signal.onabort = () => order.push('source');
  any.onabort = () => order.push('any');
  b.abort('B');
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(any.reason, 'B');
  assert.deepStrictEqual(order, ['source', 'any']);
  a.abort('A');
  assert.strictEqual(any.reason, 'B');

  // Already aborted input: the first aborted one gives the reason.
  const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first'),
                               AbortSignal.abort('second')]);
  assert.strictEqual(pre.aborted, true);
  assert.strictEqual(pre.reason, 'first');

  // any() of an any(): follows the original sources.
  const c = new AbortController();
  const nested = AbortSignal.any([AbortSignal.any([c.signal])]);
  c.abort('C');
  assert.strictEqual(nested.reason, 'C');

  assert.strictEqual(AbortSignal.any([]).aborted, false);
  assert.throws(() => AbortSignal.any(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signals" argument must be an instance of Array. Received type number (5)',
  });
  assert.throws(() => AbortSignal.any([a.signal, 5]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signals[1]" argument must be an instance of AbortSignal. ' +
             'Received type number (5)',
  });
}

// AbortSignal.timeout(): validation, then the timeout itself.
{
  assert.throws(() => AbortSignal.timeout(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
             'Received -1',
  });
  assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });

  const s = AbortSignal.timeout(5);
  assert.strictEqual(s.aborted, false);
  let fired = false;
  s.addEventListener('abort', () => { fired = true; });
  // The timeout timer does not keep the process alive by itself: this one does.
  setTimeout(() => {
    assert.strictEqual(fired, true);
    assert.strictEqual(s.aborted, true);
    assert.ok(s.reason instanceof DOMException);
    assert.strictEqual(s.reason.name, 'TimeoutError');
    assert.strictEqual(s.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(s.reason.code, 23);
  }, 50);

  // An unref'd timeout alone must not hold the process open.
  AbortSignal.timeout(60 * 60 * 1000);
}
