'use strict';
// node:perf_hooks — the performance timeline, observers and histograms.
// The pieces live in lib/internal/perf/ and lib/internal/histogram.js.

const { Performance, performance } = require('internal/perf');
const { PerformanceEntry } = require('internal/perf/performance_entry');
const { PerformanceMark, PerformanceMeasure } = require('internal/perf/usertiming');
const { PerformanceObserver, PerformanceObserverEntryList } = require('internal/perf/observe');
const { PerformanceResourceTiming } = require('internal/perf/resource_timing');
const { createHistogram, monitorEventLoopDelay } = require('internal/histogram');

// src/node_perf_common.h's GC constants, as node 20 reports them.
const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
};

Object.defineProperty(module.exports, 'constants', {
  __proto__: null, configurable: false, enumerable: true, value: constants,
});
