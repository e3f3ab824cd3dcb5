'use strict';
// PerformanceEntry, the base of every timeline entry, and PerformanceNodeEntry
// (entries node makes itself, such as timerify's 'function'). Fields live
// under symbols; the public getters check `this` like node's do.

const { customInspectSymbol: kInspect } = require('internal/util');
const { codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { validateInternalField } = require('internal/validators');

const kName = Symbol('PerformanceEntry.Name');
const kEntryType = Symbol('PerformanceEntry.EntryType');
const kStartTime = Symbol('PerformanceEntry.StartTime');
const kDuration = Symbol('PerformanceEntry.Duration');
const kDetail = Symbol('kDetail');
const kSkipThrow = Symbol('kSkipThrow');

function isPerformanceEntry(obj) {
  return obj?.[kName] !== undefined;
}

class PerformanceEntry {
  constructor(skipThrowSymbol = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kEntryType] = type;
    this[kStartTime] = start;
    this[kDuration] = duration;
  }
  get name() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return this[kName];
  }
  get entryType() {
    validateInternalField(this, kEntryType, 'PerformanceEntry');
    return this[kEntryType];
  }
  get startTime() {
    validateInternalField(this, kStartTime, 'PerformanceEntry');
    return this[kStartTime];
  }
  get duration() {
    validateInternalField(this, kDuration, 'PerformanceEntry');
    return this[kDuration];
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${require('util').inspect(this.toJSON(), opts)}`;
  }
  toJSON() {
    validateInternalField(this, kName, 'PerformanceEntry');
    return {
      name: this[kName],
      entryType: this[kEntryType],
      startTime: this[kStartTime],
      duration: this[kDuration],
    };
  }
}
const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(PerformanceEntry.prototype, {
  name: enumerable, entryType: enumerable, startTime: enumerable, duration: enumerable,
  toJSON: enumerable,
});

// toJSON of an entry that has a detail (marks, measures, node entries).
function entryWithDetailJSON(entry) {
  return {
    name: entry.name,
    entryType: entry.entryType,
    startTime: entry.startTime,
    duration: entry.duration,
    detail: entry[kDetail],
  };
}

class PerformanceNodeEntry extends PerformanceEntry {
  constructor(name, type, start, duration, detail) {
    super(kSkipThrow, name, type, start, duration);
    this[kDetail] = detail;
  }
  get detail() {
    validateInternalField(this, kDetail, 'NodePerformanceEntry');
    return this[kDetail];
  }
  toJSON() {
    return entryWithDetailJSON(this);
  }
}

function createPerformanceNodeEntry(name, type, start, duration, detail) {
  return new PerformanceNodeEntry(name, type, start, duration, detail);
}

module.exports = {
  PerformanceEntry,
  PerformanceNodeEntry,
  createPerformanceNodeEntry,
  entryWithDetailJSON,
  isPerformanceEntry,
  kSkipThrow,
  kDetail,
};
