'use strict';
// util.inherits and util._extend.
const assert = require('assert');
const util = require('util');

function A() { this.a = 'a'; }
A.prototype.fromA = function() { return 'fromA'; };
function B() { A.call(this); this.b = 'b'; }
util.inherits(B, A);
const b = new B();
assert.ok(b instanceof A);
assert.ok(b instanceof B);
assert.strictEqual(b.fromA(), 'fromA');
assert.strictEqual(B.super_, A);
assert.strictEqual(Object.getPrototypeOf(B.prototype), A.prototype);
assert.strictEqual(B.prototype.constructor, B);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(B, 'super_'), {
  value: A, writable: true, enumerable: false, configurable: true,
});

// Classes work too.
class Base {}
function Child() {}
util.inherits(Child, Base);
assert.ok(new Child() instanceof Base);

assert.throws(() => util.inherits(A, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
assert.throws(() => util.inherits(A, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(null, A), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(undefined, A), { code: 'ERR_INVALID_ARG_TYPE' });

// _extend copies own enumerable keys, ignoring non-object sources.
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });
assert.deepStrictEqual(util._extend({ a: 1 }, 'str'), { a: 1 });
assert.deepStrictEqual(Object.keys(util._extend({}, { x: 1, y: 2, z: 3 })), ['z', 'y', 'x']);
const target = {};
assert.strictEqual(util._extend(target, { a: 1 }), target);
