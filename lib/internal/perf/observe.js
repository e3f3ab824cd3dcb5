'use strict';
// The performance timeline and its observers.
//
// Marks and measures made through `performance` are kept in the timeline
// buffers (getEntries*). Every new entry is also offered to each connected
// PerformanceObserver that watches its type; an observer with entries is
// "pending", and one setImmediate (shared by all observers, ref'd like
// node's) hands each pending observer its entries, sorted by startTime. So a
// callback runs in the check phase after the mark, never synchronously.

const { customInspectSymbol: kInspect } = require('internal/util');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateInternalField } = require('internal/validators');
const { kSkipThrow } = require('internal/perf/performance_entry');

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

const kBuffer = Symbol('kBuffer');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
const kTypeSingle = 0;
const kTypeMultiple = 1;

const markEntryBuffer = [];
const measureEntryBuffer = [];
const resourceTimingBuffer = [];

const kObservers = new Set();
const kPending = new Set();
// How many connected observers watch each type (timerify asks before making
// an entry nobody would see).
const observerCounts = { __proto__: null };
let isPending = false;

function maybeIncrementObserverCount(type) {
  observerCounts[type] = (observerCounts[type] || 0) + 1;
}
function maybeDecrementObserverCount(type) {
  if (observerCounts[type] > 0) observerCounts[type]--;
}
function hasObserver(type) {
  return observerCounts[type] > 0;
}

function queuePending() {
  if (isPending) return;
  isPending = true;
  setImmediate(() => {
    isPending = false;
    const pendings = Array.from(kPending);
    kPending.clear();
    for (const pending of pendings) pending[kDispatch]();
  });
}

function sortByStartTime(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

class PerformanceObserverEntryList {
  constructor(skipThrowSymbol = undefined, entries = []) {
    if (skipThrowSymbol !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kBuffer] = sortByStartTime(entries);
  }
  getEntries() {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    return this[kBuffer].slice();
  }
  getEntriesByType(type) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this[kBuffer].filter((entry) => entry.entryType === type);
  }
  getEntriesByName(name, type = undefined) {
    validateInternalField(this, kBuffer, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      type = `${type}`;
      return this[kBuffer].filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this[kBuffer].filter((entry) => entry.name === name);
  }
  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${require('util').inspect(this[kBuffer], opts)}`;
  }
}
const enumerable = { __proto__: null, enumerable: true };
Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: enumerable,
  getEntriesByType: enumerable,
  getEntriesByName: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceObserverEntryList' },
});

function lazyDOMException(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

class PerformanceObserver {
  #buffer = [];
  #entryTypes = new Set();
  #type = undefined;
  #callback;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined)
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    switch (this.#type) {
      case undefined:
        if (entryTypes !== undefined) this.#type = kTypeMultiple;
        if (type !== undefined) this.#type = kTypeSingle;
        break;
      case kTypeSingle:
        if (entryTypes !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to multiple observations',
                                 'InvalidModificationError');
        }
        break;
      case kTypeMultiple:
        if (type !== undefined) {
          throw lazyDOMException('PerformanceObserver can not change to single observation',
                                 'InvalidModificationError');
        }
        break;
    }

    if (this.#type === kTypeMultiple) {
      if (!Array.isArray(entryTypes))
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      for (const t of this.#entryTypes) maybeDecrementObserverCount(t);
      this.#entryTypes.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t) && !this.#entryTypes.has(t)) {
          this.#entryTypes.add(t);
          maybeIncrementObserverCount(t);
        }
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      if (!this.#entryTypes.has(type)) {
        this.#entryTypes.add(type);
        maybeIncrementObserverCount(type);
      }
      if (buffered) {
        this.#buffer.push(...filterBufferMapByNameAndType(undefined, type));
        kPending.add(this);
        queuePending();
      }
    }

    if (this.#entryTypes.size) kObservers.add(this);
    else this.disconnect();
  }

  disconnect() {
    for (const t of this.#entryTypes) maybeDecrementObserverCount(t);
    kObservers.delete(this);
    kPending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#type = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [kMaybeBuffer](entry) {
    if (!this.#entryTypes.has(entry.entryType)) return;
    this.#buffer.push(entry);
    kPending.add(this);
    queuePending();
  }

  [kDispatch]() {
    const list = new PerformanceObserverEntryList(kSkipThrow, this.takeRecords());
    this.#callback(list, this);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${require('util').inspect({
      connected: kObservers.has(this),
      pending: kPending.has(this),
      entryTypes: Array.from(this.#entryTypes),
      buffer: this.#buffer,
    }, opts)}`;
  }
}
Object.defineProperties(PerformanceObserver.prototype, {
  observe: enumerable,
  disconnect: enumerable,
  takeRecords: enumerable,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'PerformanceObserver' },
});

// Offers a new entry to the observers that watch its type.
function enqueue(entry) {
  for (const observer of kObservers) observer[kMaybeBuffer](entry);
}

// Adds a mark or measure made through `performance` to the timeline.
function bufferUserTiming(entry) {
  const buffer = entry.entryType === 'mark' ? markEntryBuffer : measureEntryBuffer;
  buffer.push(entry);
}

function bufferResourceTiming(entry) {
  resourceTimingBuffer.push(entry);
}

function clearEntriesFromBuffer(type, name) {
  const buffer = type === 'mark' ? markEntryBuffer :
    type === 'measure' ? measureEntryBuffer : resourceTimingBuffer;
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  let keep = 0;
  for (let i = 0; i < buffer.length; i++) {
    if (buffer[i].name !== name) buffer[keep++] = buffer[i];
  }
  buffer.length = keep;
}

// The timeline's entries of one type (or all), optionally of one name,
// sorted by startTime (stable: marks before measures at equal times).
function filterBufferMapByNameAndType(name, type) {
  let buffer;
  if (type === 'mark') buffer = markEntryBuffer;
  else if (type === 'measure') buffer = measureEntryBuffer;
  else if (type === 'resource') buffer = resourceTimingBuffer;
  else if (type !== undefined) return [];
  else buffer = [...markEntryBuffer, ...measureEntryBuffer, ...resourceTimingBuffer];
  if (name !== undefined) buffer = buffer.filter((entry) => entry.name === name);
  else if (type !== undefined) buffer = buffer.slice();
  return sortByStartTime(buffer);
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  hasObserver,
  bufferUserTiming,
  bufferResourceTiming,
  clearEntriesFromBuffer,
  filterBufferMapByNameAndType,
};
