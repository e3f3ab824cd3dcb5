'use strict';
// util.callbackify.
const assert = require('assert');
const { callbackify } = require('util');

for (const bad of [undefined, null, 1, 'x', {}]) {
  assert.throws(() => callbackify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "original" argument must be of type function\. Received /,
  });
}

{
  async function asyncFn(a, b) { return a + b; }
  asyncFn.extra = 1;
  const cb = callbackify(asyncFn);
  assert.strictEqual(cb.name, 'asyncFnCallbackified');
  assert.strictEqual(cb.length, 3);
  assert.strictEqual(cb.extra, 1);
  assert.throws(() => cb(1, 2), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The last argument must be of type function. Received type number (2)',
  });
}

let expected = 0;
let called = 0;
function check(fn) {
  expected++;
  return (...args) => {
    called++;
    fn(...args);
  };
}

// Success, with `this` kept.
{
  const obj = {
    value: 5,
    method: callbackify(async function() { return this.value; }),
  };
  obj.method(check((err, value) => {
    assert.strictEqual(err, null);
    assert.strictEqual(value, 5);
  }));
}

// Rejections.
{
  const err = new Error('boom');
  callbackify(() => Promise.reject(err))(check((e, value) => {
    assert.strictEqual(e, err);
    assert.strictEqual(value, undefined);
  }));
}

// Falsy rejection reasons are wrapped.
for (const reason of [null, undefined, 0, '', false, NaN]) {
  callbackify(() => Promise.reject(reason))(check((e) => {
    assert.ok(e instanceof Error);
    assert.strictEqual(e.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(e.message, 'Promise was rejected with falsy value');
    assert.ok(Object.is(e.reason, reason));
  }));
}

// The callback runs asynchronously, after the promise settled.
{
  let sync = true;
  callbackify(async () => 1)(check(() => {
    assert.strictEqual(sync, false);
  }));
  sync = false;
}

// Non-async functions returning promises work too; thenables as well.
{
  callbackify(() => Promise.resolve('p'))(check((e, v) => assert.strictEqual(v, 'p')));
}

process.on('exit', () => {
  assert.strictEqual(called, expected);
});
