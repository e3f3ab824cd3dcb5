'use strict';

// assert.CallTracker (deprecated in node 20, DEP0173): wraps functions and
// checks they were called an exact number of times.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT },
} = require('internal/errors');
const AssertionError = require('internal/assert/assertion_error');
const { validateUint32 } = require('internal/validators');

// Stands in when calls() gets no function (like node, a nameless no-op).
const noop = Function.prototype;

let warned = false;

// Per tracked function: how often it must be called and the calls so far.
class CallContext {
  constructor(expected, stackTrace, name) {
    this.expected = expected;
    this.stackTrace = stackTrace;
    this.name = name;
    this.calls = [];
  }

  track(thisArg, args) {
    this.calls.push(Object.freeze({ thisArg, arguments: args }));
  }

  get delta() {
    return this.calls.length - this.expected;
  }

  reset() {
    this.calls = [];
  }

  getCalls() {
    return Object.freeze(this.calls.slice());
  }

  report() {
    if (this.delta === 0) return undefined;
    return {
      message: `Expected the ${this.name} function to be executed ` +
        `${this.expected} time(s) but was executed ${this.calls.length} time(s).`,
      actual: this.calls.length,
      expected: this.expected,
      operator: this.name,
      stack: this.stackTrace,
    };
  }
}

const kContexts = Symbol('kContexts');
const kTracked = Symbol('kTracked');

class CallTracker {
  constructor() {
    if (!warned) {
      warned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
    // Tracked proxy → its context.
    this[kTracked] = new WeakMap();
    this[kContexts] = new Set();
  }

  #contextOf(tracked) {
    const context = this[kTracked].get(tracked);
    if (context === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return context;
  }

  getCalls(tracked) {
    return this.#contextOf(tracked).getCalls();
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this[kContexts]) context.reset();
      return;
    }
    this.#contextOf(tracked).reset();
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);

    const context = new CallContext(expected, new Error(), fn.name || 'calls');
    // A Proxy keeps the wrapped function's name, length and properties.
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this[kContexts].add(context);
    this[kTracked].set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this[kContexts]) {
      const message = context.report();
      if (message !== undefined) errors.push(message);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ?
      errors[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
