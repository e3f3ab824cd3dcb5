'use strict';

// AbortController and AbortSignal.
//
// Signals made by AbortSignal.timeout() and AbortSignal.any() are aborted by
// something other than user code holding them (a timer, other signals). Those
// references are weak, so an unreferenced signal can be collected; while such
// a signal has 'abort' listeners it is kept in gcPersistentSignals instead,
// so that the listeners still fire.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');
const {
  EventTarget,
  Event,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kTimeout = Symbol('kTimeout');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Signals that must stay alive while they have 'abort' listeners.
const gcPersistentSignals = new Set();

// When a timeout signal is collected, its timer is no longer needed.
let clearTimeoutRegistry;
// When a composite signal is collected, its sources forget it.
let dependantSignalsCleanupRegistry;

let timersModule;
function lazyTimers() {
  if (timersModule === undefined) timersModule = require('timers');
  return timersModule;
}

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// inspect() output `Name { key: value }`; at depth < 0 the object itself is
// returned so inspect prints `[Name]`.
function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = {
    ...options,
    depth: options.depth === null ? null : options.depth - 1,
  };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined;
}

function validateThisAbortSignal(obj) {
  if (!isAbortSignal(obj)) throw new ERR_INVALID_THIS('AbortSignal');
}

function timeoutError() {
  return new DOMException('The operation was aborted due to timeout', 'TimeoutError');
}

class AbortSignal extends EventTarget {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    return createAbortSignal({ aborted: true, reason });
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = createAbortSignal();
    signal[kTimeout] = true;
    // The timer holds the signal weakly and does not keep the process alive.
    const signalRef = new WeakRef(signal);
    const timer = lazyTimers().setTimeout(() => {
      const target = signalRef.deref();
      if (target === undefined) return;
      gcPersistentSignals.delete(target);
      abortSignal(target, timeoutError());
    }, delay);
    timer?.unref?.();
    clearTimeoutRegistry ??= new FinalizationRegistry((t) => lazyTimers().clearTimeout(t));
    clearTimeoutRegistry.register(signal, timer);
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');

    const resultSignal = createAbortSignal({ composite: true });
    if (signals.length === 0) return resultSignal;

    for (let i = 0; i < signals.length; i++) {
      if (signals[i].aborted) {
        abortSignal(resultSignal, signals[i].reason);
        return resultSignal;
      }
    }

    // Follow the non-composite sources; a composite input is replaced by its
    // own sources, so chains of any() stay one level deep.
    const resultRef = new WeakRef(resultSignal);
    const sources = resultSignal[kSourceSignals] = new Set();
    const link = (source, sourceRef) => {
      sources.add(sourceRef);
      source[kDependantSignals] ??= new Set();
      source[kDependantSignals].add(resultRef);
      dependantSignalsCleanupRegistry ??= new FinalizationRegistry(({ sourceRef, resultRef }) => {
        sourceRef.deref()?.[kDependantSignals]?.delete(resultRef);
      });
      dependantSignalsCleanupRegistry.register(resultSignal, { sourceRef, resultRef });
    };
    for (let i = 0; i < signals.length; i++) {
      const signal = signals[i];
      if (!signal[kComposite]) {
        link(signal, new WeakRef(signal));
        continue;
      }
      if (signal[kSourceSignals] === undefined) continue;
      for (const sourceRef of signal[kSourceSignals]) {
        const source = sourceRef.deref();
        if (source !== undefined) link(source, sourceRef);
      }
    }
    return resultSignal;
  }

  // A timeout or composite signal stays alive while it has 'abort' listeners.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !weak && !this[kAborted] && isAbortedByOthers(this)) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0 && isAbortedByOthers(this)) {
      gcPersistentSignals.delete(this);
    }
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }
}

function isAbortedByOthers(signal) {
  return signal[kTimeout] === true || (signal[kComposite] && signal[kSourceSignals]?.size > 0);
}

Object.defineProperty(AbortSignal.prototype, 'aborted', { __proto__: null, enumerable: true });
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// The real constructor: EventTarget's initialisation, AbortSignal's prototype.
function createAbortSignal({ aborted = false, reason = undefined, composite = false } = {}) {
  // An EventTarget born with AbortSignal's prototype (setPrototypeOf on a
  // made object would be far slower, and slow every later access).
  const signal = Reflect.construct(EventTarget, [], AbortSignal);
  signal[kAborted] = aborted;
  signal[kReason] = reason;
  signal[kComposite] = composite;
  return signal;
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  // Nothing will fire on it again.
  gcPersistentSignals.delete(signal);
  const event = new Event('abort', { [kTrustEvent]: true });
  signal.dispatchEvent(event);
  const dependants = signal[kDependantSignals];
  if (dependants !== undefined) {
    for (const ref of dependants) {
      const dependant = ref.deref();
      if (dependant !== undefined) abortSignal(dependant, reason);
    }
  }
}

class AbortController {
  // Made on first use: many controllers are never asked for their signal.
  #signal = undefined;

  get signal() {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= createAbortSignal();
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!isAbortController(this)) throw new ERR_INVALID_THIS('AbortController');
    this.#signal ??= createAbortSignal();
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }

  // A brand check needs to live in the class; it is taken out just below.
  static isAbortController(value) {
    return value != null && typeof value === 'object' && #signal in value;
  }
}

const { isAbortController } = AbortController;
delete AbortController.isAbortController;

Object.defineProperty(AbortController.prototype, 'signal', { __proto__: null, enumerable: true });
Object.defineProperty(AbortController.prototype, 'abort', { __proto__: null, enumerable: true });
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  createAbortSignal,
  isAbortSignal,
  kAborted,
};
