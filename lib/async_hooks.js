'use strict';
// node:async_hooks — AsyncLocalStorage, AsyncResource and the hook API.
//
// AsyncLocalStorage sits on eddy's async context frames
// (internal/async_context_frame): a frame maps each AsyncLocalStorage to its
// store, V8 carries it across await and .then, and every other way a callback
// runs later (timers, ticks, I/O callbacks, AsyncResource) restores the frame
// that was current when the callback was queued.
//
// What eddy doesn't do: it doesn't track async resources one by one.
// executionAsyncId()/triggerAsyncId() report the top level, AsyncResource has
// ids of its own, and hooks made with createHook() are accepted but never
// called.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');
const frames = require('internal/async_context_frame');

let nextAsyncId = 2;  // 1 is the top level, as in node

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kAsyncId] = nextAsyncId++;
    this[kTriggerId] = triggerAsyncId;
    this[kFrame] = frames.capture();
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const frame = this[kFrame];
    const prior = frames.enter(frame);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      if (frames.isUsed()) {
        // enterWith() inside stays with the resource for its later runs
        // (node: it sets the store on the current resource).
        const now = frames.capture();
        if (now !== frame) this[kFrame] = now;
        frames.leave(prior);
      }
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: { __proto__: null, configurable: true, enumerable: true, value: this, writable: true },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

const kAsyncId = Symbol('asyncId');
const kTriggerId = Symbol('triggerAsyncId');
const kFrame = Symbol('asyncContextFrame');

// A frame like `frame` with `storage` holding `store` (or nothing when
// `has` is false). Frames are never changed once made.
function withStore(frame, storage, has, store) {
  const next = new Map(frame);
  if (has) next.set(storage, store);
  else next.delete(storage);
  return next.size === 0 ? undefined : next;
}

// After run()/exit() give back the store this storage had before — and only
// that: enterWith() of another storage inside the callback stays, as in node.
function restoreStore(storage, inner, prior) {
  const now = frames.capture();
  if (now === inner) {
    frames.set(prior);
  } else {
    const has = prior !== undefined && prior.has(storage);
    frames.set(withStore(now, storage, has, has ? prior.get(storage) : undefined));
  }
}

class AsyncLocalStorage {
  constructor() {
    frames.enable();
    // As node's own fields (they show in util.inspect); `enabled` is false
    // until the first run()/enterWith() and after disable().
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    return AsyncResource.bind((cb, ...args) => cb(...args));
  }

  disable() {
    this.enabled = false;
  }

  getStore() {
    if (!this.enabled) return undefined;
    const frame = frames.capture();
    return frame === undefined ? undefined : frame.get(this);
  }

  enterWith(store) {
    this.enabled = true;
    frames.set(withStore(frames.capture(), this, true, store));
  }

  run(store, callback, ...args) {
    // As node: no new context when the store is already the current one.
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this.enabled = true;
    const prior = frames.capture();
    const inner = withStore(prior, this, true, store);
    frames.set(inner);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      restoreStore(this, inner, prior);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    const prior = frames.capture();
    if (prior === undefined || !prior.has(this)) return Reflect.apply(callback, null, args);
    const inner = withStore(prior, this, false);
    frames.set(inner);
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      // A store entered inside stays (node's exit() only disables the
      // storage for the call, so enterWith() in it outlives the call).
      const now = frames.capture();
      if (now === inner || now === undefined || !now.has(this)) restoreStore(this, inner, prior);
    }
  }
}

class AsyncHook {
  constructor(callbacks) {
    validateObject(callbacks, 'callbacks');
    for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      }
    }
  }

  enable() { return this; }
  disable() { return this; }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

const topLevelResource = {};

module.exports = {
  createHook,
  executionAsyncId() { return 1; },
  triggerAsyncId() { return 0; },
  executionAsyncResource() { return topLevelResource; },
  asyncWrapProviders: Object.freeze({ __proto__: null }),
  AsyncLocalStorage,
  AsyncResource,
};
