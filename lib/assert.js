'use strict';

// The `assert` module (node 20 API). Failures throw AssertionError with
// code 'ERR_ASSERTION' and node's generated messages; argument errors use
// node's ERR_* codes.

const {
  codes: {
    ERR_AMBIGUOUS_ARGUMENT,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_RETURN_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateFunction } = require('internal/validators');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');

const hostIsNode = typeof internalBinding !== 'function';

let inspectFn;
function inspect(value, opts) {
  if (inspectFn === undefined) {
    inspectFn = (hostIsNode ? require('util') : require('internal/util/inspect')).inspect;
  }
  return inspectFn(value, opts);
}

let typesModule;
function types() {
  if (typesModule === undefined) {
    typesModule = hostIsNode ? require('util').types : require('internal/util/types');
  }
  return typesModule;
}

const isRegExp = (value) => types().isRegExp(value);
const isPromise = (value) => types().isPromise(value);
const isError = (value) => types().isNativeError(value) || value instanceof Error;

// What getActual()/waitForActual() return when nothing was thrown.
const NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// ---------------------------------------------------------------------------
// assert.ok(false) without a message quotes the failing call from the
// source: "The expression evaluated to a falsy value:\n\n  assert.ok(x)\n".

const errorCache = new Map();

// The caller of `fn` as a V8 CallSite (undefined if not on the stack).
function callSiteOf(fn) {
  const holder = {};
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  try {
    Error.prepareStackTrace = (_, callSites) => callSites;
    Error.stackTraceLimit = 1;
    Error.captureStackTrace(holder, fn);
    const sites = holder.stack;
    return Array.isArray(sites) ? sites[0] : undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

const isIdentChar = (c) => /[\w$\u0080-\uffff]/.test(c);

// Finds the end of the call whose callee ends at or spans `offset` in
// `code`: skips the callee name, then matches the argument parentheses,
// stepping over strings, template literals, comments and regular
// expressions. Returns the index after ')' or -1.
function findCallEnd(code, offset) {
  let i = offset;
  while (i < code.length && isIdentChar(code[i])) i++;
  while (i < code.length && /\s/.test(code[i])) i++;
  if (code[i] !== '(') return -1;
  let depth = 0;
  let lastSignificant = '(';
  const templateDepths = [];
  while (i < code.length) {
    const c = code[i];
    if (c === '"' || c === "'") {
      i = skipString(code, i, c);
      if (i === -1) return -1;
      lastSignificant = c;
      continue;
    }
    if (c === '`') {
      i = skipTemplate(code, i + 1, templateDepths, depth);
      if (i === -1) return -1;
      lastSignificant = '`';
      continue;
    }
    if (c === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      if (nl === -1) return -1;
      i = nl;
      continue;
    }
    if (c === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) return -1;
      i = close + 2;
      continue;
    }
    if (c === '/' && /[(,=:[!&|?{};+\-*%<>~^]/.test(lastSignificant)) {
      i = skipRegExp(code, i);
      if (i === -1) return -1;
      lastSignificant = '/';
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (c === '}' && templateDepths.length > 0 &&
          templateDepths[templateDepths.length - 1] === depth) {
        // End of a ${...} substitution: continue the template literal.
        templateDepths.pop();
        i = skipTemplate(code, i + 1, templateDepths, depth);
        if (i === -1) return -1;
        lastSignificant = '`';
        continue;
      }
      depth--;
      if (depth === 0) return i + 1;
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return -1;
}

function skipString(code, i, quote) {
  for (i++; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      i++;
    } else if (c === quote) {
      return i + 1;
    } else if (c === '\n') {
      return -1;
    }
  }
  return -1;
}

// Continues a template literal body at `i`; stops after the closing
// backtick, or after '${' (recording the nesting depth to return to).
function skipTemplate(code, i, templateDepths, depth) {
  for (; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      i++;
    } else if (c === '`') {
      return i + 1;
    } else if (c === '$' && code[i + 1] === '{') {
      templateDepths.push(depth);
      return i + 2;
    }
  }
  return -1;
}

function skipRegExp(code, i) {
  let inClass = false;
  for (i++; i < code.length; i++) {
    const c = code[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      inClass = true;
    } else if (c === ']') {
      inClass = false;
    } else if (c === '/' && !inClass) {
      i++;
      while (i < code.length && /[a-z]/.test(code[i])) i++;
      return i;
    } else if (c === '\n') {
      return -1;
    }
  }
  return -1;
}

// [startColumn, text] of the call at (line, column), or undefined.
function getCallCode(source, line, column) {
  let lineStart = 0;
  for (let l = 1; l < line; l++) {
    lineStart = source.indexOf('\n', lineStart) + 1;
    if (lineStart === 0) return undefined;
  }
  const code = source.slice(lineStart);
  const offset = column - 1;
  // Walk back over the callee: `assert`, `assert.ok`, `assert.strict.ok`.
  let start = offset;
  while (start > 0 && (isIdentChar(code[start - 1]) || code[start - 1] === '.')) start--;
  const end = findCallEnd(code, offset);
  if (end === -1) return undefined;
  // Control characters would garble the message; show them escaped.
  const text = code.slice(start, end).replace(
    /[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [start, text];
}

function readSource(filename) {
  if (filename.startsWith('file://')) {
    filename = decodeURIComponent(new URL(filename).pathname);
  }
  let fs;
  try {
    fs = require('fs');
  } catch {
    return undefined;
  }
  if (typeof fs.readFileSync !== 'function') return undefined;
  return fs.readFileSync(filename, 'utf8');
}

function getErrMessage(fn) {
  let call;
  try {
    call = callSiteOf(fn);
  } catch {
    return undefined;
  }
  if (call === undefined) return undefined;
  const filename = call.getFileName();
  const line = call.getLineNumber();
  const column = call.getColumnNumber();
  if (!filename || !line || !column) return undefined;

  const identifier = `${filename}${line}${column}`;
  if (errorCache.has(identifier)) return errorCache.get(identifier);

  let message;
  try {
    const source = readSource(filename);
    const found = source === undefined ? undefined : getCallCode(source, line, column);
    if (found !== undefined) {
      const { 0: startColumn } = found;
      message = found[1];
      if (message.includes('\n')) {
        // Re-indent continuation lines relative to the call.
        const frames = message.replace(/\r\n/g, '\n').split('\n');
        message = frames.shift();
        for (const frame of frames) {
          let pos = 0;
          while (pos < startColumn && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
          message += `\n  ${frame.slice(pos)}`;
        }
      }
      message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
    }
  } catch {
    message = undefined;
  }
  errorCache.set(identifier, message);
  return message;
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(fn);
    } else if (message instanceof Error) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

// ---------------------------------------------------------------------------
// The API.

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

// The module is `ok` itself, with the other functions as properties (in
// node's key order).
const assert = ok;
module.exports = assert;

let warnedFail = false;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFail) {
      warnedFail = true;
      process.emitWarning(
        'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
        'DeprecationWarning',
        'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;

  const err = new AssertionError({
    actual,
    expected,
    operator: operator === undefined ? 'fail' : operator,
    stackStartFn: stackStartFn || fail,
    message,
  });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}
assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;

/* eslint-disable eqeqeq */
assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};
/* eslint-enable eqeqeq */

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual,
    });
  }
};

assert.notDeepStrictEqual = notDeepStrictEqual;
function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual,
    });
  }
}

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw new ERR_MISSING_ARGS('actual', 'expected');
  if (Object.is(actual, expected)) {
    innerFail({
      actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual,
    });
  }
};

// Stand-ins for `actual` and `expected` in the diff shown when a thrown
// error does not match a validation object: only the compared keys, and
// RegExp expectations that matched show the actual string.
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({
        actual: a,
        expected: b,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

// Checks a thrown/rejected `actual` against `expected`: a RegExp (matched
// against String(actual)), an Error class, a validation function or a
// validation object.
function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;

  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      // A primitive was thrown: compare it with the object as a whole.
      const err = new AssertionError({
        actual,
        expected,
        message,
        operator: 'deepStrictEqual',
        stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      // For Error instances, name and message are compared too.
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    // (arrow functions have no prototype, hence the guard)
    return;
  } else if (Object.prototype.isPrototypeOf.call(Error, expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    // A validation function must return exactly true.
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return` +
          ` "true". Received ${inspect(res)}`;
        if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }

  if (throwError) {
    const err = new AssertionError({
      actual,
      expected,
      message,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
  // Thenables with a catch method count, like node.
  return isPromise(obj) ||
    (obj !== null && typeof obj === 'object' &&
     typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw new ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', resultPromise);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw new ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION_SENTINEL;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new ERR_AMBIGUOUS_ARGUMENT(
          'error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new ERR_AMBIGUOUS_ARGUMENT(
        'error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }

  if (actual === NO_EXCEPTION_SENTINEL) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined,
      expected: error,
      operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`,
      stackStartFn,
    });
  }

  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Object.prototype.isPrototypeOf.call(Error, expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION_SENTINEL) return;

  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }

  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual,
      expected: error,
      operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) {
        message += err.constructor.name;
      } else {
        message += err.message;
      }
    } else {
      message += inspect(err);
    }

    const newErr = new AssertionError({
      actual: err,
      expected: null,
      operator: 'ifError',
      message,
      stackStartFn: ifError,
    });

    // Show the original error's frames after ours, without duplicates.
    const origStack = err.stack;
    if (typeof origStack === 'string') {
      const origStackStart = origStack.indexOf('\n    at');
      if (origStackStart !== -1) {
        const originalFrames = origStack.slice(origStackStart + 1).split('\n');
        let newFrames = (newErr.stack || '').split('\n');
        for (const errFrame of originalFrames) {
          const pos = newFrames.indexOf(errFrame);
          if (pos !== -1) {
            newFrames = newFrames.slice(0, pos);
            break;
          }
        }
        newErr.stack = `${newFrames.join('\n')}\n${originalFrames.join('\n')}`;
      }
    }

    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw new ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      (match ?
        'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({
      actual: string,
      expected: regexp,
      message,
      operator: fn.name,
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// Loaded on first use (it pulls in more than plain assertions need).
Object.defineProperty(assert, 'CallTracker', {
  __proto__: null,
  get() {
    return require('internal/assert/call_tracker');
  },
  set(value) {
    Object.defineProperty(this, 'CallTracker', {
      __proto__: null, value, writable: true, enumerable: true, configurable: true,
    });
  },
  enumerable: true,
  configurable: true,
});

// assert.strict: the same API with the strict comparisons under the loose
// names.
function strict(...args) {
  innerOk(strict, args.length, ...args);
}

// Copy descriptors, not values, so the lazy CallTracker stays lazy.
for (const key of Object.keys(assert)) {
  Object.defineProperty(strict, key, Object.getOwnPropertyDescriptor(assert, key));
}
strict.equal = assert.strictEqual;
strict.deepEqual = assert.deepStrictEqual;
strict.notEqual = assert.notStrictEqual;
strict.notDeepEqual = assert.notDeepStrictEqual;
assert.strict = strict;
strict.strict = strict;
