'use strict';

// Deep equality as assert.deepEqual / assert.deepStrictEqual and
// util.isDeepStrictEqual define it (node 20 semantics).
//
// Strict mode compares with Object.is, requires equal prototypes and also
// looks at enumerable symbol keys. Loose mode compares primitives with ==,
// ignores prototypes and symbol keys.

const hostIsNode = typeof internalBinding !== 'function';

const types = hostIsNode ? require('util').types : require('internal/util/types');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isBigIntObject,
  isBooleanObject,
  isBoxedPrimitive,
  isDate,
  isFloat32Array,
  isFloat64Array,
  isMap,
  isNativeError,
  isNumberObject,
  isRegExp,
  isSet,
  isStringObject,
  isSymbolObject,
} = types;

// Own enumerable keys of an array-like that are not array indices.
let nativeNonIndexKeys;
function getOwnNonIndexKeys(obj, withSymbols) {
  if (nativeNonIndexKeys === undefined) {
    nativeNonIndexKeys = null;
    if (!hostIsNode) {
      const binding = internalBinding('util');
      if (typeof binding.getOwnNonIndexProperties === 'function') {
        const onlyEnumerable = binding.constants?.ONLY_ENUMERABLE ?? 2;
        nativeNonIndexKeys = (o) => binding.getOwnNonIndexProperties(o, onlyEnumerable);
      }
    }
  }
  let keys;
  if (nativeNonIndexKeys !== null) {
    keys = nativeNonIndexKeys(obj);
  } else {
    keys = [];
    for (const key of Reflect.ownKeys(obj)) {
      if (typeof key === 'string' && isArrayIndex(key)) continue;
      if (Object.prototype.propertyIsEnumerable.call(obj, key)) keys.push(key);
    }
  }
  return withSymbols ? keys : keys.filter((k) => typeof k !== 'symbol');
}

function isArrayIndex(key) {
  const n = +key;
  return n >>> 0 === n && n !== 4294967295 && String(n) === key;
}

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const isEnumerable = (obj, key) => Object.prototype.propertyIsEnumerable.call(obj, key);
const objectToString = (v) => Object.prototype.toString.call(v);

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

function isError(value) {
  return isNativeError(value) || value instanceof Error;
}

function isURL(value) {
  return typeof URL === 'function' && value instanceof URL;
}

function sameRegExp(a, b) {
  return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  for (let i = 0; i < x.length; i++) {
    if (x[i] !== y[i]) return false;
  }
  return true;
}

// Loose comparison of float arrays is by value: 0 equals -0, NaN never
// equals anything.
function sameFloatValues(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

function sameBuffers(a, b) {
  return a.byteLength === b.byteLength &&
    sameBytes(new Uint8Array(a), new Uint8Array(b));
}

function sameBoxedPrimitive(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (isSymbolObject(a)) {
    return isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

// True when `b` is one of the special kinds handled above (so a plain object
// `a` cannot equal it).
function isSpecialObject(b) {
  return Array.isArray(b) || isArrayBufferView(b) || isSet(b) || isMap(b) ||
    isDate(b) || isRegExp(b) || isAnyArrayBuffer(b) || isBoxedPrimitive(b) ||
    isError(b);
}

function innerDeepEqual(a, b, strict, memos) {
  if (a === b) {
    // 0 and -0 are === but differ in strict mode.
    return a !== 0 || !strict || Object.is(a, b);
  }

  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }

  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const keysA = getOwnNonIndexKeys(a, strict);
    if (keysA.length !== getOwnNonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kIsArray, keysA);
  }
  if (tag === '[object Object]') {
    return keyCheck(a, b, strict, memos, kNoIterator);
  }
  if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || !sameRegExp(a, b)) return false;
  } else if (isError(a)) {
    // message, name, cause and errors are usually non-enumerable own
    // properties, so they are compared explicitly.
    if (!isError(b) || a.message !== b.message || a.name !== b.name) return false;
    if (hasOwn(a, 'cause') !== hasOwn(b, 'cause') ||
        (hasOwn(a, 'cause') && !innerDeepEqual(a.cause, b.cause, strict, memos))) {
      return false;
    }
    if (hasOwn(a, 'errors') !== hasOwn(b, 'errors') ||
        (hasOwn(a, 'errors') && !innerDeepEqual(a.errors, b.errors, strict, memos))) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    if (!strict && (isFloat32Array(a) || isFloat64Array(a))) {
      if (!sameFloatValues(a, b)) return false;
    } else if (!sameBytes(a, b)) {
      return false;
    }
    const keysA = getOwnNonIndexKeys(a, strict);
    if (keysA.length !== getOwnNonIndexKeys(b, strict).length) return false;
    return keyCheck(a, b, strict, memos, kNoIterator, keysA);
  } else if (isSet(a)) {
    if (!isSet(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsSet);
  } else if (isMap(a)) {
    if (!isMap(b) || a.size !== b.size) return false;
    return keyCheck(a, b, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(a)) {
    if (!isAnyArrayBuffer(b) || !sameBuffers(a, b)) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!sameBoxedPrimitive(a, b)) return false;
  } else if (isURL(a)) {
    // URL state is internal; its serialization decides.
    if (!isURL(b) || a.href !== b.href) return false;
  } else if (isSpecialObject(b)) {
    return false;
  }
  return keyCheck(a, b, strict, memos, kNoIterator);
}

function enumerableSymbolCount(obj, symbols) {
  let n = 0;
  for (const sym of symbols) {
    if (isEnumerable(obj, sym)) n++;
  }
  return n;
}

// Compares the own enumerable keys (given in `keysA`, or Object.keys) and
// then the contents, guarding against cycles with `memos`.
function keyCheck(a, b, strict, memos, iterationType, keysA) {
  if (keysA === undefined) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    for (let i = 0; i < keysA.length; i++) {
      if (!isEnumerable(b, keysA[i])) return false;
    }
    if (strict) {
      // Enumerable symbol keys must match too.
      const symbolsA = Object.getOwnPropertySymbols(a);
      let count = 0;
      for (const sym of symbolsA) {
        if (isEnumerable(a, sym)) {
          if (!isEnumerable(b, sym)) return false;
          keysA.push(sym);
          count++;
        } else if (isEnumerable(b, sym)) {
          return false;
        }
      }
      const symbolsB = Object.getOwnPropertySymbols(b);
      if (symbolsB.length !== 0 && symbolsA.length !== symbolsB.length &&
          enumerableSymbolCount(b, symbolsB) !== count) {
        return false;
      }
    }
  } else {
    for (let i = 0; i < keysA.length; i++) {
      if (!isEnumerable(b, keysA[i])) return false;
    }
  }

  if (keysA.length === 0 &&
      (iterationType === kNoIterator ||
       (iterationType === kIsArray && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  return guardCycles(a, b, strict, memos, keysA, iterationType);
}

// Cycle handling. A comparison of two objects that are both already being
// compared further up (an ancestor pair, in any combination) counts as
// equal, so cyclic structures terminate. The first two levels are checked
// without allocating: level one records its pair, level two compares
// against that pair; deeper levels keep all objects on the path in a Set
// (the first two pairs stay in it once it exists). Entries of a failed
// comparison are kept, except while searching Sets/Maps for a match
// (`deleteFailures`), where a failure is not final.
function guardCycles(a, b, strict, memos, keys, iterationType) {
  if (memos === undefined) {
    memos = {
      set: undefined,
      a,
      b,
      c: undefined,
      d: undefined,
      deep: false,
      deleteFailures: false,
    };
    return objEquiv(a, b, strict, keys, memos, iterationType);
  }

  if (memos.set === undefined) {
    if (!memos.deep) {
      if (memos.a === a && memos.b === b) return true;
      memos.c = a;
      memos.d = b;
      memos.deep = true;
      const result = objEquiv(a, b, strict, keys, memos, iterationType);
      memos.deep = false;
      return result;
    }
    memos.set = new Set([memos.a, memos.b, memos.c, memos.d]);
  }

  const { set } = memos;
  const before = set.size;
  set.add(a);
  set.add(b);
  if (set.size === before) return true;

  const result = objEquiv(a, b, strict, keys, memos, iterationType);
  if (result || memos.deleteFailures) {
    set.delete(a);
    set.delete(b);
  }
  return result;
}

// For a primitive in one Set/Map that the other lacks: in loose mode it may
// still match a loosely-equal primitive. Returns true/false when the answer
// is known, or null/undefined meaning "check for that alternative value"
// (null and undefined are == to each other only).
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined':
      return null;
    case 'object': // null
      return undefined;
    case 'symbol':
      return false;
    case 'string':
      prim = +prim;
      // Fall through: compare as a number.
    case 'number':
      if (Number.isNaN(prim)) return false;
  }
  return true;
}

function setMightHaveLoosePrim(a, b, prim) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memos) {
  const alt = looseAlternative(prim);
  if (alt != null) return alt;
  const other = b.get(alt);
  if ((other === undefined && !b.has(alt)) || !innerDeepEqual(item, other, false, memos)) {
    return false;
  }
  return !a.has(alt) && innerDeepEqual(item, other, false, memos);
}

// Removes from `set` the first element deep-equal to `value`.
function takeEqualElement(set, value, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  let found = false;
  for (const candidate of set) {
    if (innerDeepEqual(candidate, value, strict, memos)) {
      set.delete(candidate);
      found = true;
      break;
    }
  }
  memos.deleteFailures = deleteFailures;
  return found;
}

function setEquiv(a, b, strict, memos) {
  // Elements of `a` that need a deep search in `b`: objects, and in loose
  // mode primitives `b` lacks but might match loosely.
  let pending = null;
  for (const value of a) {
    if (typeof value === 'object' && value !== null) {
      (pending ??= new Set()).add(value);
    } else if (!b.has(value)) {
      if (strict) return false;
      if (!setMightHaveLoosePrim(a, b, value)) return false;
      (pending ??= new Set()).add(value);
    }
  }
  if (pending === null) return true;
  for (const value of b) {
    if (typeof value === 'object' && value !== null) {
      if (!takeEqualElement(pending, value, strict, memos)) return false;
    } else if (!strict && !a.has(value) && !takeEqualElement(pending, value, strict, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

// Removes from `keys` the first key of `map` whose key and value deep-equal
// (key, item).
// All candidate keys are tried, not just the first deep-equal one:
// Map([[{}, 'a'], [{}, 'b']]) equals Map([[{}, 'b'], [{}, 'a']]).
function takeEqualEntry(keys, map, key, item, strict, memos) {
  const { deleteFailures } = memos;
  memos.deleteFailures = true;
  let found = false;
  for (const candidate of keys) {
    if (innerDeepEqual(candidate, key, strict, memos) &&
        innerDeepEqual(map.get(candidate), item, strict, memos)) {
      keys.delete(candidate);
      found = true;
      break;
    }
  }
  memos.deleteFailures = deleteFailures;
  return found;
}

function mapEquiv(a, b, strict, memos) {
  let pending = null;
  for (const { 0: key, 1: item } of a) {
    if (typeof key === 'object' && key !== null) {
      (pending ??= new Set()).add(key);
    } else {
      const other = b.get(key);
      if ((other === undefined && !b.has(key)) || !innerDeepEqual(item, other, strict, memos)) {
        if (strict) return false;
        if (!mapMightHaveLoosePrim(a, b, key, item, memos)) return false;
        (pending ??= new Set()).add(key);
      }
    }
  }
  if (pending === null) return true;
  for (const { 0: key, 1: item } of b) {
    if (typeof key === 'object' && key !== null) {
      if (!takeEqualEntry(pending, a, key, item, strict, memos)) return false;
    } else if (!strict &&
               (!a.has(key) || !innerDeepEqual(a.get(key), item, false, memos)) &&
               !takeEqualEntry(pending, a, key, item, false, memos)) {
      return false;
    }
  }
  return pending.size === 0;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  // Named keys first, then the elements.
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!innerDeepEqual(a[key], b[key], strict, memos)) return false;
  }
  if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // A hole: compare the remaining (sparse) entries by key.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  } else if (iterationType === kIsSet) {
    return setEquiv(a, b, strict, memos);
  } else if (iterationType === kIsMap) {
    return mapEquiv(a, b, strict, memos);
  }
  return true;
}

function isDeepEqual(a, b) {
  return innerDeepEqual(a, b, false);
}

function isDeepStrictEqual(a, b) {
  return innerDeepEqual(a, b, true);
}

module.exports = {
  isDeepEqual,
  isDeepStrictEqual,
};
