'use strict';

// Shared pieces of the WHATWG Streams implementation (lib/internal/webstreams):
// the internal-slot symbol, queue-with-sizes, strategy extraction, promise
// helpers and util.inspect output. Every stream object keeps its spec slots
// in one plain object under `kState`; brand checks look at `kType`.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { customInspectSymbol: kInspect, kEnumerableProperty } = require('internal/util');

const kState = Symbol('kState');
const kType = Symbol('kType');

let lazyInspect;
function inspect(value, options) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(value, options);
}

// `Name { ...data }` as node prints stream objects.
function customInspect(self, depth, options, name, data) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

function checkBrand(value, type) {
  if (!isBrand(value, type)) throw new ERR_INVALID_THIS(type);
}

// --- promises -------------------------------------------------------------------
const { createDeferredPromise: createDeferred } = require('internal/util');

function noop() {}

const resolvedUndefined = Promise.resolve();

function setPromiseHandled(promise) {
  promise.then(noop, noop);
}

// Rejects a promise the spec marks as handled (reader.closed, writer.ready
// ...). The handler goes on first: a promise rejected with no handler is
// recorded as a possible unhandled rejection until the next tick, and a
// loop of releases that never yields would pile those up.
function rejectHandled(deferred, error) {
  setPromiseHandled(deferred.promise);
  deferred.reject(error);
}

// The "is closed" promise stream.finished() waits on (kIsClosedPromise),
// made only when asked for: settled at once if the stream already ended
// (`ended` is 'closed', 'errored' or undefined while it runs).
function closedPromiseOf(state, ended) {
  if (state.isClosedPromise === undefined) {
    const deferred = createDeferred();
    setPromiseHandled(deferred.promise);
    if (ended === 'closed') deferred.resolve();
    else if (ended === 'errored') deferred.reject(state.storedError);
    state.isClosedPromise = deferred;
  }
  return state.isClosedPromise;
}

// Calls `fn` (a user algorithm) and always gives a promise: a throw becomes a
// rejection, as the spec's "promise-calling" of underlying-source methods.
function promiseApply(fn, thisArg, args) {
  try {
    const result = Reflect.apply(fn, thisArg, args);
    // Most sinks and sources return nothing: no new promise for that.
    return result === undefined ? resolvedUndefined : Promise.resolve(result);
  } catch (error) {
    return Promise.reject(error);
  }
}

// A user-supplied method (source.pull, sink.write, ...) as a spec algorithm:
// called on its object with the algorithm's arguments plus `trailing`, and
// always giving a promise. An absent method resolves at once.
function methodAlgorithm(object, name, ...trailing) {
  const method = object[name];
  if (method === undefined) return () => resolvedUndefined;
  if (typeof method !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${kUnderlyingName[name]}.${name}`, 'Function', method);
  }
  // Each spec algorithm has a fixed arity: none (close, flush) or one
  // argument (pull's controller, a chunk, a reason), then the trailing ones.
  if (name === 'close' || name === 'flush') return () => promiseApply(method, object, trailing);
  if (trailing.length === 0) return (arg) => promiseApply(method, object, [arg]);
  const [extra] = trailing;
  return (arg) => promiseApply(method, object, [arg, extra]);
}
const kUnderlyingName = {
  pull: 'source', cancel: 'source', write: 'sink', close: 'sink', abort: 'sink',
  transform: 'transformer', flush: 'transformer',
};

// A start method runs synchronously (a throw leaves the constructor).
function startAlgorithm(object, controller, label) {
  const start = object.start;
  if (start === undefined) return noop;
  if (typeof start !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(`${label}.start`, 'Function', start);
  }
  return () => Reflect.apply(start, object, [controller]);
}

function validateObjectArg(value, name) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

// The public surface of a web-platform class: enumerable accessors and
// methods, and its toStringTag.
function defineInterface(Class, name, members) {
  const descriptors = {
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: name },
  };
  for (const member of members) descriptors[member] = kEnumerableProperty;
  Object.defineProperties(Class.prototype, descriptors);
}

// --- queue with sizes -----------------------------------------------------------
// state.queue holds value, size, value, size... from index queueHead to
// queueTail; state.queueTotalSize is the sum of the sizes. Slots are reused
// once the queue drains (no allocation per chunk in the steady state).
function resetQueue(state) {
  state.queue = [];
  state.queueHead = 0;
  state.queueTail = 0;
  state.queueTotalSize = 0;
}

function queueLength(state) {
  return (state.queueTail - state.queueHead) >> 1;
}

function dequeueValue(state) {
  const queue = state.queue;
  const head = state.queueHead;
  const value = queue[head];
  const size = queue[head + 1];
  queue[head] = undefined;
  if (head + 2 === state.queueTail) {
    state.queueHead = state.queueTail = 0;
  } else if (head > 2048 && head * 2 > state.queueTail) {
    state.queue = queue.slice(head + 2, state.queueTail);
    state.queueTail -= head + 2;
    state.queueHead = 0;
  } else {
    state.queueHead = head + 2;
  }
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function peekQueueValue(state) {
  return state.queue[state.queueHead];
}

function enqueueValueWithSize(state, value, size) {
  size = +size;
  if (size !== size || size < 0 || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  const tail = state.queueTail;
  state.queue[tail] = value;
  state.queue[tail + 1] = size;
  state.queueTail = tail + 2;
  state.queueTotalSize += size;
}

// --- strategies -----------------------------------------------------------------
function extractHighWaterMark(value, defaultHWM) {
  if (value === undefined) return defaultHWM;
  value = +value;
  if (value !== value || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', value);
  }
  return value;
}

function defaultSize() {
  return 1;
}

function extractSizeAlgorithm(size) {
  if (size === undefined) return defaultSize;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

// --- bytes ----------------------------------------------------------------------
const { transferArrayBuffer: nativeTransfer } = internalBinding('serdes');

function isDetached(buffer) {
  // A detached ArrayBuffer has byteLength 0 and cannot be sliced.
  if (buffer.byteLength !== 0) return false;
  try {
    buffer.slice(0, 0);
    return false;
  } catch {
    return true;
  }
}

function transferArrayBuffer(buffer) {
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('ArrayBuffer is detached');
  }
  return nativeTransfer(buffer);
}

function copyBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

module.exports = {
  checkBrand,
  closedPromiseOf,
  copyBytes,
  createDeferred,
  customInspect,
  defineInterface,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  isBrand,
  isDetached,
  kInspect,
  kState,
  kType,
  methodAlgorithm,
  noop,
  peekQueueValue,
  queueLength,
  resetQueue,
  resolvedUndefined,
  startAlgorithm,
  rejectHandled,
  setPromiseHandled,
  transferArrayBuffer,
  validateObjectArg,
};
