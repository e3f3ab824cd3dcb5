'use strict';
// node:async_hooks — the parts that don't need async context tracking.
// eddy doesn't track async resources yet: AsyncResource runs functions as
// they are (with ids of its own), executionAsyncId()/triggerAsyncId()
// report the top level, and hooks made with createHook() are accepted but
// never called. AsyncLocalStorage, which needs the tracking to keep its
// store across awaits, isn't provided rather than provided wrong.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_INVALID_ASYNC_ID },
} = require('internal/errors');
const { validateFunction, validateString, validateObject } = require('internal/validators');

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
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
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
  AsyncResource,
};
