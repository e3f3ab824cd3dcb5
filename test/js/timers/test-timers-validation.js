'use strict';
// Argument checking of the timer functions, queueMicrotask and nextTick.
const assert = require('assert');
const timers = require('timers');

for (const fn of [setTimeout, setInterval, setImmediate, timers.setTimeout,
  timers.setInterval, timers.setImmediate]) {
  for (const bad of ['x', 1, null, undefined, {}, Symbol('s')]) {
    assert.throws(() => fn(bad), (err) => {
      assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
      assert.ok(err instanceof TypeError);
      assert.strictEqual(err.name, 'TypeError');
      assert.match(err.message, /^The "callback" argument must be of type function\. Received/);
      return true;
    });
  }
}
assert.throws(() => setTimeout('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => setImmediate(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (42)',
});
assert.throws(() => setInterval(null, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received null',
});

assert.throws(() => process.nextTick(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => process.nextTick('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => process.nextTick({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received an instance of Object',
});

assert.throws(() => queueMicrotask(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
assert.throws(() => queueMicrotask(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});

// The clear functions accept anything.
for (const v of [undefined, null, 0, 'x', {}, [], () => {}, Symbol('s'), 1n]) {
  clearTimeout(v);
  clearInterval(v);
}
clearImmediate(undefined);
clearImmediate(null);

// Odd delays are coerced: not numbers → 1ms.
for (const d of [undefined, null, 'abc', {}, -1, NaN, 0, 0.5, true]) {
  const t = setTimeout(() => {}, d);
  assert.strictEqual(t._idleTimeout, 1, `delay ${String(d)}`);
  clearTimeout(t);
}
{
  const t = setTimeout(() => {}, '10');
  assert.strictEqual(t._idleTimeout, 10);
  clearTimeout(t);
  const t2 = setTimeout(() => {}, 2.7);
  assert.strictEqual(t2._idleTimeout, 2.7);
  clearTimeout(t2);
  const t3 = setTimeout(() => {}, { valueOf() { return 25; } });
  assert.strictEqual(t3._idleTimeout, 25);
  clearTimeout(t3);
}
assert.throws(() => setTimeout(() => {}, 1n), TypeError);

// A fractional delay still fires (the list is keyed by the truncated value).
let fired = 0;
setTimeout(() => { fired++; }, 1.5);
setTimeout(() => { fired++; }, 1.2);
const cleared = setTimeout(() => { fired += 100; }, 1.7);
clearTimeout(cleared);

// The timers/promises forms reject on bad options instead of throwing.
const tp = require('timers/promises');
const rejections = [
  tp.setTimeout(1, 'v', null),
  tp.setTimeout(1, 'v', { signal: {} }),
  tp.setImmediate('v', { ref: 1 }),
  tp.setTimeout('1', 'v'),
  tp.scheduler.wait('x'),
];
Promise.allSettled(rejections).then((results) => {
  for (const r of results) {
    assert.strictEqual(r.status, 'rejected');
    assert.strictEqual(r.reason.code, 'ERR_INVALID_ARG_TYPE');
  }
});
assert.throws(() => new tp.scheduler.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => tp.scheduler.wait.call({}, 1), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Scheduler',
});
{
  const it = tp.setInterval('1');
  it.next().then(() => assert.fail('must reject'), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message,
                       'The "delay" argument must be of type number. Received type string (\'1\')');
  });
}

// timers exports
assert.deepStrictEqual(Object.keys(timers).sort(), [
  '_unrefActive', 'active', 'clearImmediate', 'clearInterval', 'clearTimeout', 'enroll',
  'promises', 'setImmediate', 'setInterval', 'setTimeout', 'unenroll',
]);
assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(timers.promises, tp);
assert.strictEqual(require('node:timers'), timers);
const util = require('util');
assert.strictEqual(util.promisify(setTimeout), tp.setTimeout);
assert.strictEqual(util.promisify(setImmediate), tp.setImmediate);

process.on('exit', () => {
  assert.strictEqual(fired, 2);
});
