'use strict';
// The clock and the runtime's own timeline behind perf_hooks: now(),
// performance.nodeTiming (milestones from internalBinding('performance')) and
// eventLoopUtilization(). Loaded on first use of perf_hooks or `performance`.

const { performanceNow, timeOrigin: getTimeOrigin } = internalBinding('timers');
const binding = internalBinding('performance');
const { customInspectSymbol: kInspect } = require('internal/util');

const timeOrigin = getTimeOrigin();
const now = performanceNow;

// Must match enum Milestone in src/env.h.
const kMilestoneNames = ['nodeStart', 'v8Start', 'environment', 'bootstrapComplete',
                         'loopStart', 'loopExit'];
// Names a mark may not take and measure() resolves against nodeTiming.
const nodeTimingReadOnlyAttributes = new Set(kMilestoneNames);

function milestone(name) {
  return binding.milestones()[kMilestoneNames.indexOf(name)];
}

function loopStart() { return binding.milestones()[4]; }

let nodeTiming;
function getNodeTiming() {
  if (nodeTiming !== undefined) return nodeTiming;
  const { PerformanceEntry, kSkipThrow } = require('internal/perf/performance_entry');
  const { inspect } = require('util');
  // node's own entry for the process: every field is an enumerable own
  // getter, read live.
  class PerformanceNodeTiming {
    constructor() {
      const get = (fn) => ({ __proto__: null, enumerable: true, configurable: true, get() { return fn(); } });
      Object.defineProperties(this, {
        name: get(() => 'node'),
        entryType: get(() => 'node'),
        startTime: get(() => 0),
        duration: get(() => now()),
        nodeStart: get(() => milestone('nodeStart')),
        v8Start: get(() => milestone('v8Start')),
        environment: get(() => milestone('environment')),
        loopStart: get(() => milestone('loopStart')),
        loopExit: get(() => milestone('loopExit')),
        bootstrapComplete: get(() => milestone('bootstrapComplete')),
        idleTime: get(() => binding.loopIdleTime()),
        // libuv 1.44 has no uv_metrics_info: loop turns are counted by eddy,
        // the event counts are not available.
        uvMetricsInfo: get(() => {
          const started = loopStart() !== -1 && milestone('loopExit') === -1;
          return { loopCount: binding.loopCount() + (started ? 1 : 0), events: 0, eventsWaiting: 0 };
        }),
      });
    }
    [kInspect](depth, options) {
      if (depth < 0) return this;
      const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `PerformanceNodeTiming ${inspect(this.toJSON(), opts)}`;
    }
    toJSON() {
      return {
        name: 'node',
        entryType: 'node',
        startTime: this.startTime,
        duration: this.duration,
        nodeStart: this.nodeStart,
        v8Start: this.v8Start,
        bootstrapComplete: this.bootstrapComplete,
        environment: this.environment,
        loopStart: this.loopStart,
        loopExit: this.loopExit,
        idleTime: this.idleTime,
      };
    }
  }
  Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
  Object.setPrototypeOf(PerformanceNodeTiming, PerformanceEntry);
  void kSkipThrow;
  nodeTiming = new PerformanceNodeTiming();
  return nodeTiming;
}

// eventLoopUtilization([util1[, util2]]): idle/active ms since the loop
// started (or between two earlier results) and active / (idle + active).
function eventLoopUtilization(util1, util2) {
  const ls = loopStart();
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = binding.loopIdleTime();
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

module.exports = {
  now,
  timeOrigin,
  getNodeTiming,
  nodeTimingReadOnlyAttributes,
  milestone,
  eventLoopUtilization,
};
