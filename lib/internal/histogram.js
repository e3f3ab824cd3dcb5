'use strict';
// Histogram, RecordableHistogram (perf_hooks.createHistogram()) and
// ELDHistogram (monitorEventLoopDelay(), node's IntervalHistogram), over the
// native HDR histogram of internalBinding('histogram') (src/histogram.cc).
// Arguments are checked here; the binding trusts them. Event-loop delay is
// sampled by an unreferenced libuv timer in C++ and runs no JS per sample.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { customInspectSymbol: kInspect } = require('internal/util');

const kHandle = Symbol('kHandle');
const kMap = Symbol('kMap');
const kRecordable = Symbol('kRecordable');
const kEnabled = Symbol('kEnabled');
const kResolution = Symbol('kResolution');

// node's percentiles maps are its primordials' SafeMap (inspect shows the name).
class SafeMap extends Map {}

let binding;
function newHandle(lowest, highest, figures) {
  binding ??= internalBinding('histogram');
  return new binding.Histogram(lowest, highest, figures);
}

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}
function isRecordableHistogram(object) {
  return object?.[kRecordable] === true;
}

function checkThis(self, name = 'Histogram') {
  if (!isHistogram(self)) throw new ERR_INVALID_THIS(name);
  return self[kHandle];
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100))
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
}

class Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  get count() { return checkThis(this).count(); }
  get countBigInt() { return checkThis(this).countBigInt(); }
  get min() { return checkThis(this).min(); }
  get minBigInt() { return checkThis(this).minBigInt(); }
  get max() { return checkThis(this).max(); }
  get maxBigInt() { return checkThis(this).maxBigInt(); }
  get mean() { return checkThis(this).mean(); }
  get exceeds() { return checkThis(this).exceeds(); }
  get exceedsBigInt() { return checkThis(this).exceedsBigInt(); }
  get stddev() { return checkThis(this).stddev(); }
  percentile(percentile) {
    const handle = checkThis(this);
    validatePercentile(percentile);
    return handle.percentile(percentile);
  }
  percentileBigInt(percentile) {
    const handle = checkThis(this);
    validatePercentile(percentile);
    return handle.percentileBigInt(percentile);
  }
  // Both getters refill and return the one Map of this histogram.
  get percentiles() {
    const handle = checkThis(this);
    this[kMap].clear();
    handle.percentiles(this[kMap], false);
    return this[kMap];
  }
  get percentilesBigInt() {
    const handle = checkThis(this);
    this[kMap].clear();
    handle.percentiles(this[kMap], true);
    return this[kMap];
  }
  reset() {
    checkThis(this).reset();
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${require('util').inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, opts)}`;
  }
  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

const kInt64Max = 2n ** 63n - 1n;

class RecordableHistogram extends Histogram {
  constructor() {
    // eslint-disable-next-line constructor-super
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  record(val) {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) {
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
    } else {
      validateInteger(val, 'val', 1);
    }
    this[kHandle].record(val);
  }
  recordDelta() {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    this[kHandle].recordDelta();
  }
  add(other) {
    if (!isRecordableHistogram(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!isRecordableHistogram(other))
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    this[kHandle].add(other[kHandle]);
  }
}

class ELDHistogram extends Histogram {
  constructor() {
    // eslint-disable-next-line constructor-super
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
  // Both return whether the state changed.
  enable() {
    const handle = checkThis(this, 'ELDHistogram');
    if (this[kEnabled]) return false;
    this[kEnabled] = true;
    handle.start(this[kResolution]);
    return true;
  }
  disable() {
    const handle = checkThis(this, 'ELDHistogram');
    if (!this[kEnabled]) return false;
    this[kEnabled] = false;
    handle.stop();
    return true;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = Number.MAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * lowest);
  else if (typeof lowest !== 'bigint') {
    // node compares them as given (a TypeError when they are mixed).
    void (highest < 2 * lowest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  const histogram = Object.create(RecordableHistogram.prototype);
  histogram[kRecordable] = true;
  histogram[kMap] = new SafeMap();
  histogram[kHandle] = newHandle(Number(lowest), Number(highest), figures);
  return histogram;
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const histogram = Object.create(ELDHistogram.prototype);
  histogram[kEnabled] = false;
  histogram[kHandle] = newHandle(1, Number.MAX_SAFE_INTEGER, 3);
  histogram[kMap] = new SafeMap();
  Object.defineProperty(histogram, kResolution, { __proto__: null, value: resolution });
  return histogram;
}

module.exports = {
  Histogram,
  RecordableHistogram,
  ELDHistogram,
  createHistogram,
  monitorEventLoopDelay,
  isHistogram,
  isRecordableHistogram,
};
