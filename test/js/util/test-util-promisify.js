'use strict';
// util.promisify.
const assert = require('assert');
const util = require('util');
const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

for (const bad of [undefined, null, 1, 'str', {}]) {
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "original" argument must be of type function\. Received /,
  });
}

// Custom promisified version.
{
  function withCustom() {}
  const custom = () => Promise.resolve('custom');
  withCustom[promisify.custom] = custom;
  assert.strictEqual(promisify(withCustom), custom);
  assert.strictEqual(promisify(promisify(withCustom)), custom);
  const bad = function() {};
  bad[promisify.custom] = 42;
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "util.promisify.custom" property must be of type function. Received type number (42)',
  });
}

// The result keeps name, length and own properties, and is idempotent.
{
  function original(a, b, cb) { cb(null, a + b); }
  original.extra = 'prop';
  const p = promisify(original);
  assert.strictEqual(p.name, 'original');
  assert.strictEqual(p.length, 3);
  assert.strictEqual(p.extra, 'prop');
  assert.strictEqual(p[promisify.custom], p);
  assert.strictEqual(promisify(p), p);
  assert.strictEqual(Object.getPrototypeOf(p), Object.getPrototypeOf(original));
}

const pending = [];

// Resolution, rejection, `this`, several callback values.
{
  const add = promisify((a, b, cb) => cb(null, a + b));
  pending.push(add(1, 2).then((v) => assert.strictEqual(v, 3)));

  const fail = promisify((cb) => cb(new Error('failed')));
  pending.push(assert.rejects(fail(), { message: 'failed' }));

  // Falsy errors are success.
  const falsy = promisify((cb) => cb(0, 'ok'));
  pending.push(falsy().then((v) => assert.strictEqual(v, 'ok')));

  // Only the first value is kept.
  const multi = promisify((cb) => cb(null, 'a', 'b'));
  pending.push(multi().then((v) => assert.strictEqual(v, 'a')));

  const obj = {
    value: 42,
    method: promisify(function(cb) { cb(null, this.value); }),
  };
  pending.push(obj.method().then((v) => assert.strictEqual(v, 42)));

  // A synchronous throw becomes a rejection.
  const throws = promisify(() => { throw new TypeError('sync'); });
  pending.push(assert.rejects(throws(), TypeError));

  // Callbacks called late still settle.
  const later = promisify((cb) => setTimeout(cb, 1, null, 'later'));
  pending.push(later().then((v) => assert.strictEqual(v, 'later')));
}

// Named callback values (as dns.lookup uses).
{
  const { customPromisifyArgs } = (() => {
    try {
      return require('internal/util');
    } catch {
      return {};
    }
  })();
  if (customPromisifyArgs) {
    const fn = (cb) => cb(null, 'a', 'b');
    fn[customPromisifyArgs] = ['first', 'second'];
    pending.push(promisify(fn)().then((v) => assert.deepStrictEqual(v, { first: 'a', second: 'b' })));
  }
}

// Built-ins with custom promisified versions.
{
  const sleep = promisify(setTimeout);
  pending.push(sleep(1, 'value').then((v) => assert.strictEqual(v, 'value')));
  const immediate = promisify(setImmediate);
  pending.push(immediate('imm').then((v) => assert.strictEqual(v, 'imm')));
}

Promise.all(pending).then(() => {
  process.exitCode = 0;
}, (err) => {
  process.exitCode = 1;
  throw err;
});
