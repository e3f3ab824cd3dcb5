'use strict';
// The `performance` global: now() and timeOrigin on the monotonic clock.
// (perf_hooks' timeline, marks and observers come with the monitoring issue.)

const { performanceNow, timeOrigin } = internalBinding('timers');

const origin = timeOrigin();

const kPerformance = Symbol('kPerformance');

class Performance {
  constructor(key) {
    if (key !== kPerformance) throw new TypeError('Illegal constructor');
  }
  now() {
    if (!(this instanceof Performance)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('this', 'Performance', this);
    }
    return performanceNow();
  }
  get timeOrigin() { return origin; }
  toJSON() {
    return { timeOrigin: origin, eventLoopUtilization: undefined };
  }
  mark() {}
  measure() {}
  clearMarks() {}
  clearMeasures() {}
  getEntries() { return []; }
  getEntriesByName() { return []; }
  getEntriesByType() { return []; }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

const performance = new Performance(kPerformance);
module.exports = { performance, Performance };
