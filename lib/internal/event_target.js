'use strict';

// Event, CustomEvent, EventTarget and NodeEventTarget (the DOM event model as
// node implements it: a single target, so no capture/bubble path; dispatch
// calls the target's listeners in registration order).
//
// Listener storage: this[kEvents] maps an event type to a root record
// { size, next, resistStopPropagation } heading a doubly linked list of
// Listener records. A linked list (not an array) lets a listener remove
// itself or others mid-dispatch in O(1); a removed record is flagged so a
// dispatch that already holds a pointer to it skips it.
//
// A listener that throws does not stop the dispatch: the error is re-thrown
// from process.nextTick, where it becomes an uncaught exception, as in node.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kType = Symbol('type');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kStop = Symbol('kStop');

// Internal option / hook keys, shared with abort_controller and events.
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
function inspect(value, options) {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// The options object handed to a nested inspect() from a custom inspector.
function nestedInspectOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

// Event.timeStamp: performance.now(), from our own performance object (the
// global one may be replaced by user code). Under stock node, where these
// files are tested, internalBinding does not exist: use node's global.
let performance;
function now() {
  if (performance === undefined) {
    performance = typeof internalBinding === 'function' ?
      require('internal/perf').performance : globalThis.performance;
  }
  return performance.now();
}

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

// ---------------------------------------------------------------------------
// Event

class Event {
  // Private fields for state nothing else needs; the symbols above are shared
  // with dispatch (kType, kTarget, kIsBeingDispatched, kStop).
  #cancelable;
  #bubbles;
  #composed;
  #isTrusted;
  #defaultPrevented = false;
  #propagationStopped = false;
  #timestamp;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options != null && (typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this.#isTrusted = !!options?.[kTrustEvent];
    this.#timestamp = now();
    this[kType] = `${type}`;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, nestedInspectOptions(options))}`;
  }

  stopImmediatePropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#defaultPrevented = true;
  }

  get target() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get currentTarget() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kTarget];
  }

  get type() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kType];
  }

  get cancelable() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#timestamp;
  }

  // There is no event path (no DOM tree): just the target while dispatching.
  composedPath() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    this.#propagationStopped = true;
  }

  // [LegacyUnforgeable]: made non-configurable below.
  get isTrusted() {
    if (!isEvent(this)) throw new ERR_INVALID_THIS('Event');
    return this.#isTrusted;
  }
}

// WebIDL: attributes and operations are enumerable; isTrusted is
// [LegacyUnforgeable] (non-configurable).
makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
]);
Object.defineProperty(Event.prototype, 'isTrusted', {
  __proto__: null, enumerable: true, configurable: false,
});
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
});
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
  }
}

// ---------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
makeEnumerable(CustomEvent.prototype, ['detail']);
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// ---------------------------------------------------------------------------
// Listener records

// Weak listeners (option [kWeakHandler]: owner) are kept alive only while
// `owner` is: AbortSignal uses this so that a long-lived signal does not keep
// every target it was passed to alive.
let weakListenerState;
function weakListeners() {
  if (weakListenerState === undefined) {
    weakListenerState = {
      // owner -> Set of its listeners: the strong edges that keep a live
      // owner's listeners alive.
      map: new WeakMap(),
      registry: new FinalizationRegistry((record) => record.target[kRemoveWeakListenerHelper](record)),
    };
  }
  return weakListenerState;
}
const kRemoveWeakListenerHelper = Symbol('kRemoveWeakListenerHelper');

class Listener {
  constructor(target, type, previous, listener, once, capture, passive,
              isNodeStyleListener, weak, resistStopPropagation) {
    this.target = target;
    this.type = type;
    this.next = undefined;
    this.previous = previous;
    if (previous !== undefined) previous.next = this;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    this.weak = Boolean(weak);
    if (this.weak) {
      // `listener` holds a WeakRef; the owner keeps the function alive.
      this.listener = new WeakRef(listener);
      this.owner = new WeakRef(weak);
      const state = weakListeners();
      let owned = state.map.get(weak);
      if (owned === undefined) {
        owned = new Set();
        state.map.set(weak, owned);
      }
      owned.add(listener);
      state.registry.register(listener, this, this);
    } else {
      this.listener = listener;
    }
  }

  // The user's function or object (undefined once a weak one was collected).
  get value() {
    return this.weak ? this.listener.deref() : this.listener;
  }

  same(listener, capture) {
    return this.value === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) {
      const state = weakListeners();
      state.registry.unregister(this);
      const owner = this.owner.deref();
      const listener = this.listener.deref();
      if (owner !== undefined && listener !== undefined) state.map.get(owner)?.delete(listener);
    }
  }
}

// ---------------------------------------------------------------------------
// EventTarget

function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && obj[kEvents] !== undefined;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// WebIDL DOMString conversion of an event type.
function toDOMString(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

const kNoOptions = Object.freeze({
  once: false, capture: false, passive: false, signal: undefined, weak: undefined,
  resistStopPropagation: false, isNodeStyleListener: false,
});
const kCaptureOnly = Object.freeze({ ...kNoOptions, capture: true });

// Normalises addEventListener's third argument.
function listenerOptions(options) {
  if (typeof options === 'boolean') return options ? kCaptureOnly : kNoOptions;
  if (options === null || options === undefined) return kNoOptions;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// true for a usable listener; false for null/undefined (ignored, with a
// warning when adding); throws for anything else that is not an object.
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  // An object without handleEvent is accepted: handleEvent is looked up at
  // dispatch time and may be added later.
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function reportUncaught(err) {
  process.nextTick(() => {
    throw err;
  });
}

// A listener returning a rejected promise is reported like a thrown error.
function catchRejection(promise) {
  const then = promise.then;
  if (typeof then === 'function') then.call(promise, undefined, reportUncaught);
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  // Hook run after a listener was added: emits the max-listeners warning.
  // AbortSignal overrides it (calling super) to track its listeners.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    if (this[kMaxEventTargetListeners] > 0 && size > this[kMaxEventTargetListeners] &&
        !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
                          `MaxListeners is ${this[kMaxEventTargetListeners]}. ` +
                          'Use events.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  // Hook run after a listener was removed.
  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');

    const {
      once, capture, passive, signal, weak, resistStopPropagation, isNodeStyleListener,
    } = listenerOptions(options);

    if (!validateEventListener(listener)) {
      // The DOM silently ignores a null listener; node warns, and so do we.
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);

    if (signal) {
      if (signal.aborted) return;
      // Held weakly by the signal: the signal must not keep this target alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const events = this[kEvents];
    let root = events.get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      // The root doubles as the list's head sentinel ("previous" of the first).
      new Listener(this, type, root, listener, once, capture, passive,
                   isNodeStyleListener, weak, Boolean(resistStopPropagation));
      events.set(type, root);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      return;
    }

    // Adding the same listener (and capture flag) twice is a no-op.
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return;

    new Listener(this, type, previous, listener, once, capture, passive,
                 isNodeStyleListener, weak, Boolean(resistStopPropagation));
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;

    type = toDOMString(type);
    const capture = options?.capture === true || options === true;

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);

    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Removes the record of a weak listener whose function was collected.
  [kRemoveWeakListenerHelper](record) {
    const root = this[kEvents].get(record.type);
    if (root === undefined || record.removed) return;
    record.remove();
    root.size--;
    if (root.size === 0) this[kEvents].delete(record.type);
  }

  // Shared by dispatchEvent (event given) and NodeEventTarget#emit (only a
  // value: DOM-style listeners then get an Event made by kCreateEvent, and
  // node-style ones the raw value).
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }

    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }

    let handler = root.next;
    while (handler !== undefined) {
      const stopped = event !== undefined && event[kStop];
      // After stopImmediatePropagation only internal, resisting listeners run.
      if (stopped && !root.resistStopPropagation) break;
      // Read next first: this listener may remove itself.
      const next = handler.next;
      if (handler.removed || (stopped && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, handler.value, handler.capture);
      }

      try {
        let arg;
        if (handler.isNodeStyleListener) {
          arg = nodeValue;
        } else {
          if (event === undefined) {
            event = this[kCreateEvent](nodeValue, type);
            event[kTarget] = this;
            event[kIsBeingDispatched] = true;
          }
          arg = event;
        }
        const callback = handler.value;
        let result;
        if (typeof callback === 'function') {
          result = callback.call(this, arg);
        } else if (callback !== undefined) {
          // An EventListener object: handleEvent is looked up on each call.
          const handleEvent = callback.handleEvent;
          if (handleEvent) result = handleEvent.call(callback, arg);
        }
        if (result !== undefined && result !== null) catchRejection(result);
      } catch (err) {
        reportUncaught(err);
      }
      handler = next;
    }

    if (event !== undefined) event[kIsBeingDispatched] = false;
    return true;
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, nestedInspectOptions(options))}`;
  }
}
makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// The listeners registered for `type`, for events.getEventListeners().
function getEventTargetListeners(target, type) {
  const listeners = [];
  const root = target[kEvents].get(type);
  let handler = root?.next;
  while (handler !== undefined) {
    const value = handler.value;
    if (value !== undefined) listeners.push(value);
    handler = handler.next;
  }
  return listeners;
}

// ---------------------------------------------------------------------------
// NodeEventTarget: an EventTarget with a subset of the EventEmitter API
// (used by MessagePort-like objects). Its on()/once() listeners receive the
// emitted value itself rather than an Event.

function isNodeEventTarget(obj) {
  return isEventTarget(obj) && obj instanceof NodeEventTarget;
}

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    const root = this[kEvents].get(`${type}`);
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (!isNodeEventTarget(this)) throw new ERR_INVALID_THIS('NodeEventTarget');
    if (type !== undefined) this[kEvents].delete(`${type}`);
    else this[kEvents].clear();
    return this;
  }
}
makeEnumerable(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners',
]);

// ---------------------------------------------------------------------------
// `on<event>` attributes (e.g. AbortSignal#onabort).
//
// The first assignment registers one wrapper listener, which then keeps its
// place in the listener order; later assignments swap the wrapped handler
// (null disables it without removing the wrapper), as the HTML spec says.

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    return this[kHandlers]?.get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });

  function set(value) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (this[kHandlers] === undefined) this[kHandlers] = new Map();
    let wrapped = this[kHandlers].get(event);
    if (wrapped === undefined) {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    } else {
      // Keep the listener count in step with whether a handler is active, so
      // that listenerCount() and the max-listeners warning see it.
      const root = this[kEvents].get(event);
      if (root !== undefined) {
        if (typeof wrapped.handler === 'function') {
          root.size--;
          this[kRemoveListener](root.size, event, wrapped.handler, false);
        }
        if (typeof value === 'function') {
          root.size++;
          this[kNewListener](root.size, event, value, false, false, false, false);
        }
      }
      wrapped.handler = value;
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });

  Object.defineProperty(emitter, propName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

module.exports = {
  CustomEvent,
  Event,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  getEventTargetListeners,
  initEventTarget,
  isEventTarget,
  kCreateEvent,
  kEvents,
  kHybridDispatch,
  kIsNodeStyleListener,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
