'use strict';
// What eddy's V8 (10.2) does differently from node 20's (11.3) in ways that
// user code sees, mended in JS at start-up, before any user code runs:
//
// - JSON.parse words its errors as node 20 does. V8's own parser still does
//   all the work; only once it has thrown does internal/json_errors re-scan
//   the text for node 20's message.
// - the ES2023 "change array by copy" methods (Array and %TypedArray%
//   toSorted, toReversed, with; Array toSpliced) and String isWellFormed /
//   toWellFormed, which V8 10.2 lacks.
//
// Everything here has a builtin's shape: a method (no prototype, not a
// constructor), non-enumerable, with the spec's name and length.
//
// Start-up cost: ~0.17 ms (its code-cached load, then the new properties on
// builtin prototypes); the method bodies compile on first call and the
// JSON error scanner loads on the first parse error.

const nativeParse = JSON.parse;
const { captureStackTrace } = Error;
const IntrinsicSyntaxError = SyntaxError;
let jsonErrors;

// One defineProperties call per object: each new property of a prototype
// invalidates V8's prototype-chain caches, which is most of this file's cost.
function defineMethods(target, methods) {
  const descriptors = {};
  for (const name of Object.keys(methods)) {
    descriptors[name] = {
      value: methods[name], writable: true, enumerable: false, configurable: true,
    };
  }
  Object.defineProperties(target, descriptors);
}

// --- JSON.parse ------------------------------------------------------------------
//
// (Function.prototype.toString shows this wrapper's source, where node
// prints "function parse() { [native code] }".)
const json = {
  parse(text, reviver) {
    // ToString once, as the spec does: a second call could see another value.
    const source = typeof text === 'string' ? text : `${text}`;
    try {
      return nativeParse(source, reviver);
    } catch (err) {
      // Errors from the reviver (or a full stack) pass through: the text is fine.
      jsonErrors ??= require('internal/json_errors');
      const message = jsonErrors.jsonParseErrorMessage(source);
      if (message === undefined) throw err;
      const error = new IntrinsicSyntaxError(message);
      captureStackTrace(error, json.parse);
      throw error;
    }
  },
};
defineMethods(JSON, json);

// --- ES2023: change array by copy, well-formed strings ----------------------------
//
// Written from the spec (ES2023 23.1.3, 23.2.3, 22.1.3), with node 20's
// messages. Everything they call is captured here, so user code that
// replaces a builtin later does not change them.

const { apply } = Reflect;
const { isNaN: numberIsNaN } = Number;
const { trunc } = Math;
const { asIntN } = BigInt;
const ArrayPrototypeSort = Array.prototype.sort;
const MapPrototypeHas = Map.prototype.has;
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayPrototypeAt = TypedArrayPrototype.at;
const TypedArrayPrototypeSet = TypedArrayPrototype.set;
const TypedArrayPrototypeSort = TypedArrayPrototype.sort;
const TypedArrayPrototypeReverse = TypedArrayPrototype.reverse;
const TypedArrayPrototypeGetLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
// The [[TypedArrayName]] of a typed array, undefined for anything else.
const TypedArrayPrototypeGetName =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayConstructors = {
  __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
const kMaxArrayLength = 2 ** 32 - 1;
const kMaxSafeInteger = 2 ** 53 - 1;

function toIntegerOrInfinity(value) {
  const number = +value;
  return numberIsNaN(number) ? 0 : trunc(number);  // trunc(-0.5) is -0: + 0 below
}

function lengthOfArrayLike(object) {
  const length = toIntegerOrInfinity(object.length);
  if (length <= 0) return 0;
  return length < kMaxSafeInteger ? length : kMaxSafeInteger;
}

// ArrayCreate(length)'s check; the arrays are then filled in order, which
// keeps them packed.
function checkArrayLength(length) {
  if (length > kMaxArrayLength) throw new RangeError('Invalid array length');
}

// A value as V8 words it in messages (#<Object>, [object Array], abc), without
// running user code: borrowed from a builtin's incompatible-receiver error.
function describe(value) {
  try {
    apply(MapPrototypeHas, value, []);
  } catch (err) {
    return err.message.slice('Method Map.prototype.has called on incompatible receiver '.length);
  }
  return '#<Map>';
}

function checkComparator(comparefn) {
  if (comparefn !== undefined && typeof comparefn !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
}

// ValidateTypedArray: the array's length, or node's TypeError for a receiver
// that is not a typed array or whose buffer is detached. %TypedArray%.prototype.at
// makes the same checks; its messages carry the method's name, renamed here.
function validateTypedArray(array, method, notTypedArrayMessage) {
  const isTypedArray = TypedArrayPrototypeGetName.call(array) !== undefined;
  if (!isTypedArray && notTypedArrayMessage !== undefined) {
    throw new TypeError(notTypedArrayMessage);
  }
  const length = isTypedArray ? TypedArrayPrototypeGetLength.call(array) : 0;
  if (length === 0) {  // maybe detached
    try {
      apply(TypedArrayPrototypeAt, array, [0]);
    } catch (err) {
      throw new TypeError(err.message.replace('%TypedArray%.prototype.at',
                                              `%TypedArray%.prototype.${method}`));
    }
  }
  return length;
}

function typedArrayCreateSameType(array, length) {
  return new typedArrayConstructors[TypedArrayPrototypeGetName.call(array)](length);
}

const arrayMethods = {
  toReversed() {
    const object = Object(this);
    if (this == null) throw new TypeError('Cannot convert undefined or null to object');
    const length = lengthOfArrayLike(object);
    checkArrayLength(length);
    const result = [];
    for (let k = 0; k < length; k++) result[k] = object[length - k - 1];
    return result;
  },

  toSorted(comparefn) {
    checkComparator(comparefn);
    if (this == null) throw new TypeError('Cannot convert undefined or null to object');
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    checkArrayLength(length);
    // Holes read through to the prototype, as undefined at worst; V8's own
    // sort then gives SortCompare's order (undefined last) and calls.
    const result = [];
    for (let k = 0; k < length; k++) result[k] = object[k];
    apply(ArrayPrototypeSort, result, [comparefn]);
    return result;
  },

  toSpliced(start, skipCount, ...items) {
    if (this == null) throw new TypeError('Cannot convert undefined or null to object');
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const relativeStart = toIntegerOrInfinity(start);
    let actualStart;
    if (relativeStart < 0) actualStart = relativeStart + length > 0 ? relativeStart + length : 0;
    else actualStart = relativeStart < length ? relativeStart : length;
    let actualSkipCount;
    if (arguments.length === 0) {
      actualSkipCount = 0;
    } else if (arguments.length === 1) {
      actualSkipCount = length - actualStart;
    } else {
      const count = toIntegerOrInfinity(skipCount);
      actualSkipCount = count < 0 ? 0 : count < length - actualStart ? count : length - actualStart;
    }
    const newLength = length + items.length - actualSkipCount;
    if (newLength > kMaxSafeInteger) throw new TypeError('Invalid array length');
    checkArrayLength(newLength);
    const result = [];
    let i = 0;
    for (; i < actualStart; i++) result[i] = object[i];
    for (let j = 0; j < items.length; j++) result[i++] = items[j];
    for (let from = actualStart + actualSkipCount; i < newLength; i++, from++) {
      result[i] = object[from];
    }
    return result;
  },

  with(index, value) {
    if (this == null) throw new TypeError('Cannot convert undefined or null to object');
    const object = Object(this);
    const length = lengthOfArrayLike(object);
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : length + relativeIndex;
    if (actualIndex >= length || actualIndex < 0) {
      throw new RangeError(`Invalid index : ${describe(index)}`);
    }
    checkArrayLength(length);
    const result = [];
    for (let k = 0; k < length; k++) result[k] = k === actualIndex ? value : object[k];
    return result;
  },
};

const typedArrayMethods = {
  toReversed() {
    const length = validateTypedArray(this, 'toReversed');
    const result = typedArrayCreateSameType(this, length);
    apply(TypedArrayPrototypeSet, result, [this]);
    apply(TypedArrayPrototypeReverse, result, []);
    return result;
  },

  toSorted(comparefn) {
    checkComparator(comparefn);
    const length = validateTypedArray(this, 'toSorted');
    const result = typedArrayCreateSameType(this, length);
    apply(TypedArrayPrototypeSet, result, [this]);
    apply(TypedArrayPrototypeSort, result, [comparefn]);
    return result;
  },

  with(index, value) {
    const length = validateTypedArray(this, 'with', 'this is not a typed array.');
    // node 20 converts the value before the index (the spec: the other way).
    const name = TypedArrayPrototypeGetName.call(this);
    const numericValue = name === 'BigInt64Array' || name === 'BigUint64Array' ?
      asIntN(64, value) : +value;
    const relativeIndex = toIntegerOrInfinity(index);
    const actualIndex = relativeIndex >= 0 ? relativeIndex : length + relativeIndex;
    // The conversions may have detached the buffer (its length is then 0).
    if (!(actualIndex >= 0 && actualIndex < TypedArrayPrototypeGetLength.call(this))) {
      throw new RangeError('Invalid typed array index');
    }
    const result = typedArrayCreateSameType(this, length);
    apply(TypedArrayPrototypeSet, result, [this]);
    result[actualIndex] = numericValue;
    return result;
  },
};

// Lone surrogates: a lead not followed by a trail, a trail not after a lead.
function firstLoneSurrogate(string, from) {
  for (let i = from; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

const stringMethods = {
  isWellFormed() {
    if (this == null) {
      throw new TypeError('String.prototype.isWellFormed called on null or undefined');
    }
    return firstLoneSurrogate(`${this}`, 0) === -1;
  },

  toWellFormed() {
    if (this == null) {
      throw new TypeError('String.prototype.toWellFormed called on null or undefined');
    }
    const string = `${this}`;
    let lone = firstLoneSurrogate(string, 0);
    if (lone === -1) return string;
    let result = '';
    let from = 0;
    do {
      result += `${string.slice(from, lone)}\ufffd`;
      from = lone + 1;
      lone = firstLoneSurrogate(string, from);
    } while (lone !== -1);
    return result + string.slice(from);
  },
};

if (Array.prototype.toSorted === undefined) {
  defineMethods(Array.prototype, arrayMethods);
  const unscopable = { value: true, writable: true, enumerable: true, configurable: true };
  Object.defineProperties(Array.prototype[Symbol.unscopables], {
    toReversed: unscopable, toSorted: unscopable, toSpliced: unscopable,
  });
  defineMethods(TypedArrayPrototype, typedArrayMethods);
  defineMethods(String.prototype, stringMethods);
}
