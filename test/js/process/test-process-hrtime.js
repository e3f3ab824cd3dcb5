'use strict';
const assert = require('assert');

const t = process.hrtime();
assert.ok(Array.isArray(t));
assert.strictEqual(t.length, 2);
assert.ok(Number.isInteger(t[0]) && t[0] >= 0);
assert.ok(Number.isInteger(t[1]) && t[1] >= 0 && t[1] < 1e9);

// with a previous time: the difference
const start = process.hrtime();
const until = Date.now() + 5;
while (Date.now() < until);
const diff = process.hrtime(start);
assert.strictEqual(diff.length, 2);
assert.ok(diff[1] >= 0 && diff[1] < 1e9);
const ms = diff[0] * 1e3 + diff[1] / 1e6;
assert.ok(ms >= 4 && ms < 5000, `diff ${ms}ms`);

// a previous time in the future gives negative seconds, nanoseconds stay in range
const future = process.hrtime([t[0] + 10, 0]);
assert.ok(future[0] < 0);

assert.throws(() => process.hrtime(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 3',
});
// undefined is "no previous time"
assert.strictEqual(process.hrtime(undefined).length, 2);

// bigint
const b1 = process.hrtime.bigint();
assert.strictEqual(typeof b1, 'bigint');
const b2 = process.hrtime.bigint();
assert.ok(b2 >= b1);
// consistent with the array form (within a second)
const arr = process.hrtime();
const fromArr = BigInt(arr[0]) * 1000000000n + BigInt(arr[1]);
const b3 = process.hrtime.bigint();
assert.ok(b3 >= fromArr && b3 - fromArr < 1000000000n);

// monotonic
let prev = process.hrtime.bigint();
for (let i = 0; i < 1000; i++) {
  const now = process.hrtime.bigint();
  assert.ok(now >= prev);
  prev = now;
}
