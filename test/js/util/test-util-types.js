'use strict';
// util.types and the legacy util.is* checks.
const assert = require('assert');
const util = require('util');
const types = require('util/types');

assert.strictEqual(types, util.types);
assert.deepStrictEqual(Object.keys(types), [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray',
  'isUint8Array', 'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array',
  'isInt16Array', 'isInt32Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array',
  'isBigUint64Array', 'isKeyObject', 'isCryptoKey',
]);
assert.strictEqual(types.isArrayBufferView, ArrayBuffer.isView);

const args = (function() { return arguments; })();
const gen = (function* () {})();
const cases = {
  isDate: [new Date()],
  isArgumentsObject: [args],
  isBigIntObject: [Object(1n)],
  isBooleanObject: [new Boolean(false)],
  isNumberObject: [new Number(1)],
  isStringObject: [new String('')],
  isSymbolObject: [Object(Symbol())],
  isNativeError: [new Error(), new TypeError()],
  isRegExp: [/x/, new RegExp('')],
  isAsyncFunction: [async () => {}, async function* () {}],
  isGeneratorFunction: [function* () {}, async function* () {}],
  isGeneratorObject: [gen],
  isPromise: [Promise.resolve()],
  isMap: [new Map()],
  isSet: [new Set()],
  isMapIterator: [new Map().keys(), new Map()[Symbol.iterator]()],
  isSetIterator: [new Set().values()],
  isWeakMap: [new WeakMap()],
  isWeakSet: [new WeakSet()],
  isArrayBuffer: [new ArrayBuffer(1)],
  isDataView: [new DataView(new ArrayBuffer(1))],
  isSharedArrayBuffer: [new SharedArrayBuffer(1)],
  isProxy: [new Proxy({}, {})],
  isAnyArrayBuffer: [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  isBoxedPrimitive: [new Number(1), new String(''), Object(1n), Object(Symbol()), new Boolean(true)],
  isTypedArray: [new Uint8Array(), new Float64Array(), new BigInt64Array()],
  // Buffer (a Uint8Array subclass) joins this list with the Buffer issue.
  isUint8Array: [new Uint8Array()],
  isUint8ClampedArray: [new Uint8ClampedArray()],
  isUint16Array: [new Uint16Array()],
  isUint32Array: [new Uint32Array()],
  isInt8Array: [new Int8Array()],
  isInt16Array: [new Int16Array()],
  isInt32Array: [new Int32Array()],
  isFloat32Array: [new Float32Array()],
  isFloat64Array: [new Float64Array()],
  isBigInt64Array: [new BigInt64Array()],
  isBigUint64Array: [new BigUint64Array()],
  isArrayBufferView: [new Uint8Array(), new DataView(new ArrayBuffer(1))],
};
const others = [undefined, null, 1, 'str', {}, [], () => {}, Object.create(null),
  { [Symbol.toStringTag]: 'Uint8Array' }, Object.create(Uint8Array.prototype)];
for (const [name, positives] of Object.entries(cases)) {
  for (const v of positives) assert.strictEqual(types[name](v), true, `${name}(${util.inspect(v)})`);
  for (const v of others) assert.strictEqual(types[name](v), false, `${name}(${util.inspect(v)})`);
}
// Kinds do not overlap.
assert.strictEqual(types.isUint8Array(new Int8Array()), false);
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(types.isNativeError(Object.create(Error.prototype)), false);
assert.strictEqual(types.isExternal({}), false);
assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);
assert.strictEqual(types.isTypedArray(new Proxy(new Uint8Array(), {})), false);

// Legacy checks.
assert.strictEqual(util.isArray, Array.isArray);
assert.strictEqual(util.isRegExp, types.isRegExp);
assert.strictEqual(util.isDate, types.isDate);
const legacy = [
  ['isBoolean', [true, false], [0, 'true', null]],
  ['isNull', [null], [undefined, 0]],
  ['isNullOrUndefined', [null, undefined], [0, '', false]],
  ['isNumber', [0, NaN, Infinity], ['1', 1n, new Number(1)]],
  ['isString', ['', 'x'], [new String('x'), 1]],
  ['isSymbol', [Symbol()], [Object(Symbol()), 'Symbol()']],
  ['isUndefined', [undefined], [null, 0]],
  ['isObject', [{}, [], new Date()], [null, undefined, () => {}, 1]],
  ['isError', [new Error(), new TypeError(), Object.create(Error.prototype)], [{}, { name: 'Error', message: '' }]],
  ['isFunction', [() => {}, class {}, async () => {}], [{}, null]],
  ['isPrimitive', [1, 'x', null, undefined, Symbol(), 1n, true], [{}, [], () => {}, new Number(1)]],
  ...(typeof Buffer === 'function' ? [['isBuffer', [Buffer.alloc(0)], [new Uint8Array(0), {}, null]]] : []),
];
for (const [name, yes, no] of legacy) {
  for (const v of yes) assert.strictEqual(util[name](v), true, `${name}(${util.inspect(v)})`);
  for (const v of no) assert.strictEqual(util[name](v), false, `${name}(${util.inspect(v)})`);
}
