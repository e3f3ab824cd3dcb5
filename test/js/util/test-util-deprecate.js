'use strict';
// util.deprecate: warns once (per code), keeps behaviour and prototype.
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

assert.throws(() => util.deprecate(() => {}, 'msg', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (5)',
});

function original(a, b) { return [this, a + b]; }
const deprecated = util.deprecate(original, 'original() is deprecated', 'DEP_TEST_1');
assert.strictEqual(deprecated.name, 'deprecated');
assert.strictEqual(Object.getPrototypeOf(deprecated), original);
const thisArg = {};
assert.deepStrictEqual(deprecated.call(thisArg, 1, 2), [thisArg, 3]);
deprecated(1, 2);

// Same code from another wrapper: no second warning.
const again = util.deprecate(() => 'again', 'other message', 'DEP_TEST_1');
assert.strictEqual(again(), 'again');

// Without code: each wrapper warns once.
const noCode1 = util.deprecate(() => 1, 'no code one');
const noCode2 = util.deprecate(() => 2, 'no code two');
noCode1();
noCode1();
noCode2();

// Constructors.
class Klass {
  constructor(v) { this.v = v; }
}
const DeprecatedKlass = util.deprecate(Klass, 'Klass is deprecated', 'DEP_TEST_2');
const inst = new DeprecatedKlass(7);
assert.strictEqual(inst.v, 7);
assert.ok(inst instanceof Klass);
assert.ok(inst instanceof DeprecatedKlass);
assert.ok(new Klass(1) instanceof DeprecatedKlass);
assert.strictEqual(DeprecatedKlass.prototype, Klass.prototype);

process.nextTick(() => {
  setImmediate(() => {
    const summary = warnings.map((w) => [w.name, w.code, w.message]);
    assert.deepStrictEqual(summary, [
      ['DeprecationWarning', 'DEP_TEST_1', 'original() is deprecated'],
      ['DeprecationWarning', undefined, 'no code one'],
      ['DeprecationWarning', undefined, 'no code two'],
      ['DeprecationWarning', 'DEP_TEST_2', 'Klass is deprecated'],
    ]);
  });
});
