'use strict';

// Node-compatible error machinery: the table of `ERR_*` codes (`codes`), the
// classes built from it, and helpers that turn libuv / system errno values
// into the `Error` objects node's APIs throw (`ENOENT: no such file ...`).
//
// Instances built from `codes` look like node's:
//   - `name` comes from the base class ('TypeError', 'RangeError', ...),
//   - `code` is an own enumerable property (so util.inspect shows it),
//   - `message` is an own non-enumerable property,
//   - `stack` and `toString()` start with `TypeError [ERR_X]: message`.

const kIsNodeError = Symbol('kIsNodeError');
const kNoOverride = Symbol('kNoOverride');
// events.js stores a function under this key on unhandled 'error' event
// errors; it returns a stack that also shows where the emitter was created.
const kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');

// True when this file runs under stock node (for our tests) rather than eddy.
const hostIsNode = typeof internalBinding !== 'function';

const messages = new Map();
// A dictionary-mode object from the start: adding 281 accessors to a
// fast-mode object copies its map and descriptors at each step, which
// showed up as several percent of start-up.
const codes = Object.create(null);

// ---------------------------------------------------------------------------
// Lazily loaded helpers (keep start-up lean; inspect is big).

let inspectModule;
function lazyInspectModule() {
  if (inspectModule === undefined) {
    inspectModule = hostIsNode ? require('util') : require('internal/util/inspect');
  }
  return inspectModule;
}
function inspect(value, opts) {
  return lazyInspectModule().inspect(value, opts);
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) {
    if (hostIsNode) {
      // Stand-in for eddy's native binding, built on node's public API.
      const util = require('util');
      const map = util.getSystemErrorMap();
      uvBinding = {
        errname: (err) => util.getSystemErrorName(err),
        getErrorMessage: (err) => (map.has(err) ? map.get(err)[1] : 'unknown error'),
        UV_EAI_NODATA: -3007,
        UV_EAI_NONAME: -3008,
      };
    } else {
      uvBinding = internalBinding('uv');
    }
  }
  return uvBinding;
}

let bufferModule;
function lazyBuffer() {
  if (bufferModule === undefined) bufferModule = require('buffer').Buffer;
  return bufferModule;
}

// ---------------------------------------------------------------------------
// Stack traces.

function isErrorStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable :
    desc.set !== undefined;
}

// V8 writes the first line of `stack` as `${name}: ${message}`; node's errors
// show `${name} [${code}]: ${message}` there instead. We capture the frames on
// a scratch object (whose header is just "Error") and expose `stack` through
// an accessor that, on first read, joins node's header with those frames. This
// keeps V8's lazy formatting (the costly part) off the throw path, and the
// header reflects `message` as it is when the stack is first read, as in node.
function captureNodeStack(err, skipFn) {
  if (!Error.stackTraceLimit) {
    // No frames wanted: V8 still gives `stack` a header-only value.
    setStackValue(err, nodeHeader(err));
    return err;
  }
  const frames = {};
  Error.captureStackTrace(frames, skipFn);
  let cached;
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    get() {
      if (cached === undefined) {
        const raw = frames.stack;
        if (typeof raw !== 'string') {
          // A user's Error.prepareStackTrace returned something else; pass it on.
          cached = raw;
        } else {
          const nl = raw.indexOf('\n');
          cached = nl === -1 ? nodeHeader(err) : nodeHeader(err) + raw.slice(nl);
        }
      }
      return cached;
    },
    set(value) {
      setStackValue(this, value);
    },
    enumerable: false,
    configurable: true,
  });
  return err;
}

function setStackValue(err, value) {
  Object.defineProperty(err, 'stack', {
    __proto__: null, value, writable: true, enumerable: false, configurable: true,
  });
}

function nodeHeader(err) {
  return `${err.name} [${err.code}]: ${err.message}`;
}

// Builds an error of `Base` without paying for a stack V8 would capture and we
// would throw away.
function newErrorWithoutStack(Base, message) {
  if (!isErrorStackTraceLimitWritable()) return new Base(message);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new Base(message);
  Error.stackTraceLimit = limit;
  return err;
}

// Re-capture a plain error's stack so it starts at the caller of `fn`.
function captureStackFrom(err, fn) {
  if (Error.stackTraceLimit) {
    if (err !== null && typeof err === 'object' && err[kIsNodeError] === true) {
      captureNodeStack(err, fn);
    } else {
      Error.captureStackTrace(err, fn);
    }
  }
  return err;
}

// Wrap `fn` so errors it throws show the stack from its caller on, hiding the
// frames inside (used for validation helpers).
function hideStackFrames(fn) {
  function wrappedFn(...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (error) {
      throw captureStackFrom(error, wrappedFn);
    }
  }
  wrappedFn.withoutStackTrace = fn;
  return wrappedFn;
}

// Node extends the stack of some errors beyond Error.stackTraceLimit; we
// capture normally, so this is only kept for API compatibility.
function captureLargerStackTrace(err) {
  return err;
}

// ---------------------------------------------------------------------------
// Message formatting.

const kPlaceholder = /%[dfijoOs]/g;

function countPlaceholders(msg) {
  let n = 0;
  kPlaceholder.lastIndex = 0;
  while (kPlaceholder.exec(msg) !== null) n++;
  return n;
}

function internalAssert(value, message) {
  if (!value) throw new codes.ERR_INTERNAL_ASSERTION(message);
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    internalAssert(
      msg.length <= args.length,
      `Code: ${key}; The provided arguments length (${args.length}) does not ` +
        `match the required ones (${msg.length}).`);
    return Reflect.apply(msg, self, args);
  }
  const expected = countPlaceholders(msg);
  internalAssert(
    expected === args.length,
    `Code: ${key}; The provided arguments length (${args.length}) does not ` +
      `match the required ones (${expected}).`);
  if (args.length === 0) return msg;
  return formatMessage(msg, args);
}

// util.format for message templates, with a fast path for the common case of
// string arguments in '%s' slots (no need to load inspect for that).
function formatMessage(msg, args) {
  let out = '';
  let last = 0;
  let i = 0;
  kPlaceholder.lastIndex = 0;
  let m;
  while ((m = kPlaceholder.exec(msg)) !== null) {
    const arg = args[i];
    if (m[0] !== '%s' || typeof arg !== 'string') {
      return lazyInspectModule().format(msg, ...args);
    }
    out += msg.slice(last, m.index) + arg;
    last = m.index + 2;
    i++;
  }
  return out + msg.slice(last);
}

// ---------------------------------------------------------------------------
// The error classes.

function makeNodeErrorClass(Base, key) {
  // The class name is what node uses too ('NodeError'); `constructor` reports
  // the base class so instances read as plain TypeErrors etc.
  class NodeError extends Base {
    constructor(...args) {
      const writable = isErrorStackTraceLimitWritable();
      let limit;
      if (writable) {
        limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
      }
      super();
      if (writable) Error.stackTraceLimit = limit;
      this.code = key;
      Object.defineProperty(this, 'message', {
        __proto__: null,
        value: getMessage(key, args, this),
        enumerable: false,
        writable: true,
        configurable: true,
      });
      captureNodeStack(this, new.target);
    }

    get ['constructor']() {
      return Base;
    }

    get [kIsNodeError]() {
      return true;
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  return NodeError;
}

// E(code, message, Base, ...OtherBases): registers `code`. `message` is a
// util.format template or a function (called with the error as `this`) that
// returns the message. `codes[code]` is built on `Base`; each other base is
// reachable as `codes[code][Other.name]`.
// Each code's class is made on first use: start-up loads this table, and
// making all 281 classes up front cost about a millisecond of every start.
function E(sym, val, def, ...otherClasses) {
  messages.set(sym, val);
  Object.defineProperty(codes, sym, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      const cls = def === SystemError ?
        makeSystemErrorWithCode(sym) :
        makeNodeErrorClass(def, sym);
      for (const other of otherClasses) cls[other.name] = makeNodeErrorClass(other, sym);
      Object.defineProperty(codes, sym, {
        __proto__: null, value: cls, writable: true, configurable: true, enumerable: true,
      });
      return cls;
    },
    set(value) {
      Object.defineProperty(codes, sym, {
        __proto__: null, value, writable: true, configurable: true, enumerable: true,
      });
    },
  });
}

// SystemError: errors carrying a libuv/system error context
// ({ errno, code, syscall, message, path, dest }), e.g. ERR_SYSTEM_ERROR and
// ERR_TTY_INIT_FAILED. The registered message is the prefix.
class SystemError extends Error {
  constructor(key, context) {
    const writable = isErrorStackTraceLimitWritable();
    let limit;
    if (writable) {
      limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
    }
    super();
    if (writable) Error.stackTraceLimit = limit;

    const prefix = getMessage(key, [], this);
    let message = `${prefix}: ${context.syscall} returned ` +
      `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;

    this.code = key;
    Object.defineProperties(this, {
      [kIsNodeError]: {
        __proto__: null, value: true, enumerable: false, writable: false, configurable: true,
      },
      name: {
        __proto__: null, value: 'SystemError', enumerable: false, writable: true, configurable: true,
      },
      message: {
        __proto__: null, value: message, enumerable: false, writable: true, configurable: true,
      },
      info: {
        __proto__: null, value: context, enumerable: true, configurable: true, writable: false,
      },
      errno: {
        __proto__: null,
        get() { return context.errno; },
        set: (value) => { context.errno = value; },
        enumerable: true,
        configurable: true,
      },
      syscall: {
        __proto__: null,
        get() { return context.syscall; },
        set: (value) => { context.syscall = value; },
        enumerable: true,
        configurable: true,
      },
    });
    // path and dest are kept as Buffers in the context (as node does) and
    // read back as strings.
    for (const key of ['path', 'dest']) {
      if (context[key] === undefined) continue;
      Object.defineProperty(this, key, {
        __proto__: null,
        get() { return context[key] != null ? context[key].toString() : context[key]; },
        set: (value) => {
          context[key] = value ? lazyBuffer().from(value.toString()) : undefined;
        },
        enumerable: true,
        configurable: true,
      });
    }
    captureNodeStack(this, new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Show the accessor values (errno, syscall, ...) rather than [Getter/Setter].
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

// AbortError is not in the code table: it has code 'ABORT_ERR' and its own name.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// An AggregateError carrying the code of its first error (net uses it for
// failed connection attempts); its stack header shows the code like other
// node errors.
class NodeAggregateError extends AggregateError {
  constructor(errors, message) {
    super(errors, message);
    this.code = errors[0]?.code;
    captureNodeStack(this, new.target);
  }

  get [kIsNodeError]() {
    return true;
  }

  get ['constructor']() {
    return AggregateError;
  }
}

// Combine an error raised while handling another (e.g. during cleanup).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      // Already aggregated: add to it.
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

// A plain Error with extra own properties, without node's code in the header.
function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

// Used when reporting an uncaught exception: `beforeInspector` gives the
// stack to show (enhanced by events.js where it applies), `afterInspector`
// the full text node prints (the error inspected, with its properties).
const fatalExceptionStackEnhancers = {
  beforeInspector(error) {
    if (typeof error[kEnhanceStackBeforeInspector] !== 'function') return error.stack;
    try {
      // Rewrite the stack so later reporting includes the extra frames.
      error.stack = error[kEnhanceStackBeforeInspector]();
    } catch {
      // Keep the original stack.
    }
    return error.stack;
  },
  afterInspector(error) {
    const originalStack = error.stack;
    let useColors = false;
    try {
      const stderr = process.stderr;
      useColors = !!(stderr && stderr.isTTY && typeof stderr.hasColors === 'function' &&
                     stderr.hasColors());
    } catch {
      // No usable stderr: plain text.
    }
    try {
      const { inspect: inspectFn } = lazyInspectModule();
      return inspectFn(error, {
        colors: useColors,
        customInspect: false,
        depth: Math.max(inspectFn.defaultOptions.depth, 5),
      });
    } catch {
      return originalStack;
    }
  },
};

// ---------------------------------------------------------------------------
// System (errno) errors.

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// [name, message] for a libuv error number, as node's uv error map gives.
function uvErrmapGet(errno) {
  const uv = lazyUv();
  let name;
  try {
    name = uv.errname(errno);
  } catch {
    return undefined;
  }
  if (typeof name !== 'string' || name.startsWith('Unknown system error')) return undefined;
  return [name, uv.getErrorMessage(errno)];
}

function getSystemErrorName(errno) {
  const entry = uvErrmapGet(errno);
  return entry === undefined ? `Unknown system error ${errno}` : entry[0];
}

// Builds the error node throws for a failed libuv request, e.g.
//   ENOENT: no such file or directory, open 'x'
// ctx: { errno, syscall, path?, dest?, message?, ...extra }
function uvException(ctx) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(ctx.errno) || uvUnmappedError;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;

  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }

  const err = newErrorWithoutStack(Error, message);
  // Property order as node's fs errors show them: errno, code, syscall, ...
  err.errno = ctx.errno;
  err.code = code;
  err.syscall = ctx.syscall;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest' ||
        prop === 'errno' || prop === 'syscall' || prop === 'code') {
      continue;
    }
    err[prop] = ctx[prop];
  }
  if (path) err.path = path;
  if (dest) err.dest = dest;
  Error.captureStackTrace(err, new.target || uvException);
  return err;
}

// " address:port", " address" or "" for the system-error messages below.
function hostPortDetails(address, port) {
  if (port && port > 0) return ` ${address}:${port}`;
  if (address) return ` ${address}`;
  return '';
}

// connect ECONNREFUSED: connection refused 127.0.0.1:80
function uvExceptionWithHostPort(err, syscall, address, port) {
  const { 0: code, 1: uvmsg } = uvErrmapGet(err) || uvUnmappedError;
  const message = `${syscall} ${code}: ${uvmsg}`;
  const details = hostPortDetails(address, port);
  const ex = newErrorWithoutStack(Error, `${message}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  Error.captureStackTrace(ex, new.target || uvExceptionWithHostPort);
  return ex;
}

// open ENOENT original
function errnoException(err, syscall, original) {
  const code = getSystemErrorName(err);
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = newErrorWithoutStack(Error, message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  Error.captureStackTrace(ex, new.target || errnoException);
  return ex;
}

// connect ECONNREFUSED 127.0.0.1:80 - Local (additional)
function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = hostPortDetails(address, port);
  if (additional) details += ` - Local (${additional})`;
  const ex = newErrorWithoutStack(Error, `${syscall} ${code}${details}`);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  Error.captureStackTrace(ex, new.target || exceptionWithHostPort);
  return ex;
}

// getaddrinfo ENOTFOUND example.org; `code` is a string ('ENOTFOUND') or a
// libuv error number.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const uv = lazyUv();
    // Both "no data" and "no name" are reported as ENOTFOUND, as node does.
    if (code === (uv.UV_EAI_NODATA ?? -3007) || code === (uv.UV_EAI_NONAME ?? -3008)) {
      code = 'ENOTFOUND';
    } else {
      code = getSystemErrorName(code);
    }
  }
  const message = `${syscall} ${code}${hostname ? ` ${hostname}` : ''}`;
  const ex = newErrorWithoutStack(Error, message);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  Error.captureStackTrace(ex, new.target || dnsException);
  return ex;
}

// An ECONNRESET error as http/net report it.
function connResetException(msg) {
  const ex = new Error(msg);
  ex.code = 'ECONNRESET';
  return ex;
}

// ---------------------------------------------------------------------------
// Helpers for the messages below.

const kTypes = [
  'string', 'function', 'number', 'object',
  // Accept 'Function' and 'Object' as alternatives to the lower-case forms.
  'Function', 'Object', 'boolean', 'bigint', 'symbol',
];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;

// formatList(['a', 'b', 'c']) → 'a, b, and c'
function formatList(array, type = 'and') {
  return array.length < 3 ?
    array.join(` ${type} `) :
    `${array.slice(0, -1).join(', ')}, ${type} ${array[array.length - 1]}`;
}

// How node's messages describe a received value: 'null', 'undefined',
// 'function f', 'an instance of X', or 'type number (5)'.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const name = value.constructor?.name;
    if (name !== undefined) return `an instance of ${name}`;
    return inspect(value, { depth: -1 });
  }
  // Long strings are cut before quoting, so the closing quote stays visible.
  if (type === 'string' && value.length > 28) value = `${value.slice(0, 25)}...`;
  return `type ${type} (${inspect(value, { colors: false })})`;
}

// 4294967297 → '4_294_967_297'
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  internalAssert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];

  let msg = 'The ';
  if (name.endsWith(' argument')) {
    // e.g. 'first argument'
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      other.push(value);
    }
  }

  // With instances listed, 'object' reads better as 'an instance of Object'.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    if (types.length > 2) {
      const last = types.pop();
      msg += `one of type ${types.join(', ')}, or ${last}`;
    } else if (types.length === 2) {
      msg += `one of type ${types[0]} or ${types[1]}`;
    } else {
      msg += `of type ${types[0]}`;
    }
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }

  if (instances.length > 0) {
    if (instances.length > 2) {
      const last = instances.pop();
      msg += `an instance of ${instances.join(', ')}, or ${last}`;
    } else {
      msg += `an instance of ${instances[0]}`;
      if (instances.length === 2) msg += ` or ${instances[1]}`;
    }
    if (other.length > 0) msg += ' or ';
  }

  if (other.length > 0) {
    if (other.length > 2) {
      const last = other.pop();
      msg += `one of ${other.join(', ')}, or ${last}`;
    } else if (other.length === 2) {
      msg += `one of ${other[0]} or ${other[1]}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }

  msg += `. Received ${determineSpecificType(actual)}`;
  return msg;
}

// ---------------------------------------------------------------------------
// The table. Messages are node 20's, verbatim.

// Messages computed from their arguments.

E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
  this.permission = permission;
  this.resource = resource;
  return msg;
}, Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function(encoding, ret) {
  this.errno = ret;
  return `The encoded data was not valid for encoding ${encoding}`;
}, TypeError);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_HTTP2_INVALID_SETTING_VALUE', function(name, actual, min = undefined, max) {
  this.actual = actual;
  if (min !== undefined) {
    this.min = min;
    this.max = max;
  }
  return `Invalid value for setting "${name}": ${actual}`;
}, TypeError, RangeError);
E('ERR_HTTP2_STREAM_CANCEL', function(error) {
  let msg = 'The pending stream has been canceled';
  if (error) {
    this.cause = error;
    if (typeof error.message === 'string') msg += ` (caused by: ${error.message})`;
  }
  return msg;
}, Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const suffix = 'This is caused by either a bug in Node.js ' +
    'or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at ' +
    'https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
}, Error);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
  this.host = host;
  this.port = port;
  return `Invalid address family: ${addressType} ${host}:${port}`;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = inspect(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = `${name}`.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError, RangeError);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base = undefined) => {
  return `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`;
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) => {
  return `Invalid package config ${path}${base ? ` while importing ${base}` : ''}` +
    `${message ? `. ${message}` : ''}`;
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport &&
    target.length > 0 && !target.startsWith('./');
  const from = base ? ` imported from ${base}` : '';
  const hint = relatedError ? '; targets must start with "./"' : '';
  if (key === '.') {
    internalAssert(isImport === false);
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${from}${hint}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ` +
    `${JSON.stringify(target)} defined for '${key}' in the package config ` +
    `${pkgPath}package.json${from}${hint}`;
}, Error);
E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
  return `Expected a valid ${input} to be returned for the "${prop}" from the` +
    ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
  return `Expected ${input} to be returned for the "${prop}" from the` +
    ` "${name}" hook but got ${determineSpecificType(value)}.`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
  return `Expected ${input} to be returned from the "${name}" function but got ` +
    `${determineSpecificType(value)}.`;
}, TypeError, RangeError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  internalAssert(expected.length <= 2);
  const res = expected.length === 2 ?
    `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${res}`;
}, TypeError);
E('ERR_MANIFEST_ASSERT_INTEGRITY', (moduleURL, realIntegrities) => {
  let msg = `The content of "${moduleURL}" does not match the expected integrity.`;
  if (realIntegrities && realIntegrities.size) {
    const sri = [...realIntegrities.entries()]
      .map(({ 0: alg, 1: dgs }) => `${alg}-${dgs}`).join(' ');
    msg += ` Integrities found are: ${sri}`;
  } else {
    msg += ' The resource was not found in the policy.';
  }
  return msg;
}, Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  const len = args.length;
  const names = args.map((a) => (Array.isArray(a) ? a.map((n) => `"${n}"`).join(' or ') : `"${a}"`));
  let msg = 'The ';
  if (len === 1) {
    msg += `${names[0]} argument`;
  } else if (len === 2) {
    msg += `${names[0]} and ${names[1]} arguments`;
  } else {
    msg += `${names.slice(0, len - 1).join(', ')}, and ${names[len - 1]} arguments`;
  }
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) this.url = `${exactUrl}`;
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) => {
  return `Package import specifier "${specifier}" is not defined` +
    `${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const from = base ? ` imported from ${base}` : '';
  if (subpath === '.') return `No "exports" main defined in ${pkgPath}package.json${from}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`;
}, Error);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  // (node's message lacks the closing quote; kept for compatibility)
  const suggestDashDash = allowPositionals ?
    '. To specify a positional argument starting with a \'-\', place it at the end of the ' +
      `command after '--', as in '-- ${JSON.stringify(option)}` :
    '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use ' +
    '--experimental-print-required-tla.';
  if (parentFilename) msg += `\n  From ${parentFilename} `;
  if (filename) msg += `\n  Requiring ${filename} `;
  return msg;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null, packageJsonPath = null) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (!packageJsonPath) {
    if (`${filename}`.endsWith('.mjs')) {
      msg += `\nInstead change the require of ${filename} to a dynamic ` +
        'import() which is available in all CommonJS modules.';
    }
    return msg;
  }
  const path = require('path');
  const basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
    filename : path.basename(filename);
  if (hasEsmSyntax) {
    msg += `\nInstead change the require of ${basename} in ${parentPath} to` +
      ' a dynamic import() which is available in all CommonJS modules.';
    return msg;
  }
  msg += `\n${basename} is treated as an ES module file as it is a .js file whose nearest parent ` +
    'package.json contains "type": "module" which declares all .js files in that package scope ' +
    `as ES modules.\nInstead either rename ${basename} to end in .cjs, change the requiring code ` +
    'to use dynamic import() which is available in all CommonJS modules, or change "type": ' +
    `"module" to "type": "commonjs" in ${packageJsonPath} to treat all .js files as CommonJS ` +
    '(using .mjs for all ES modules instead).\n';
  return msg;
}, Error);
E('ERR_TEST_FAILURE', function(error, failureType) {
  internalAssert(typeof failureType === 'string' || typeof failureType === 'symbol',
                 "The 'failureType' argument must be of type string or symbol.");
  let msg = error?.message ?? error;
  if (typeof msg !== 'string') msg = inspect(msg);
  this.failureType = failureType;
  this.cause = error;
  return msg;
}, Error);
E('ERR_TLS_ALPN_CALLBACK_INVALID_RESULT', (value, protocols) => {
  return `ALPN callback returned a value (${value}) that did not match any of ` +
    `the client's offered protocols (${protocols.join(', ')})`;
}, TypeError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function(reason, host, cert) {
  this.reason = reason;
  this.host = host;
  this.cert = cert;
  return `Hostname/IP does not match certificate's altnames: ${reason}`;
}, Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', function(path, base, exactUrl) {
  this.url = exactUrl;
  return `Directory import '${path}' is not supported resolving ES modules imported from ${base}`;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  let msg = `Only URLs with a scheme in: ${formatList(supported)} are supported by the default ESM loader`;
  if (process.platform === 'win32' && url.protocol.length === 2) {
    msg += '. On Windows, absolute paths must be valid file:// URLs';
  }
  msg += `. Received protocol '${url.protocol}'`;
  return msg;
}, Error);
E('ERR_VM_MODULE_LINK_FAILURE', function(message, cause) {
  this.cause = cause;
  return message;
}, Error);
E('ERR_WORKER_INVALID_EXEC_ARGV', (errors, msg = 'invalid execArgv flags') => {
  return `Initiated Worker with ${msg}: ${errors.join(', ')}`;
}, Error);
E('ERR_WORKER_PATH', (filename) => {
  return 'The worker script or module filename must be an absolute path or a relative ' +
    "path starting with './' or '../'." +
    (`${filename}`.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.' : '') +
    (`${filename}`.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '') +
    ` Received "${filename}"`;
}, TypeError);

// Messages that are util.format templates.

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s",
  Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED', 'Custom engines not supported by this OpenSSL', Error);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
E('ERR_CRYPTO_FIPS_FORCED',
  'Cannot set FIPS mode, it was forced with --force-fips at startup.',
  Error);
E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', '%s', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', (details = '') => {
  return details ? `Invalid scrypt params: ${details}` : 'Invalid scrypt params';
}, RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
  RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_DEBUGGER_ERROR', '%s', Error);
E('ERR_DEBUGGER_STARTUP_ERROR', '%s', Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
  Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is mutually exclusive with using the `domain` module',
  Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling process.setUncaughtExceptionCaptureCallback()',
  Error);
E('ERR_DUPLICATE_STARTUP_SNAPSHOT_MAIN_FUNCTION',
  'Deserialize main function is already configured.',
  Error);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
  'Cannot overwrite symlink in subdirectory of self',
  SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"',
  Error);
E('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'HTTP/2 ALTSVC frames require a valid origin', TypeError);
E('ERR_HTTP2_ALTSVC_LENGTH', 'HTTP/2 ALTSVC frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_CONNECT_AUTHORITY', ':authority header is required for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_PATH', 'The :path header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_CONNECT_SCHEME', 'The :scheme header is forbidden for CONNECT requests', Error);
E('ERR_HTTP2_GOAWAY_SESSION', 'New streams cannot be created after receiving a GOAWAY', Error);
E('ERR_HTTP2_HEADERS_AFTER_RESPOND',
  'Cannot specify additional headers after response initiated',
  Error);
E('ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.', Error);
E('ERR_HTTP2_HEADER_SINGLE_VALUE', 'Header field "%s" must only have a single value', TypeError);
E('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'Informational status codes cannot be used', RangeError);
E('ERR_HTTP2_INVALID_CONNECTION_HEADERS',
  'HTTP/1 Connection specific headers are forbidden: "%s"',
  TypeError);
E('ERR_HTTP2_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP2_INVALID_INFO_STATUS', 'Invalid informational status code: %s', RangeError);
E('ERR_HTTP2_INVALID_ORIGIN', 'HTTP/2 ORIGIN frames require a valid origin', TypeError);
E('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
  'Packed settings length must be a multiple of six',
  RangeError);
E('ERR_HTTP2_INVALID_PSEUDOHEADER',
  '"%s" is an invalid pseudoheader or is used incorrectly',
  TypeError);
E('ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed', Error);
E('ERR_HTTP2_INVALID_STREAM', 'The stream has been destroyed', Error);
E('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK',
  'Maximum number of pending settings acknowledgements',
  Error);
E('ERR_HTTP2_NESTED_PUSH', 'A push stream cannot initiate another push stream.', Error);
E('ERR_HTTP2_NO_MEM', 'Out of memory', Error);
E('ERR_HTTP2_NO_SOCKET_MANIPULATION',
  'HTTP/2 sockets should not be directly manipulated (e.g. read and written)',
  Error);
E('ERR_HTTP2_ORIGIN_LENGTH', 'HTTP/2 ORIGIN frames are limited to 16382 bytes', TypeError);
E('ERR_HTTP2_OUT_OF_STREAMS',
  'No stream ID is available because maximum stream ID has been reached',
  Error);
E('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Responses with %s status must not have a payload', Error);
E('ERR_HTTP2_PING_CANCEL', 'HTTP2 ping cancelled', Error);
E('ERR_HTTP2_PING_LENGTH', 'HTTP2 ping payload must be 8 bytes', RangeError);
E('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'Cannot set HTTP/2 pseudo-headers', TypeError);
E('ERR_HTTP2_PUSH_DISABLED', 'HTTP/2 client has disabled push streams', Error);
E('ERR_HTTP2_SEND_FILE', 'Directories cannot be sent', Error);
E('ERR_HTTP2_SEND_FILE_NOSEEK', 'Offset or length can only be specified for regular files', Error);
E('ERR_HTTP2_SESSION_ERROR', 'Session closed with error code %s', Error);
E('ERR_HTTP2_SETTINGS_CANCEL', 'HTTP2 session settings canceled', Error);
E('ERR_HTTP2_SOCKET_BOUND', 'The socket is already bound to an Http2Session', Error);
E('ERR_HTTP2_SOCKET_UNBOUND', 'The socket has been disconnected from the Http2Session', Error);
E('ERR_HTTP2_STATUS_101',
  'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2',
  Error);
E('ERR_HTTP2_STATUS_INVALID', 'Invalid status code: %s', RangeError);
E('ERR_HTTP2_STREAM_ERROR', 'Stream closed with error code %s', Error);
E('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'A stream cannot depend on itself', Error);
E('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
  'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS',
  Error);
E('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Too many invalid HTTP/2 frames', Error);
E('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Trailing headers have already been sent', Error);
E('ERR_HTTP2_TRAILERS_NOT_READY',
  'Trailing headers cannot be sent until after the wantTrailers event is emitted',
  Error);
E('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'protocol "%s" is unsupported.', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.',
  Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header",
  Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_FAILED', 'Module "%s" is not of type "%s"', TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_MISSING',
  'Module "%s" needs an import attribute of type "%s"',
  TypeError);
E('ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', 'Import attribute type "%s" is unsupported', TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  'Import attribute "%s" with value "%s" is not supported',
  TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"',
  TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN',
  Error);
E('ERR_INSPECTOR_ALREADY_ACTIVATED',
  'Inspector is already activated. Close it with inspector.close() before activating it again.',
  Error);
E('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected', Error);
E('ERR_INSPECTOR_CLOSED', 'Session was closed', Error);
E('ERR_INSPECTOR_COMMAND', 'Inspector error %d: %s', Error);
E('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active', Error);
E('ERR_INSPECTOR_NOT_AVAILABLE', 'Inspector is not available', Error);
E('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected', Error);
E('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker', Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL',
  TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_LOADER_CHAIN_INCOMPLETE',
  "\"%s\" did not call the next hook in its chain and did not explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook's return.",
  Error);
E('ERR_MANIFEST_DEPENDENCY_MISSING',
  'Manifest resource %s does not list %s as a dependency specifier for conditions: %s',
  Error);
E('ERR_MANIFEST_INTEGRITY_MISMATCH',
  'Manifest resource %s has multiple entries but integrity lists do not match',
  SyntaxError);
E('ERR_MANIFEST_INVALID_RESOURCE_FIELD',
  'Manifest resource %s has invalid property value for %s',
  TypeError);
E('ERR_MANIFEST_INVALID_SPECIFIER',
  'Manifest resource %s has invalid dependency mapping %s',
  TypeError);
E('ERR_MANIFEST_TDZ', 'Manifest initialization has not yet run', Error);
E('ERR_MANIFEST_UNKNOWN_ONERROR', 'Manifest specified unknown error behavior "%s".', SyntaxError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NAPI_CONS_FUNCTION', 'Constructor must be a function', TypeError);
E('ERR_NAPI_INVALID_DATAVIEW_ARGS',
  'byte_offset + byte_length should be less than or equal to the size in bytes of the array passed in',
  RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT',
  'start offset of %s should be a multiple of %s',
  RangeError);
E('ERR_NAPI_INVALID_TYPEDARRAY_LENGTH', 'Invalid typed array length', RangeError);
E('ERR_NETWORK_IMPORT_BAD_RESPONSE', "import '%s' received a bad response: %s", Error);
E('ERR_NETWORK_IMPORT_DISALLOWED', "import of '%s' by %s is not supported: %s", Error);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot',
  Error);
E('ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
  'Operation cannot be invoked when not in a single-executable application',
  Error);
E('ERR_NOT_SUPPORTED_IN_SNAPSHOT', '%s is not supported in startup snapshot', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments",
  TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.',
  Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
  'Cannot find asset %s for the single executable application',
  Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established',
  Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SRI_PARSE',
  'Subresource Integrity string %j had an unexpected %j at position %d',
  SyntaxError);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS',
  'The ALPNCallback and ALPNProtocols TLS options are mutually exclusive',
  TypeError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_DH_PARAM_SIZE', 'DH parameter size %s is less than 2048', Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established', Error);
E('ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  'TLS protocol version %j conflicts with secureProtocol %j',
  TypeError);
E('ERR_TLS_RENEGOTIATION_DISABLED', 'TLS session renegotiation disabled for this socket', Error);
E('ERR_TLS_REQUIRED_SERVER_NAME',
  '"servername" is required parameter for Server.addContext',
  Error);
E('ERR_TLS_SESSION_ATTACK', 'TLS session renegotiation attack detected', Error);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TRACE_EVENTS_CATEGORY_REQUIRED', 'At least one category is required', TypeError);
E('ERR_TRACE_EVENTS_UNAVAILABLE', 'Trace events are unavailable', Error);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active',
  Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is not hierarchical.',
  TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_VALID_PERFORMANCE_ENTRY_TYPE',
  'At least one valid performance entry type is required',
  Error);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING',
  'A dynamic import callback was not specified.',
  TypeError);
E('ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING_FLAG',
  'A dynamic import callback was invoked without --experimental-vm-modules',
  TypeError);
E('ERR_VM_MODULE_ALREADY_LINKED', 'Module has already been linked', Error);
E('ERR_VM_MODULE_CANNOT_CREATE_CACHED_DATA',
  'Cached data cannot be created for a module which has been evaluated',
  Error);
E('ERR_VM_MODULE_DIFFERENT_CONTEXT', 'Linked modules must use the same context', Error);
E('ERR_VM_MODULE_NOT_MODULE', 'Provided module is not an instance of Module', Error);
E('ERR_VM_MODULE_STATUS', 'Module status %s', Error);
E('ERR_WASI_ALREADY_STARTED', 'WASI instance has already started', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_MESSAGING_ERRORED',
  'The destination thread threw an error while processing the message',
  Error);
E('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener', Error);
E('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread', Error);
E('ERR_WORKER_MESSAGING_TIMEOUT', 'Sending a message to another thread timed out', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_OUT_OF_MEMORY', 'Worker terminated due to reaching memory limit: %s', Error);
E('ERR_WORKER_UNSERIALIZABLE_ERROR', 'Serializing an uncaught exception failed', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);


module.exports = {
  AbortError,
  aggregateTwoErrors,
  captureLargerStackTrace,
  captureNodeStack,
  captureStackFrom,
  codes,
  connResetException,
  ConnResetException: connResetException,
  determineSpecificType,
  dnsException,
  DNSException: dnsException,
  E,
  errnoException,
  ErrnoException: errnoException,
  exceptionWithHostPort,
  ExceptionWithHostPort: exceptionWithHostPort,
  fatalExceptionStackEnhancers,
  formatList,
  genericNodeError,
  getMessage,
  getSystemErrorName,
  hideStackFrames,
  isErrorStackTraceLimitWritable,
  kEnhanceStackBeforeInspector,
  kIsNodeError,
  kNoOverride,
  NodeAggregateError,
  SystemError,
  uvErrmapGet,
  uvException,
  UVException: uvException,
  uvExceptionWithHostPort,
  UVExceptionWithHostPort: uvExceptionWithHostPort,
};
