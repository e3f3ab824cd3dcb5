'use strict';
// TIMEOUT_MAX overflow: a TimeoutOverflowWarning, and the delay becomes 1.
const assert = require('assert');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

let ran = 0;
const t = setTimeout(() => { ran++; }, 2 ** 31);
assert.strictEqual(t._idleTimeout, 1);
const ok = setTimeout(() => {}, 2 ** 31 - 1);  // TIMEOUT_MAX itself is fine
assert.strictEqual(ok._idleTimeout, 2 ** 31 - 1);
clearTimeout(ok);
const iv = setInterval(() => { ran++; clearInterval(iv); }, Infinity);
assert.strictEqual(iv._repeat, 1);

// enroll() truncates instead (and validates)
const timers = require('timers');
const item = {};
timers.enroll(item, 2 ** 32);
assert.strictEqual(item._idleTimeout, 2 ** 31 - 1);
assert.throws(() => timers.enroll({}, -1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "msecs" is out of range. It must be a non-negative finite number. Received -1',
});
assert.throws(() => timers.enroll({}, Infinity), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => timers.enroll({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "msecs" argument must be of type number. Received type string (\'x\')',
});

process.on('exit', () => {
  assert.strictEqual(ran, 2);
  const overflow = warnings.filter((w) => w.name === 'TimeoutOverflowWarning');
  assert.strictEqual(overflow.length, 3);
  assert.strictEqual(overflow[0].message,
                     '2147483648 does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
  assert.strictEqual(overflow[1].message,
                     'Infinity does not fit into a 32-bit signed integer.\n' +
                     'Timeout duration was set to 1.');
  assert.strictEqual(overflow[2].message,
                     '4294967296 does not fit into a 32-bit signed integer.\n' +
                     'Timer duration was truncated to 2147483647.');
  const dep = warnings.filter((w) => w.name === 'DeprecationWarning');
  assert.strictEqual(dep.length, 1);
  assert.strictEqual(dep[0].code, 'DEP0095');
});
