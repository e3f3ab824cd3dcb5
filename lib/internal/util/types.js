'use strict';

// util.types: the native checks from internalBinding('types') plus the
// per-kind typed array checks, which read the engine's
// %TypedArray%.prototype[Symbol.toStringTag] getter (it returns the kind's
// name for typed arrays and undefined for anything else, proxies included).

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTagGetter =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayKind(value) {
  return typedArrayTagGetter.call(value);
}

function isTypedArray(value) {
  return typedArrayKind(value) !== undefined;
}

function isUint8Array(value) { return typedArrayKind(value) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return typedArrayKind(value) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return typedArrayKind(value) === 'Uint16Array'; }
function isUint32Array(value) { return typedArrayKind(value) === 'Uint32Array'; }
function isInt8Array(value) { return typedArrayKind(value) === 'Int8Array'; }
function isInt16Array(value) { return typedArrayKind(value) === 'Int16Array'; }
function isInt32Array(value) { return typedArrayKind(value) === 'Int32Array'; }
function isFloat32Array(value) { return typedArrayKind(value) === 'Float32Array'; }
function isFloat64Array(value) { return typedArrayKind(value) === 'Float64Array'; }
function isBigInt64Array(value) { return typedArrayKind(value) === 'BigInt64Array'; }
function isBigUint64Array(value) { return typedArrayKind(value) === 'BigUint64Array'; }

const binding = internalBinding('types');

// Same key order as node's util.types.
const nativeNames = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject',
  'isBooleanObject', 'isNumberObject', 'isStringObject', 'isSymbolObject',
  'isNativeError', 'isRegExp', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isPromise', 'isMap', 'isSet', 'isMapIterator',
  'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer', 'isDataView',
  'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive',
];

for (const name of nativeNames) module.exports[name] = binding[name];

Object.assign(module.exports, {
  isArrayBufferView: ArrayBuffer.isView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
});

// KeyObject and CryptoKey live in the crypto implementation, which is loaded
// only when one of these checks is first used. Without crypto, nothing is one.
let cryptoKeys;
function lazyCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = require('internal/crypto/keys');
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

Object.defineProperties(module.exports, {
  isKeyObject: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value(obj) {
      const keys = lazyCryptoKeys();
      return keys !== null && typeof keys.isKeyObject === 'function' && keys.isKeyObject(obj);
    },
  },
  isCryptoKey: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value(obj) {
      const keys = lazyCryptoKeys();
      return keys !== null && typeof keys.isCryptoKey === 'function' && keys.isCryptoKey(obj);
    },
  },
});
