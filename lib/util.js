'use strict';

// The public 'util' module.

const {
  format,
  formatWithOptions,
  inspect,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const {
  debuglog,
  deprecate,
  getSystemErrorMap,
  getSystemErrorName,
  promisify,
  shouldColorize,
  toUSVString,
  lazyErrors,
  lazyValidators,
} = require('internal/util');
const types = require('internal/util/types');


// ---------------------------------------------------------------------------
// Legacy type checks (documented as deprecated, no runtime warning).

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

// ---------------------------------------------------------------------------

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n) {
  return `${n}`.padStart(2, '0');
}

// "26 Feb 16:19:34"
function timestamp() {
  const d = new Date();
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = lazyErrors().codes;
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

function _extend(target, source) {
  // Only objects are copied from.
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  // Backwards, as node always has: it decides the order of new keys.
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason would read as success to the callback: wrap it.
  if (!reason) {
    const { ERR_FALSY_VALUE_REJECTION } = lazyErrors().codes;
    const newReason = new ERR_FALSY_VALUE_REJECTION(reason);
    if (!('reason' in newReason)) newReason.reason = reason;
    reason = newReason;
  }
  return cb(reason);
}

function callbackify(original) {
  lazyValidators().validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    lazyValidators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    // The callback runs in a later tick so that exceptions it throws are not
    // swallowed by the promise.
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  // The callback is one more argument.
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const key of Reflect.ownKeys(descriptors)) Object.setPrototypeOf(descriptors[key], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

// Whether `stream` looks like a stream: a node stream (has write/pipe and
// on, or stream state) or a WHATWG one.
function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  return typeof stream.write === 'function' ||
    (typeof stream.pipe === 'function' && typeof stream.on === 'function') ||
    stream._readableState !== undefined || stream._writableState !== undefined ||
    typeof stream.getReader === 'function' || typeof stream.getWriter === 'function';
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { validateString, validateBoolean, validateOneOf } = lazyValidators();
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  if (validateStream && !isStreamLike(stream)) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
      'stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  // Node 20 applies a list of formats whatever the stream supports.
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const formatCodes = inspect.colors[key];
      if (formatCodes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
      left += escapeStyleCode(formatCodes[0]);
      right = `${escapeStyleCode(formatCodes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const formatCodes = inspect.colors[format];
  if (formatCodes == null) validateOneOf(format, 'format', Object.keys(inspect.colors));
  // Colors only where the stream shows them (checked after validation).
  if (validateStream && !shouldColorize(stream)) return text;
  return `${escapeStyleCode(formatCodes[0])}${text}${escapeStyleCode(formatCodes[1])}`;
}

// Node 22's util.getCallSites(): the caller's stack frames.
function getCallSites(frameCount = 10) {
  lazyValidators().validateNumber(frameCount, 'frameCount', 1, 200);
  // Ask for one more: the binding may include this function's own frame.
  const sites = internalBinding('util').getCallSites(frameCount + 1);
  let start = 0;
  while (start < sites.length && sites[start].scriptName === 'node:util') start++;
  return sites.slice(start, start + frameCount);
}

function _errnoException(...args) {
  const errors = lazyErrors();
  if (typeof errors.ErrnoException === 'function') return new errors.ErrnoException(...args);
  return errors.errnoException(...args);
}

function _exceptionWithHostPort(...args) {
  const errors = lazyErrors();
  if (typeof errors.ExceptionWithHostPort === 'function') {
    return new errors.ExceptionWithHostPort(...args);
  }
  return errors.exceptionWithHostPort(...args);
}

// Resolves when `signal` aborts. Nothing keeps the wait alive but
// `resource`, which callers pass to tie the wait to an object's lifetime.
async function aborted(signal, resource) {
  const { validateAbortSignal, validateObject } = lazyValidators();
  if (signal === undefined) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('resource', 'object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

// ---------------------------------------------------------------------------
// parseEnv: the .env format as node 20 reads it. Node's parser works on
// views into one buffer; trimming a view made only of spaces leaves it one
// character to the left (keeping the character before it). That quirk is
// reproduced so results are the same.

function parseEnv(content) {
  lazyValidators().validateString(content, 'content');
  const buf = content.replace(/\r/g, '');
  const store = new Map();

  // Trims spaces (not tabs) from the view [start, end).
  function trim(start, end) {
    if (start === end) return [start, start];
    if (buf[start] === ' ') {
      let i = start;
      while (i < end && buf[i] === ' ') i++;
      start = i < end ? i : start - 1;
    }
    if (start < end && buf[end - 1] === ' ') {
      let j = end - 1;
      while (j >= start && buf[j] === ' ') j--;
      end = j + 1;
    }
    return [start, end];
  }
  function find(ch, from, end) {
    const i = buf.indexOf(ch, from);
    return i === -1 || i >= end ? -1 : i;
  }

  let [cs, ce] = trim(0, buf.length);
  if (cs < 0) cs = 0;
  while (cs < ce) {
    // Comment lines and blank lines.
    if (buf[cs] === '\n' || buf[cs] === '#') {
      const nl = find('\n', cs, ce);
      if (nl !== -1) {
        cs = nl + 1;
        continue;
      }
    }
    const equal = find('=', cs, ce);
    if (equal === -1) break;
    const [ks, ke] = trim(cs, equal);
    [cs, ce] = trim(equal + 1, ce);
    if (ks === ke) break;
    let key = buf.slice(ks, ke);
    if (key.startsWith('export ')) key = key.slice(7);
    if (cs === ce) {
      store.set(key, '');
      break;
    }

    const quote = buf[cs];
    // Double quotes: "\n" escapes become newlines.
    if (quote === '"') {
      const close = find('"', cs + 1, ce);
      if (close !== -1) {
        store.set(key, buf.slice(cs + 1, close).replaceAll('\\n', '\n'));
        const nl = find('\n', close + 1, ce);
        cs = nl !== -1 ? nl + 1 : close + 1;
        continue;
      }
    }
    if (quote === "'" || quote === '"' || quote === '`') {
      const close = find(quote, cs + 1, ce);
      if (close === -1) {
        // Unterminated: the rest of the line, quote included. Without a
        // newline nothing is stored and the next round starts at the quote.
        const nl = find('\n', cs, ce);
        if (nl !== -1) {
          store.set(key, buf.slice(cs, nl));
          cs = nl;
        }
      } else {
        store.set(key, buf.slice(cs + 1, close));
        const nl = find('\n', close + 1, ce);
        cs = nl !== -1 ? nl + 1 : close + 1;
      }
    } else {
      // Unquoted: up to the end of line or a `#` comment.
      const nl = find('\n', cs, ce);
      let vs = cs;
      let ve;
      if (nl !== -1) {
        ve = nl;
        cs = nl + 1;
      } else {
        ve = ce;
        cs = ce;
      }
      const hash = find('#', vs, ve);
      if (hash !== -1) ve = hash;
      [vs, ve] = trim(vs, ve);
      store.set(key, buf.slice(vs, ve));
    }
  }

  // Node keeps the pairs in a sorted map.
  const result = {};
  for (const key of Array.from(store.keys()).sort()) result[key] = store.get(key);
  return result;
}

// ---------------------------------------------------------------------------

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
};

// Getters (no setters) for values from other modules, loaded on first use.
function defineLazyGetter(key, load) {
  let value;
  Object.defineProperty(module.exports, key, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (value === undefined) value = load();
      return value;
    },
  });
  Object.defineProperty(Object.getOwnPropertyDescriptor(module.exports, key).get, 'name', {
    __proto__: null, value: `get ${key}`,
  });
}

// Getter/setter pairs: the first read turns the property into a plain
// value; assigning replaces it.
function defineLazyProperty(key, load) {
  function set(value) {
    Object.defineProperty(module.exports, key, {
      __proto__: null, writable: true, value, configurable: true, enumerable: true,
    });
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
  function get() {
    const value = load();
    set(value);
    return value;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
  Object.defineProperty(module.exports, key, {
    __proto__: null, configurable: true, enumerable: true, get, set,
  });
}

function loadOptional(id, key) {
  try {
    return require(id)[key];
  } catch {
    return undefined;
  }
}

defineLazyGetter('transferableAbortSignal',
                 () => require('internal/abort_controller').transferableAbortSignal);
defineLazyGetter('transferableAbortController',
                 () => require('internal/abort_controller').transferableAbortController);
defineLazyGetter('aborted', () => aborted);
module.exports.types = types;
module.exports.parseEnv = parseEnv;
defineLazyProperty('parseArgs', () => require('internal/util/parse_args').parseArgs);
defineLazyProperty('TextDecoder',
                   () => globalThis.TextDecoder ?? loadOptional('internal/encoding', 'TextDecoder'));
defineLazyProperty('TextEncoder',
                   () => globalThis.TextEncoder ?? loadOptional('internal/encoding', 'TextEncoder'));
defineLazyProperty('MIMEType', () => loadOptional('internal/mime', 'MIMEType'));
defineLazyProperty('MIMEParams', () => loadOptional('internal/mime', 'MIMEParams'));
