'use strict';
// PerformanceResourceTiming: the class exists (fetch fills it in node);
// eddy's fetch does not report resource timings yet, so only the shape and
// the empty 'resource' timeline are here.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, type, 0, 0);
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'PerformanceResourceTiming',
});

module.exports = { PerformanceResourceTiming };
