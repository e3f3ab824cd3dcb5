'use strict';

// EventEmitter, node's event emitter, and the `events` module's statics
// (once, on, getEventListeners, setMaxListeners, addAbortListener, ...).
//
// Listener storage is public API in practice (libraries read and even patch
// `_events`), so it follows node's layout exactly:
//   - `_events` is a null-prototype object: event name -> a listener function
//     when there is one listener, or an array of functions when there are more;
//   - `_eventsCount` is the number of names with at least one listener;
//   - `_maxListeners` is undefined until setMaxListeners() is called.
// A `once` listener is stored as a bound wrapper whose `.listener` property is
// the user's function (rawListeners() shows the wrapper, listeners() unwraps).
//
// Arrays are mutated in place by add/remove; emit() therefore iterates over a
// copy when there are several listeners, so a listener added or removed during
// an emit does not change which listeners that emit calls.
//
// "Shape mode": a subclass may pre-create `_events` with placeholder keys set
// to undefined (streams do, to keep one hidden class). init() notices that, and
// removal then writes undefined instead of deleting the key.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
  kEnhanceStackBeforeInspector,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
const kRejection = Symbol.for('nodejs.rejection');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// Symbol.dispose is not in V8 10.2; bootstrap installs node's polyfill, maybe
// after this file is loaded, so it is looked up when needed.
const kDisposeFallback = Symbol.for('nodejs.dispose');
function disposeSymbol() {
  return Symbol.dispose ?? kDisposeFallback;
}

let defaultMaxListeners = 10;

// Lazily loaded: only rare paths (warnings, unhandled errors, EventTarget
// support in the statics) need these, and event_target requires this file.
let inspectFn;
function lazyInspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}
let eventTargetModule;
function lazyEventTarget() {
  if (eventTargetModule === undefined) eventTargetModule = require('internal/event_target');
  return eventTargetModule;
}
function isEventTarget(obj) {
  // Cheap pre-check so plain emitters never load internal/event_target.
  if (obj === null || typeof obj !== 'object' || typeof obj.addEventListener !== 'function') {
    return false;
  }
  return lazyEventTarget().isEventTarget(obj);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// Own fields of every instance live on the prototype too, as in node, so that
// objects built without calling the constructor still read sane values.
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    // The same object as `{ __proto__: null }`, but optimized code allocates
    // it inline; the literal is a call into V8 (~1% of a hello-world
    // server's CPU, two emitters a request).
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Inherit the process-wide default (EventEmitter.captureRejections).
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function getMaxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return getMaxListenersOf(this);
};

// Copies a listener array; literals are faster than slice() for short arrays,
// which is the common case.
function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return arr.slice();
}

// The emit path. Measured on V8: a rest parameter passed straight to
// Function.prototype.apply is not materialised (V8 forwards the arguments),
// which beats both Reflect.apply and dispatching on arguments.length. The
// error handling stays out of line to keep this function small enough to be
// inlined into callers.
function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events === undefined || events.error === undefined || events[kErrorMonitor] !== undefined) {
      // Notifies errorMonitor listeners; throws when nobody handles 'error'.
      monitorOrThrowError(this, events, args);
    }
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    // A listener returning a promise matters only with captureRejections.
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = arrayClone(handler);
    const len = listeners.length;
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
}
EventEmitter.prototype.emit = emit;

function monitorOrThrowError(emitter, events, args) {
  if (events !== undefined && events[kErrorMonitor] !== undefined) {
    emitter.emit(kErrorMonitor, ...args);
  }
  // errorMonitor listeners can't stop the error from being thrown.
  if (events !== undefined && events.error !== undefined) return;

  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    if (kEnhanceStackBeforeInspector !== undefined) {
      // Lets the fatal-exception printer add "Emitted 'error' event at:" with
      // the stack of this emit() call.
      try {
        const capture = {};
        Error.captureStackTrace(capture, emit);
        Object.defineProperty(er, kEnhanceStackBeforeInspector, {
          __proto__: null,
          value: enhanceStackTrace.bind(emitter, er, capture),
          configurable: true,
        });
      } catch {
        // The error may be frozen; the plain stack is good enough then.
      }
    }
    throw er; // Unhandled 'error' event
  }

  let stringified;
  try {
    stringified = lazyInspect(er);
  } catch {
    stringified = er;
  }
  const err = new ERR_UNHANDLED_ERROR(stringified);
  err.context = er;
  throw err; // Unhandled 'error' event
}

// Appends the emit() call site to an error's stack, eliding the frames that
// both stacks share.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A getter on constructor may throw; the generic text is fine then.
  }
  const errLines = `${err.stack}`.split('\n').slice(1);
  const ownLines = `${own.stack}`.split('\n').slice(1);
  const { identicalSequenceRange } = require('internal/util/inspect');
  const { len, offset } = identicalSequenceRange(ownLines, errLines);
  if (len > 0) {
    ownLines.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownLines.join('\n')}`;
}

// With captureRejections, a listener's rejected promise becomes an 'error'
// event (or a call to emitter[Symbol.for('nodejs.rejection')]).
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        // Leave the promise machinery before emitting, so a throwing 'error'
        // handler becomes an uncaught exception, not an unhandled rejection.
        process.nextTick(emitUnhandledRejectionOrErr, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Emit without capture, so an async 'error' listener can't loop forever.
  const prev = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = prev;
  }
}

function addListenerImpl(target, type, listener, prepend) {
  checkListener(listener);

  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    // 'newListener' fires before the listener is added, so that a
    // newListener handler adding the same event doesn't see itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // The handler may have replaced _events (removeAllListeners).
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }

  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = getMaxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    // Warn once per event name (the flag lives on the array).
    existing.warned = true;
    const w = new Error('Possible EventEmitter memory leak detected. ' +
                        `${existing.length} ${String(type)} listeners ` +
                        `added to ${lazyInspect(target, { depth: -1 })}. ` +
                        `MaxListeners is ${max}. ` +
                        'Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = existing.length;
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerImpl(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerImpl(this, type, listener, true);
};

// `this` is the per-registration state { fired, wrapFn, target, type, listener }.
function onceWrapper() {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  if (arguments.length === 0) return this.listener.call(this.target);
  return Reflect.apply(this.listener, this.target, arguments);
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      // Nothing left (so no 'removeListener' listener either): start afresh.
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener !== undefined) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    // Remove the most recently added matching registration.
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) {
      list.shift();
    } else {
      for (let i = position; i + 1 < list.length; i++) list[i] = list[i + 1];
      list.pop();
    }
    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Without 'removeListener' listeners nobody needs to hear about each removal.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    // Remove everything else first so 'removeListener' handlers hear it all.
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last in, first out.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  if (!unwrap) return arrayClone(list);
  const ret = new Array(list.length);
  for (let i = 0; i < ret.length; ++i) ret[i] = list[i].listener || list[i];
  return ret;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    if (listener != null) return (listener === list || listener === list.listener) ? 1 : 0;
    return 1;
  }
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) count++;
  }
  return count;
}
EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  // In shape mode this includes placeholder keys: streams override
  // eventNames() to filter those out.
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Helpers that accept both EventEmitters and EventTargets.

function agnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function agnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// Options for our internal once-listeners on EventTargets: they must still run
// when an earlier listener calls stopImmediatePropagation().
function internalOnceFlags() {
  return { __proto__: null, once: true, [lazyEventTarget().kResistStopPropagation]: true };
}

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// events.once(emitter, name[, { signal }]) -> Promise<args array>
async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);

  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) agnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    const abortListener = () => {
      agnosticRemoveListener(emitter, name, resolver);
      agnosticRemoveListener(emitter, 'error', errorListener);
      reject(abortErrorFor(signal));
    };

    const isTarget = typeof emitter.on !== 'function';
    agnosticAddListener(emitter, name, resolver, isTarget ? internalOnceFlags() : { once: true });
    // An EventTarget has no 'error' convention; an emitter's 'error' rejects.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) agnosticAddListener(signal, 'abort', abortListener, internalOnceFlags());
  });
}

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

function createIterResult(value, done) {
  return { value, done };
}

// A FIFO with O(1) shift for the buffered events and pending next() calls.
class Fifo {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    // Compact once the consumed prefix dominates.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

// events.on(emitter, name[, options]) -> AsyncIterator of argument arrays.
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw abortErrorFor(signal);

  // Backpressure for emitters with pause()/resume() (streams): pause when more
  // than highWaterMark events are buffered, resume below lowWaterMark.
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Fifo();
  const unconsumedPromises = new Fifo();
  let paused = false;
  let error = null;
  let finished = false;
  const cleanups = [];

  function listen(target, name, listener) {
    agnosticAddListener(target, name, listener);
    cleanups.push(() => agnosticRemoveListener(target, name, listener));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
      return;
    }
    unconsumedEvents.push(value);
    if (!paused && unconsumedEvents.length > highWatermark) {
      paused = true;
      emitter.pause();
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length > 0) unconsumedPromises.shift().reject(err);
    else error = err; // Reported by the next call to next().
    closeHandler();
  }

  function abortListener() {
    errorHandler(abortErrorFor(signal));
  }

  function closeHandler() {
    for (let i = 0; i < cleanups.length; i++) cleanups[i]();
    cleanups.length = 0;
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(doneResult);
    return Promise.resolve(doneResult);
  }

  const iterator = Object.setPrototypeOf({
    next() {
      // Buffered events first, then a pending error, then the end.
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return unconsumedEvents.length;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  listen(emitter, event, (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }
  if (signal) {
    const disposable = addAbortListener(signal, abortListener);
    cleanups.push(() => disposable[disposeSymbol()]());
  }

  return iterator;
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) {
    return lazyEventTarget().getEventTargetListeners(emitterOrTarget, type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return getMaxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

// Runs `listener` once when `signal` aborts (on the next microtask when it
// already has); returns a disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, internalOnceFlags());
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      remove?.();
    },
  };
}

// EventEmitterAsyncResource: an EventEmitter whose listeners run in the async
// context of an AsyncResource. Built on first access, as it needs async_hooks.
let EventEmitterAsyncResourceClass;
function lazyEventEmitterAsyncResource() {
  if (EventEmitterAsyncResourceClass !== undefined) return EventEmitterAsyncResourceClass;
  const { AsyncResource } = require('async_hooks');
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      return this[kAsyncResource];
    }
  }
  EventEmitterAsyncResourceClass = EventEmitterAsyncResource;
  return EventEmitterAsyncResourceClass;
}

function validateString(value, name) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// ---------------------------------------------------------------------------
// The module object is the EventEmitter constructor; these are its statics,
// defined in node's order so Object.keys(require('events')) matches.

module.exports = EventEmitter;

EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  get: lazyEventEmitterAsyncResource,
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    validateNumber(arg, 'defaultMaxListeners', 0);
    defaultMaxListeners = arg;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners,
    enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned,
    enumerable: false, configurable: false, writable: false,
  },
});

EventEmitter.setMaxListeners = setMaxListeners;
// The constructor calls EventEmitter.init (not init) so it can be patched.
EventEmitter.init = init;
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return EventEmitter.prototype.listenerCount.call(emitter, type);
};
