'use strict';

// Small helpers shared across lib/: deprecation wrappers, promisify, system
// error names, well-known symbols and a few utilities other modules expect to
// find here (mirroring what node keeps in its internal/util).

// Lazily loaded to avoid require cycles: internal/errors itself uses
// helpers from this file and from internal/util/inspect.
let errorsModule;
function lazyErrors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}
let validatorsModule;
function lazyValidators() {
  if (validatorsModule === undefined) validatorsModule = require('internal/validators');
  return validatorsModule;
}

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');

// A frozen, prototype-less empty object: the default for optional `options`.
const kEmptyObject = Object.freeze(Object.create(null));

// Descriptor used to make class methods enumerable as WebIDL requires.
const kEnumerableProperty = Object.create(null);
kEnumerableProperty.enumerable = true;
Object.freeze(kEnumerableProperty);

const isWindows = process.platform === 'win32';
const isMacOS = process.platform === 'darwin';

// ---------------------------------------------------------------------------
// Deprecation

// Deprecation codes that already warned: each code warns once per process.
const codesWarned = new Set();

function deprecate(fn, msg, code, useEmitSync) {
  // Nothing to wrap when deprecations are silenced (--no-deprecation).
  if (process.noDeprecation === true) return fn;

  if (code !== undefined) lazyValidators().validateString(code, 'code');

  let warned = false;
  function deprecated(...args) {
    if (!warned && process.noDeprecation !== true) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
    if (new.target !== undefined) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep the wrapped function's statics reachable and make `instanceof` with
  // either the wrapper or the original work the same way.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// Emits a DeprecationWarning once per code without wrapping a function.
function emitDeprecationWarning(msg, code) {
  if (process.noDeprecation === true) return;
  if (code !== undefined) {
    if (codesWarned.has(code)) return;
    codesWarned.add(code);
  }
  process.emitWarning(msg, 'DeprecationWarning', code);
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  const msg = `${feature} is an experimental feature and might change at any time`;
  process.emitWarning(msg, 'ExperimentalWarning');
}

// ---------------------------------------------------------------------------
// promisify

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');

  const custom = original[kCustomPromisifiedSymbol];
  if (custom) {
    lazyValidators().validateFunction(custom, 'util.promisify.custom');
    return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
      __proto__: null, value: custom, enumerable: false, writable: false, configurable: true,
    });
  }

  // Callback APIs that pass several results (e.g. dns.lookup's address and
  // family) list the result names here; the promise then resolves to an object.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  // Copy name, length and any own statics of the original.
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisifiedSymbol;

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// ---------------------------------------------------------------------------
// System errors (libuv error numbers)

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

function getSystemErrorName(err) {
  lazyValidators().validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('err', 'a negative integer', err);
  }
  return lazyUv().errname(err);
}

let uvErrorMap;
function lazyUvErrorMap() {
  if (uvErrorMap === undefined) {
    const uv = lazyUv();
    if (typeof uv.getErrorMap === 'function') {
      // A Map in node; an array of [errno, [name, message]] entries is
      // accepted too.
      const map = uv.getErrorMap();
      uvErrorMap = map instanceof Map ? map : new Map(map);
    } else {
      // Build the map from the UV_* constants and errname().
      uvErrorMap = new Map();
      for (const key of Object.keys(uv)) {
        if (!key.startsWith('UV_') || typeof uv[key] !== 'number') continue;
        const code = uv[key];
        const name = key.slice(3);
        const message = typeof uv.getErrorMessage === 'function' ? uv.getErrorMessage(code) : name;
        uvErrorMap.set(code, [name, message]);
      }
    }
  }
  return uvErrorMap;
}

function getSystemErrorMap() {
  return lazyUvErrorMap();
}

function getSystemErrorMessage(err) {
  const entry = lazyUvErrorMap().get(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[1];
}

// ---------------------------------------------------------------------------
// Misc helpers

let isNativeErrorFn;
function isError(e) {
  if (isNativeErrorFn === undefined) isNativeErrorFn = internalBinding('types').isNativeError;
  // An error from another realm is not `instanceof Error`, and an object that
  // inherits from Error.prototype is not a native error: accept both.
  return isNativeErrorFn(e) || e instanceof Error;
}

// Fast join for arrays of strings.
function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// Faster than Array.prototype.splice for removing one element.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) map.set(key, key);
    else map.set(key, item);
  }
  return Array.from(map.values()).sort();
}

// Returns the canonical name of a Buffer encoding, or undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowNormalizeEncoding(enc);
}

function slowNormalizeEncoding(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    case '':
      return 'utf8';
  }
  return undefined;
}

// Replaces lone surrogates with U+FFFD (V8 10 lacks String#toWellFormed).
const loneSurrogateRegExp = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUSVString(str) {
  return `${str}`.replace(loneSurrogateRegExp, '\uFFFD');
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return `${str}`.replace(colorRegExp, '');
}

function sleep(msec) {
  const binding = internalBinding('util');
  if (typeof binding.sleep === 'function') {
    binding.sleep(msec);
    return;
  }
  // Fallback: block with Atomics.wait.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, msec);
}

// Sets an own data property without going through setters on the prototype.
function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

// Defines enumerable getters on `target` that load `id` on first access and
// return its export of the same name; the value then becomes a plain property.
function defineLazyProperties(target, id, keys, enumerable = true) {
  const descriptors = { __proto__: null };
  let mod;
  for (const key of keys) {
    let lazyLoadedValue;
    function set(value) {
      Object.defineProperty(target, key, {
        __proto__: null, writable: true, value, configurable: true, enumerable,
      });
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      mod ??= require(id);
      if (lazyLoadedValue === undefined) {
        lazyLoadedValue = mod[key];
        set(lazyLoadedValue);
      }
      return lazyLoadedValue;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    descriptors[key] = { __proto__: null, configurable: true, enumerable, get, set };
  }
  Object.defineProperties(target, descriptors);
}

// Defines `name` on `target` as a non-enumerable, writable, configurable
// value, as WebIDL interfaces are exposed on the global object.
function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: interfaceObject,
  });
}

function exposeNamespace(target, name, namespaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true, value: namespaceObject,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  Object.defineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get: getter, set: setter,
  });
}

function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true, value: method,
  });
}

let domExceptionClass;
function lazyDOMExceptionClass() {
  if (domExceptionClass === undefined) {
    domExceptionClass = globalThis.DOMException;
    if (domExceptionClass === undefined) {
      domExceptionClass = require('internal/per_context/domexception').DOMException;
    }
  }
  return domExceptionClass;
}

function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

function isInsideNodeModules() {
  const binding = internalBinding('util');
  if (typeof binding.isInsideNodeModules === 'function') return binding.isInsideNodeModules();
  const stack = new Error().stack || '';
  const lines = stack.split('\n').slice(1);
  for (const line of lines) {
    if (line.includes('node:')) continue;
    return /[\\/]node_modules[\\/]/.test(line);
  }
  return false;
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

// ---------------------------------------------------------------------------
// debuglog: NODE_DEBUG=name1,name2,prefix* enables util.debuglog(name).

let debugEnvRegExp;
function testDebugEnabled(set) {
  if (debugEnvRegExp === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      // Comma-separated names, `*` as wildcard, case-insensitive.
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      debugEnvRegExp = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegExp = null;
    }
  }
  return debugEnvRegExp !== null && debugEnvRegExp.test(set);
}

// Whether to write colors to `stream` (FORCE_COLOR wins over the stream).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  return !!(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

const debugImpls = { __proto__: null };
function noop() {}

function debuglogImpl(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      if (set === 'HTTP' || set === 'HTTP2') {
        process.emitWarning(`Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' ` +
          'can expose sensitive data (such as passwords, tokens and authentication headers) ' +
          'in the resulting log.');
      }
      debugImpls[set] = function debug(...args) {
        const { format, formatWithOptions, inspect } = require('internal/util/inspect');
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPID = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

// Returns a logger for section `set`. Whether it is enabled is decided on
// first use, so that modules may create loggers at load time cheaply.
// `cb` receives the real logging function on first call.
function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = testDebugEnabled(set);
  }
  let debug = (...args) => {
    init();
    debug = debuglogImpl(enabled, set);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      return test();
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  lazyErrors,
  lazyValidators,
  cachedResult,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  debuglog,
  defineLazyProperties,
  defineOperation,
  deprecate,
  emitDeprecationWarning,
  emitExperimentalWarning,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  getConstructorOf,
  getLazy,
  getSystemErrorMap,
  getSystemErrorMessage,
  getSystemErrorName,
  isError,
  isInsideNodeModules,
  isMacOS,
  isWindows,
  join,
  kCustomPromisifiedSymbol,
  kCustomPromisifyArgsSymbol,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  promisify,
  removeColors,
  setOwnProperty,
  shouldColorize,
  sleep,
  spliceOne,
  toUSVString,
};
