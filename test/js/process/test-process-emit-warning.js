'use strict';
const assert = require('assert');

// The default printer stays (it writes to stderr); record what is emitted.
const seen = [];
process.on('warning', (w) => seen.push(w));

function thrower() {
  process.emitWarning('with ctor', { type: 'CtorWarning', ctor: thrower });
}
thrower();
process.emitWarning('a', 'TypeA', 'CODE_A', function someCtor() {});
process.emitWarning('b', 'TypeB', function otherCtor() {});
process.emitWarning('c', { detail: 'details here' });
const err = new TypeError('an error');
process.emitWarning(err);
process.emitWarning('d', undefined, 'CODE_D');

assert.strictEqual(seen.length, 0, 'warnings are emitted asynchronously');

assert.throws(() => process.emitWarning(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "warning" argument must be of type string or an instance of Error. Received undefined',
});
assert.throws(() => process.emitWarning({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.emitWarning('x', { type: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received type number (1)',
});
assert.throws(() => process.emitWarning('x', 'T', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received an instance of Object',
});

// throwDeprecation: a DeprecationWarning is thrown on a later tick, as an
// uncaught exception
let thrownDeprecation;
process.once('uncaughtException', (e) => { thrownDeprecation = e; });
process.throwDeprecation = true;
process.emitWarning('dep', 'DeprecationWarning', 'DEP0X');
// other types are not thrown
process.emitWarning('not thrown', 'OtherWarning');
process.throwDeprecation = false;

// noDeprecation: DeprecationWarnings are dropped
process.noDeprecation = true;
process.emitWarning('dropped', 'DeprecationWarning');
process.noDeprecation = false;

process.nextTick(() => {
  // all emitted by now (each on its own tick, queued before this one)
  const byMessage = Object.fromEntries(seen.map((w) => [w.message, w]));
  assert.deepStrictEqual(seen.map((w) => w.message),
                         ['with ctor', 'a', 'b', 'c', 'an error', 'd', 'not thrown']);
  assert.strictEqual(byMessage['with ctor'].name, 'CtorWarning');
  assert.ok(!byMessage['with ctor'].stack.includes('at thrower'),
            'ctor frames are left out of the stack');
  assert.strictEqual(byMessage.a.name, 'TypeA');
  assert.strictEqual(byMessage.a.code, 'CODE_A');
  assert.strictEqual(byMessage.b.name, 'TypeB');
  assert.strictEqual(byMessage.b.code, undefined);
  assert.strictEqual(byMessage.c.name, 'Warning');
  assert.strictEqual(byMessage.c.detail, 'details here');
  assert.strictEqual(byMessage['an error'], err);
  assert.strictEqual(byMessage.d.name, 'Warning');
  assert.strictEqual(byMessage.d.code, 'CODE_D');
  for (const w of seen) assert.ok(w instanceof Error);
});
process.on('exit', () => {
  assert.strictEqual(thrownDeprecation.name, 'DeprecationWarning');
  assert.strictEqual(thrownDeprecation.message, 'dep');
  assert.strictEqual(thrownDeprecation.code, 'DEP0X');
  assert.ok(!seen.some((w) => w.message === 'dep'));
});
