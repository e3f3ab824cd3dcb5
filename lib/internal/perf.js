'use strict';
// The `performance` global (and perf_hooks.performance): the Performance
// class over the timeline in lib/internal/perf/. Loaded on first touch of
// `performance`; the timeline modules load on first use of their methods, so
// performance.now() alone costs no more than before.

const { performanceNow, timeOrigin } = internalBinding('timers');
const { customInspectSymbol: kInspect, kEnumerableProperty } = require('internal/util');
const { EventTarget } = require('internal/event_target');

const kOnBufferFull = Symbol('onresourcetimingbufferfull');

const origin = timeOrigin();
const kPerformanceBrand = Symbol('performance');

function checkThis(self) {
  if (self?.[kPerformanceBrand] !== true) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('this', 'Performance', self);
  }
}

const userTiming = () => require('internal/perf/usertiming');
const observe = () => require('internal/perf/observe');

class Performance extends EventTarget {
  constructor() {
    const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${require('util').inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, opts)}`;
  }

  clearMarks(name = undefined) {
    checkThis(this);
    userTiming().clearMarks(name);
  }
  clearMeasures(name = undefined) {
    checkThis(this);
    userTiming().clearMeasures(name);
  }
  clearResourceTimings(name = undefined) {
    checkThis(this);
    if (name !== undefined) name = `${name}`;
    observe().clearEntriesFromBuffer('resource', name);
  }
  getEntries() {
    checkThis(this);
    return observe().filterBufferMapByNameAndType();
  }
  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('name');
    }
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return observe().filterBufferMapByNameAndType(name, type);
  }
  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) {
      const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
      throw new ERR_MISSING_ARGS('type');
    }
    type = `${type}`;
    return observe().filterBufferMapByNameAndType(undefined, type);
  }
  mark(name, options = undefined) {
    checkThis(this);
    return userTiming().mark(...arguments);
  }
  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    return userTiming().measure(...arguments);
  }
  now() {
    checkThis(this);
    return performanceNow();
  }
  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // eddy's fetch records no resource timings, so there is nothing to bound.
  }
  get timeOrigin() {
    checkThis(this);
    return origin;
  }
  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  // node's own additions, not enumerable.
  eventLoopUtilization: {
    __proto__: null, configurable: true, writable: true, enumerable: false,
    value: function eventLoopUtilization(util1, util2) {
      return require('internal/perf/utils').eventLoopUtilization(util1, util2);
    },
  },
  nodeTiming: {
    __proto__: null, configurable: true, enumerable: false, writable: true,
    value: require('internal/perf/utils').getNodeTiming(),
  },
  markResourceTiming: {
    __proto__: null, configurable: true, writable: true, enumerable: false,
    value: function markResourceTiming(timingInfo, requestedUrl, initiatorType,
                                       global, cacheMode) {
      // Used by fetch implementations; eddy's fetch does not report timings.
    },
  },
  timerify: {
    __proto__: null, configurable: true, writable: true, enumerable: false,
    value: function timerify(fn, options = {}) {
      return require('internal/perf/timerify')(fn, options);
    },
  },
  onresourcetimingbufferfull: {
    __proto__: null,
    ...Object.getOwnPropertyDescriptor({
      get onresourcetimingbufferfull() { return this[kOnBufferFull] ?? null; },
      set onresourcetimingbufferfull(value) { this[kOnBufferFull] = value; },
    }, 'onresourcetimingbufferfull'),
  },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'Performance' },
});

function createPerformance() {
  // An EventTarget without running the illegal constructor.
  const performance = Reflect.construct(EventTarget, [], Performance);
  Object.defineProperty(performance, kPerformanceBrand, { __proto__: null, value: true });
  return performance;
}

const performance = createPerformance();
module.exports = { performance, Performance };
