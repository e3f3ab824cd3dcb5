'use strict';
// The `performance` global: now() and timeOrigin on the monotonic clock.
// (perf_hooks' timeline, marks and observers come with the monitoring issue.)

const { performanceNow, timeOrigin } = internalBinding('timers');

const origin = timeOrigin();

class Performance {
  now() { return performanceNow(); }
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

const performance = new Performance();
module.exports = { performance, Performance };
