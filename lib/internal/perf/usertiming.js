'use strict';
// User Timing: PerformanceMark, PerformanceMeasure, and performance.mark /
// measure / clearMarks / clearMeasures. `markTimings` maps a mark name to the
// startTime of its latest mark (made by performance.mark or new
// PerformanceMark); measure() resolves names against it and against
// nodeTiming's milestones.

const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateObject, validateString, validateInternalField } =
  require('internal/validators');
const {
  PerformanceEntry, entryWithDetailJSON, kSkipThrow, kDetail,
} = require('internal/perf/performance_entry');
const { now, nodeTimingReadOnlyAttributes, milestone } = require('internal/perf/utils');
const { enqueue, bufferUserTiming, clearEntriesFromBuffer } = require('internal/perf/observe');

const markTimings = new Map();

function cloneDetail(detail) {
  return detail != null ? structuredClone(detail) : null;
}

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

// A mark name, a milestone name or a timestamp -> ms.
function getMark(name) {
  if (name === undefined) return;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  if (nodeTimingReadOnlyAttributes.has(name)) return milestone(name);
  const ts = markTimings.get(name);
  if (ts === undefined)
    throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (nodeTimingReadOnlyAttributes.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }
  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMark');
    return this[kDetail];
  }
  toJSON() {
    return entryWithDetailJSON(this);
  }
}
Object.defineProperties(PerformanceMark.prototype, {
  detail: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMark' },
});

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) {
      const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
      throw new ERR_ILLEGAL_CONSTRUCTOR();
    }
    super(kSkipThrow, name, type, start, duration);
  }
  get detail() {
    validateInternalField(this, kDetail, 'PerformanceMeasure');
    return this[kDetail];
  }
  toJSON() {
    return entryWithDetailJSON(this);
  }
}
Object.defineProperties(PerformanceMeasure.prototype, {
  detail: { __proto__: null, enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceMeasure' },
});

function mark(name, options) {
  const entry = new PerformanceMark(...arguments);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// measure(name[, startMark[, endMark]]) or measure(name, { start, end,
// duration, detail }). The end is resolved before the start (so its errors
// come first); a positional start is used only when it is a string.
function calculateStartDuration(startOrMeasureOptions, endMark) {
  if (startOrMeasureOptions === null) startOrMeasureOptions = undefined;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined)
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }

  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }

  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }

  return { start, duration: end - start };
}

function measure(name, startOrMeasureOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  validateString(name, 'name');
  const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
  let detail = startOrMeasureOptions?.detail;
  detail = cloneDetail(detail);
  const entry = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
  entry[kDetail] = detail;
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarkTimings(name) {
  if (name !== undefined) {
    name = `${name}`;
    markTimings.delete(name);
    return name;
  }
  markTimings.clear();
}

function clearMarks(name) {
  clearEntriesFromBuffer('mark', clearMarkTimings(name));
}

function clearMeasures(name) {
  if (name !== undefined) name = `${name}`;
  clearEntriesFromBuffer('measure', name);
}

module.exports = {
  PerformanceMark,
  PerformanceMeasure,
  mark,
  measure,
  clearMarks,
  clearMeasures,
};
