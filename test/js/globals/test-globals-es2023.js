'use strict';
// The ES2023 methods node 20 has and V8 10.2 lacks (eddy adds them in
// lib/internal/bootstrap/v8_compat.js): their shape and the spec's edge cases,
// with node 20's values and messages. The random differential run is
// test/golden/globals/es2023-by-copy.js.
const assert = require('assert');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const shapes = [
  [Array.prototype, 'toSorted', 1], [Array.prototype, 'toReversed', 0],
  [Array.prototype, 'with', 2], [Array.prototype, 'toSpliced', 2],
  [TypedArrayPrototype, 'toSorted', 1], [TypedArrayPrototype, 'toReversed', 0],
  [TypedArrayPrototype, 'with', 2],
  [String.prototype, 'isWellFormed', 0], [String.prototype, 'toWellFormed', 0],
];
for (const [target, name, length] of shapes) {
  const desc = Object.getOwnPropertyDescriptor(target, name);
  assert.strictEqual(typeof desc.value, 'function', name);
  assert.strictEqual(desc.writable && !desc.enumerable && desc.configurable, true, name);
  assert.strictEqual(desc.value.name, name);
  assert.strictEqual(desc.value.length, length, name);
  assert.strictEqual(Object.hasOwn(desc.value, 'prototype'), false, name);
  assert.throws(() => new desc.value(), TypeError);
}
const unscopables = Array.prototype[Symbol.unscopables];
for (const name of ['toReversed', 'toSorted', 'toSpliced']) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(unscopables, name),
                         { value: true, writable: true, enumerable: true, configurable: true });
}
assert.strictEqual(Object.hasOwn(unscopables, 'with'), false);

// Arrays: copies, holes read as undefined (through the prototype), array-likes.
{
  const holes = [3, , 1];  // eslint-disable-line no-sparse-arrays
  assert.deepStrictEqual(holes.toSorted(), [1, 3, undefined]);
  assert.deepStrictEqual(holes.toReversed(), [1, undefined, 3]);
  assert.deepStrictEqual(holes.with(0, 9), [9, undefined, 1]);
  assert.deepStrictEqual(holes.toSpliced(0, 1), [undefined, 1]);
  assert.ok(1 in holes.toReversed());
  assert.deepStrictEqual(holes, [3, , 1]);  // eslint-disable-line no-sparse-arrays
  assert.deepStrictEqual([10, 9, 1].toSorted(), [1, 10, 9]);
  assert.deepStrictEqual([10, 9, 1].toSorted((a, b) => a - b), [1, 9, 10]);
  assert.deepStrictEqual(Array.prototype.toSorted.call({ length: 2, 0: 'b', 1: 'a' }), ['a', 'b']);
  assert.deepStrictEqual(Array.prototype.toReversed.call('abc'), ['c', 'b', 'a']);
  assert.deepStrictEqual([1, 2, 3].with(-1, 'x'), [1, 2, 'x']);
  assert.deepStrictEqual([1, 2, 3].with('1', 'x'), [1, 'x', 3]);
  assert.deepStrictEqual([1, 2, 3].toSpliced(), [1, 2, 3]);
  assert.deepStrictEqual([1, 2, 3].toSpliced(1), [1]);
  assert.deepStrictEqual([1, 2, 3].toSpliced(-2, 1, 'a', 'b'), [1, 'a', 'b', 3]);
  assert.deepStrictEqual([1, 2, 3].toSpliced(1, -5, 'a'), [1, 'a', 2, 3]);
  class MyArray extends Array {}
  assert.strictEqual(Object.getPrototypeOf(MyArray.from([1]).toSorted()), Array.prototype);

  const badCompare = { name: 'TypeError',
                       message: 'The comparison function must be either a function or undefined' };
  assert.throws(() => [].toSorted(null), badCompare);
  assert.throws(() => Array.prototype.toSorted.call(null, 1), badCompare);
  const toObject = { name: 'TypeError', message: 'Cannot convert undefined or null to object' };
  for (const name of ['toSorted', 'toReversed', 'with', 'toSpliced']) {
    assert.throws(() => Array.prototype[name].call(undefined), toObject);
  }
  assert.throws(() => [1].with(1, 0), { name: 'RangeError', message: 'Invalid index : 1' });
  assert.throws(() => [1].with(-2, 0), { name: 'RangeError', message: 'Invalid index : -2' });
  assert.throws(() => [].with({}, 0), { name: 'RangeError', message: 'Invalid index : #<Object>' });
  assert.throws(() => [].with('abc', 0), { name: 'RangeError', message: 'Invalid index : abc' });
  const tooLong = { name: 'RangeError', message: 'Invalid array length' };
  assert.throws(() => Array.prototype.toReversed.call({ length: 2 ** 32 }), tooLong);
  assert.throws(() => Array.prototype.toSorted.call({ length: 2 ** 32 }), tooLong);
  assert.throws(() => Array.prototype.with.call({ length: 2 ** 32 }, 0, 0), tooLong);
  assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 32 }), tooLong);
  assert.throws(() => Array.prototype.toSpliced.call({ length: 2 ** 53 - 1 }, 0, 0, 1),
                { name: 'TypeError', message: 'Invalid array length' });
  const thrown = new Error('compare');
  assert.throws(() => [2, 1].toSorted(() => { throw thrown; }), (err) => err === thrown);
}

// Typed arrays: same type (never a subclass or species), value conversions.
{
  class Sub extends Float64Array {}
  const sorted = new Sub([3, -0, 0, NaN, -1]).toSorted();
  assert.strictEqual(Object.getPrototypeOf(sorted), Float64Array.prototype);
  assert.deepStrictEqual([...sorted], [-1, -0, 0, 3, NaN]);
  assert.deepStrictEqual([...new Uint8Array([1, 2, 3]).subarray(1).toReversed()], [3, 2]);
  assert.deepStrictEqual([...new Uint8Array([1, 2]).with(-1, 300)], [1, 44]);
  assert.deepStrictEqual([...new BigUint64Array(1).with(0, -1n)], [2n ** 64n - 1n]);
  assert.deepStrictEqual([...new Int8Array([1, 2, 3]).toSorted((a, b) => b - a)], [3, 2, 1]);
  assert.throws(() => new Uint8Array(2).with(2, 1),
                { name: 'RangeError', message: 'Invalid typed array index' });
  assert.throws(() => new BigInt64Array(1).with(0, 1),
                { name: 'TypeError', message: 'Cannot convert 1 to a BigInt' });
  assert.throws(() => new Uint8Array(1).with(0, 1n),
                { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });
  assert.throws(() => TypedArrayPrototype.toReversed.call([]), {
    name: 'TypeError',
    message: 'Method %TypedArray%.prototype.toReversed called on incompatible receiver [object Array]',
  });
  assert.throws(() => TypedArrayPrototype.toSorted.call({}), {
    name: 'TypeError',
    message: 'Method %TypedArray%.prototype.toSorted called on incompatible receiver #<Object>',
  });
  assert.throws(() => TypedArrayPrototype.with.call(new DataView(new ArrayBuffer(1)), 0, 0),
                { name: 'TypeError', message: 'this is not a typed array.' });
  // The value is converted before the index (as node 20 does).
  const order = [];
  new Uint8Array(2).with({ valueOf() { order.push('index'); return 0; } },
                         { valueOf() { order.push('value'); return 1; } });
  assert.deepStrictEqual(order, ['value', 'index']);
}

// Strings: lone surrogates.
{
  assert.strictEqual('a\ud83d\ude00b'.isWellFormed(), true);
  assert.strictEqual('a\ud83db'.isWellFormed(), false);
  assert.strictEqual('\ude00\ud83d'.toWellFormed(), '\ufffd\ufffd');
  assert.strictEqual('x\ud83d\ude00\udbffy\udc00'.toWellFormed(), 'x\ud83d\ude00\ufffdy\ufffd');
  assert.strictEqual(String.prototype.toWellFormed.call(12), '12');
  assert.throws(() => String.prototype.isWellFormed.call(null), {
    name: 'TypeError', message: 'String.prototype.isWellFormed called on null or undefined',
  });
  assert.throws(() => String.prototype.toWellFormed.call(undefined), {
    name: 'TypeError', message: 'String.prototype.toWellFormed called on null or undefined',
  });
  assert.throws(() => String.prototype.isWellFormed.call(Symbol('s')), TypeError);
}

console.log('ok');
