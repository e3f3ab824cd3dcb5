'use strict';
// The 'error' event: throwing when unhandled, ERR_UNHANDLED_ERROR for
// non-Error values, events.errorMonitor, and captureRejections.
const assert = require('assert');
const EventEmitter = require('events');

// An Error with no 'error' listener is thrown as is.
{
  const e = new EventEmitter();
  const err = new Error('boom');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
}

// Non-Error values are wrapped.
{
  const e = new EventEmitter();
  assert.throws(() => e.emit('error'), {
    name: 'Error',
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. (undefined)',
    context: undefined,
  });
  assert.throws(() => e.emit('error', 'str'), {
    code: 'ERR_UNHANDLED_ERROR',
    message: "Unhandled error. ('str')",
    context: 'str',
  });
  const obj = { a: 1 };
  assert.throws(() => e.emit('error', obj), (err) => {
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, 'Unhandled error. ({ a: 1 })');
    assert.strictEqual(err.context, obj);
    return true;
  });
  assert.throws(() => e.emit('error', 42), { message: 'Unhandled error. (42)' });
}

// With a listener nothing is thrown, and emit returns true.
{
  const e = new EventEmitter();
  let got;
  e.on('error', (err, extra) => { got = [err.message, extra]; });
  assert.strictEqual(e.emit('error', new Error('handled'), 'x'), true);
  assert.deepStrictEqual(got, ['handled', 'x']);
}

// errorMonitor sees errors first and does not count as a handler.
{
  const e = new EventEmitter();
  const seen = [];
  e.on(EventEmitter.errorMonitor, (err) => seen.push(`monitor:${err.message}`));
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.throws(() => e.emit('error', new Error('a')), { message: 'a' });
  e.on('error', (err) => seen.push(`handler:${err.message}`));
  e.emit('error', new Error('b'));
  assert.deepStrictEqual(seen, ['monitor:a', 'monitor:b', 'handler:b']);
}

// A throwing listener propagates out of emit.
{
  const e = new EventEmitter();
  e.on('x', () => { throw new Error('from listener'); });
  assert.throws(() => e.emit('x'), { message: 'from listener' });
}

// captureRejections: option validation and the static default.
{
  assert.strictEqual(EventEmitter.captureRejections, false);
  assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.captureRejections" property must be of type boolean. ' +
             'Received type number (1)',
  });
  assert.throws(() => { EventEmitter.captureRejections = 'yes'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
             "Received type string ('yes')",
  });
  // Falsy values are accepted without validation.
  new EventEmitter({ captureRejections: false });
  new EventEmitter({ captureRejections: 0 });
}

// Rejections are reported as 'error' events (asynchronously).
const done = [];
{
  const e = new EventEmitter({ captureRejections: true });
  const err = new Error('kaboom');
  e.on('ev', async () => { throw err; });
  e.on('error', (got) => {
    assert.strictEqual(got, err);
    done.push('error event');
  });
  assert.strictEqual(e.emit('ev'), true);
  assert.deepStrictEqual(done, []);
}

// ...or passed to Symbol.for('nodejs.rejection') with the emit arguments.
{
  const e = new EventEmitter({ captureRejections: true });
  const err = new Error('k2');
  e[Symbol.for('nodejs.rejection')] = (got, type, ...args) => {
    assert.strictEqual(got, err);
    assert.strictEqual(type, 'ev');
    assert.deepStrictEqual(args, [1, 2]);
    done.push('rejection hook');
  };
  e.on('ev', async () => { throw err; });
  e.emit('ev', 1, 2);
}

// Without captureRejections a rejected listener promise is left alone.
{
  const e = new EventEmitter();
  const p = Promise.reject(new Error('ignored'));
  p.catch(() => {});
  e.on('ev', () => p);
  e.on('error', () => done.push('must not happen'));
  e.emit('ev');
}

// The static default applies to emitters created afterwards.
{
  EventEmitter.captureRejections = true;
  const e = new EventEmitter();
  EventEmitter.captureRejections = false;
  e.on('ev', async () => { throw new Error('static'); });
  e.on('error', (err) => done.push(`static:${err.message}`));
  e.emit('ev');
}

// An async 'error' listener that rejects does not loop.
{
  const e = new EventEmitter({ captureRejections: true });
  e.on('ev', async () => { throw new Error('first'); });
  let errorCalls = 0;
  e.on('error', async () => {
    errorCalls++;
    throw new Error('second');
  });
  process.once('unhandledRejection', (reason) => {
    assert.strictEqual(reason.message, 'second');
    assert.strictEqual(errorCalls, 1);
    done.push('no loop');
  });
  e.emit('ev');
}

process.on('exit', () => {
  assert.deepStrictEqual(done.sort(), [
    'error event', 'no loop', 'rejection hook', 'static:static',
  ]);
});
