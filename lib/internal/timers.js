'use strict';
// Timers and immediates: the JS half of the loop's timers and check phases.
//
// HOW timers work:
// - Every Timeout with the same duration goes into one TimersList, a linked
//   list in insertion order. Since all share the duration, insertion order is
//   due order, so appending is O(1) and the head is always due first.
// - The lists sit in a binary heap ordered by (expiry, list id); the heap's
//   top is the next list to run. C++ arms its single uv_timer_t for that
//   expiry (scheduleTimer) and calls processTimers(now) when it fires.
// - processTimers runs every due timer of every due list, draining nextTicks
//   and microtasks between two timers (as node does), and returns the next
//   expiry: positive if any referenced timer remains, negative if only
//   unreferenced ones do, 0 if none. C++ re-arms and ref/unrefs from that.
// - A timer that throws leaves the lists consistent (its `finally` runs) and
//   the exception reaches C++, which reports it and calls processTimers again.
//
// Each Timeout and Immediate keeps the async context frame current when it
// was made (kFrame) and its callback runs in it (internal/async_context_frame).
// A callback that throws leaves its frame current for the uncaught handler;
// C++ puts the loop's frame back afterwards.
//
// HOW immediates work: a linked list; C++'s uv_check_t calls processImmediate
// once per loop turn. Immediates added while it runs wait for the next turn.
// immediateInfo (shared with C++) holds the count and the ref count; a
// referenced immediate starts C++'s uv_idle_t so the poll phase won't block.

const {
  getLibuvNow, scheduleTimer, toggleTimerRef, toggleImmediateRef,
} = internalBinding('timers');
const { immediateInfo } = internalBinding('env');
const { validateFunction, validateNumber } = require('internal/validators');
const frames = require('internal/async_context_frame');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function lazyInspect() {
  if (inspectFn === undefined) inspectFn = require('internal/util/inspect').inspect;
  return inspectFn;
}

const kCount = 0;            // src/env.h: ImmediateInfoField
const kRefCount = 1;
const kHasOutstanding = 2;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
const kFrame = Symbol('asyncContextFrame');

let nextAsyncId = 2;
let timerListId = 0;
let nextExpiry = Infinity;
let refCount = 0;             // referenced Timeouts currently scheduled

// Timeouts converted to a number (Symbol.toPrimitive) can be cleared by it.
const knownTimersById = new Map();

// --- a minimal intrusive doubly linked list (fields _idleNext/_idlePrev, as
// node's Timeout has them; libraries look at them) ---------------------------
function listInit(list) { list._idleNext = list; list._idlePrev = list; }
function listPeek(list) { const first = list._idleNext; return first === list ? null : first; }
function listIsEmpty(list) { return list._idleNext === list; }
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// --- the heap of lists ------------------------------------------------------
class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  // Only one level: the list links back to itself through its timers.
  [kInspectCustom](_, options) {
    return lazyInspect()(this, { ...options, depth: 0, customInspect: false });
  }
}

function compareLists(a, b) {
  const d = a.expiry - b.expiry;
  return d !== 0 ? d : a.id - b.id;
}

const heap = [null];  // 1-based
function heapSet(i, list) { heap[i] = list; list.priorityQueuePosition = i; }
function heapUp(i) {
  const item = heap[i];
  while (i > 1) {
    const parent = i >>> 1;
    if (compareLists(heap[parent], item) <= 0) break;
    heapSet(i, heap[parent]);
    i = parent;
  }
  heapSet(i, item);
}
function heapDown(i) {
  const size = heap.length - 1;
  const item = heap[i];
  for (;;) {
    let child = i * 2;
    if (child > size) break;
    if (child + 1 <= size && compareLists(heap[child + 1], heap[child]) < 0) child++;
    if (compareLists(item, heap[child]) <= 0) break;
    heapSet(i, heap[child]);
    i = child;
  }
  heapSet(i, item);
}
function heapInsert(list) { heap.push(list); heapUp(heap.length - 1); }
function heapPeek() { return heap.length > 1 ? heap[1] : null; }
function heapRemoveAt(i) {
  const removed = heap[i];
  const last = heap.pop();
  removed.priorityQueuePosition = null;
  if (i < heap.length) {
    heapSet(i, last);
    heapUp(i);
    heapDown(last.priorityQueuePosition);
  }
}

// Lists by duration. A Map: an object with number keys is a dictionary whose
// lookups hash each key with a seeded hash (halfsiphash); a Map hashes small
// integers more cheaply.
const timerListMap = new Map();

function incRefCount() { if (refCount++ === 0) toggleTimerRef(true); }
function decRefCount() { if (--refCount === 0) toggleTimerRef(false); }

// Puts `item` in the list for its duration; `start` is the loop time it counts from.
function insert(item, msecs, start = getLibuvNow()) {
  // Truncate so that accuracy of sub-millisecond timers is not assumed.
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap.get(msecs);
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    timerListMap.set(msecs, list);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = nextAsyncId++;
    item[kFrame] = frames.capture();  // a new resource, as in node
  }
  if (isDestroyed) {
    if (refed) incRefCount();
  } else if (refed === !item[kRefed]) {
    if (refed) incRefCount();
    else decRefCount();
  }
  item[kRefed] = refed;
}

// As node: a cleared timer keeps its ref state (hasRef() stays true), only
// its place in the lists and in the ref count goes.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) knownTimersById.delete(`${item[asyncIdSymbol]}`);
  listRemove(item);
  const list = timerListMap.get(Math.trunc(item._idleTimeout));
  if (list !== undefined && listIsEmpty(list)) {
    if (list.priorityQueuePosition !== null) heapRemoveAt(list.priorityQueuePosition);
    timerListMap.delete(list.msecs);
  }
  if (item[kRefed]) decRefCount();
  item._idleTimeout = -1;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
                            '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kFrame] = frames.capture();
  }

  refresh() {
    if (this[kRefed]) insertGuarded(this, true);
    else insertGuarded(this, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() { return this[kRefed]; }

  // Only one level: the timer links to its list, which links back.
  [kInspectCustom](_, options) {
    return lazyInspect()(this, { ...options, depth: 0, customInspect: false });
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(`${id}`, this);
    }
    return id;
  }

  [Symbol.dispose]() { clearTimeout(this); }
}

// Called by C++ when the uv_timer_t fires. See the header comment.
function processTimers(now) {
  // Nothing runs once 'exit' was emitted, even if the loop turns once more.
  if (process._exiting) return 0;
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = heapPeek()) !== null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = listPeek(list)) !== null) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // Not due yet: the list's expiry moves to its new head.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(list.priorityQueuePosition);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;

    listRemove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
        if (timer[kHasPrimitive]) knownTimersById.delete(`${timer[asyncIdSymbol]}`);
      }
      continue;
    }

    let start;
    if (timer._repeat) start = getLibuvNow();
    const prior = frames.enter(timer[kFrame]);
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
      // enterWith() in an interval's callback stays for its next runs
      // (node: it sets the store on the Timeout resource).
      if (timer._repeat && frames.isUsed()) timer[kFrame] = frames.capture();
    } finally {
      if (timer._repeat && timer._idleTimeout !== -1) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
        if (timer[kHasPrimitive]) knownTimersById.delete(`${timer[asyncIdSymbol]}`);
      }
    }
    frames.leave(prior);
  }
  // The list is empty: drop it, unless a callback already replaced it.
  if (list === timerListMap.get(msecs)) {
    timerListMap.delete(msecs);
    if (list.priorityQueuePosition !== null) heapRemoveAt(list.priorityQueuePosition);
  }
}

// --- immediates -------------------------------------------------------------
class ImmediateList {
  constructor() { this.head = null; this.tail = null; }
  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = null;
    item._idlePrev = null;
  }
}

const immediateQueue = new ImmediateList();
// The batch being run; kept across a throw so C++ can resume it.
const outstandingQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kFrame] = frames.capture();
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() { return !!this[kRefed]; }

  [Symbol.dispose]() { clearImmediate(this); }
}

function processImmediate() {
  if (process._exiting) return;
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  // Detach this batch so immediates scheduled while it runs wait a turn.
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let prevImmediate;
  let ranAtLeastOneImmediate = false;
  while (immediate !== null) {
    if (ranAtLeastOneImmediate) runNextTicks();
    else ranAtLeastOneImmediate = true;

    // Cleared by an earlier callback of this batch: skip it.
    if (immediate._destroyed) {
      outstandingQueue.head = immediate = prevImmediate._idleNext;
      continue;
    }
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed]) immediateInfo[kRefCount]--;
    immediate[kRefed] = null;
    prevImmediate = immediate;

    const prior = frames.enter(immediate[kFrame]);
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } finally {
      immediate._onImmediate = null;
      outstandingQueue.head = immediate = immediate._idleNext;
    }
    frames.leave(prior);
  }
  if (queue === outstandingQueue) outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

// --- the public functions (lib/timers.js re-exports them) -------------------
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    if (n === 3) args = [arg1];
    else if (n === 4) args = [arg1, arg2];
    else {
      args = [arg1, arg2, arg3];
      for (let i = 5; i < n; i++) args.push(arguments[i]);
    }
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    if (n === 3) args = [arg1];
    else if (n === 4) args = [arg1, arg2];
    else {
      args = [arg1, arg2, arg3];
      for (let i = 5; i < n; i++) args.push(arguments[i]);
    }
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById.get(`${timer}`);
    if (timerInstance !== undefined) {
      timerInstance._onTimeout = null;
      unenroll(timerInstance);
    }
  }
}

function clearInterval(timer) {
  // setTimeout and setInterval timers are interchangeable here, as in node.
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 1) {
    if (n === 2) args = [arg1];
    else if (n === 3) args = [arg1, arg2];
    else {
      args = [arg1, arg2, arg3];
      for (let i = 4; i < n; i++) args.push(arguments[i]);
    }
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Legacy timers API (timers.active/enroll/unenroll), still used by some code.
function active(item) { insertGuarded(item, true); }
function unrefActive(item) { insertGuarded(item, false); }
function getTimerDuration(msecs, name) {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
                        `\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
                        'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return msecs;
}

function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleNext) unenroll(item);
  listInit(item);
  item._idleTimeout = msecs;
}

// For internal users (sockets, servers): a timer that never holds the loop.
function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout);
  return timer;
}

let runNextTicks;  // set by setup() to break the require cycle with task_queues
function setup(nextTicksRunner) { runNextTicks = nextTicksRunner; }

module.exports = {
  TIMEOUT_MAX,
  Timeout,
  Immediate,
  kRefed,
  setTimeout,
  setInterval,
  clearTimeout,
  clearInterval,
  setImmediate,
  clearImmediate,
  insert,
  processTimers,
  processImmediate,
  active,
  unrefActive,
  enroll,
  unenroll,
  setup,
  getTimerDuration,
  setUnrefTimeout,
  kTimeout: Symbol('timeout'),
  knownTimersById,
};
