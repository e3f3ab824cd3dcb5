'use strict';
// performance.timerify(fn[, { histogram }]): a wrapper that times each call
// (or construction) of fn, records the duration in ns into the histogram and,
// when someone observes 'function' entries, makes one with the arguments as
// its detail. A promise result is timed until it settles.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { now } = require('internal/perf/utils');
const { enqueue, hasObserver } = require('internal/perf/observe');
const { createPerformanceNodeEntry } = require('internal/perf/performance_entry');

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
  if (!hasObserver('function')) return;
  enqueue(createPerformanceNodeEntry(name, 'function', start, duration, args));
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined) {
    const { isRecordableHistogram } = require('internal/histogram');
    if (!isRecordableHistogram(histogram))
      throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ?
      Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

module.exports = timerify;
