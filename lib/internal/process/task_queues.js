'use strict';
// process.nextTick's queue, queueMicrotask, and the function C++ calls after
// every callback into JS (processTicksAndRejections).
//
// HOW: C++ (Env::DrainTasks) reads tickInfo. When no tick and no rejection is
// pending it only runs V8's microtask checkpoint; otherwise it calls
// processTicksAndRejections, which runs every queued tick, then the
// microtasks those queued, and repeats until both queues are empty, handling
// unhandled rejections in between. A tick that throws propagates to C++,
// which reports it as uncaught and calls back in for the rest.
// WHY the shared array: asking "is anything queued?" must not cost a call
// into JS after every single callback.

const {
  tickInfo, runMicrotasks, enqueueMicrotask,
} = internalBinding('env');
const FixedQueue = require('internal/fixed_queue');
const {
  processPromiseRejections, setHasRejectionToWarn,
} = require('internal/process/promises');
const { validateFunction } = require('internal/validators');
const frames = require('internal/async_context_frame');

const kHasTickScheduled = 0;  // src/env.h: TickInfoField
const queue = new FixedQueue();

function hasTickScheduled() { return tickInfo[kHasTickScheduled] === 1; }
function setHasTickScheduled(value) { tickInfo[kHasTickScheduled] = value ? 1 : 0; }

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      const callback = tock.callback;
      const args = tock.args;
      // The tick runs in the frame it was queued in; one that throws leaves
      // it current for the uncaught handler (C++ restores ours after).
      const prior = frames.enter(tock.frame);
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
      frames.leave(prior);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  setHasRejectionToWarn(false);
}

// Between two timers or two immediates: what C++ does after a callback.
function runNextTicks() {
  if (!hasTickScheduled() && tickInfo[1] !== 1) runMicrotasks();
  if (!hasTickScheduled() && tickInfo[1] !== 1) return;
  processTicksAndRejections();
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (queue.isEmpty()) setHasTickScheduled(true);
  queue.push({ callback, args: args.length === 0 ? undefined : args, frame: frames.capture() });
}

// The callback is queued as it is: if it throws, V8 hands the exception to
// a message listener (src/errors.cc OnMicrotaskMessage), which reports it as
// uncaught with the throwing line. No wrapper closure per microtask — unless
// AsyncLocalStorage is in use: V8 keeps the async context frame for promise
// jobs only, so then a wrapper runs the callback in the frame it was queued
// in (and, as node, the uncaught handler outside it).
function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  if (!frames.isUsed()) {
    enqueueMicrotask(callback);
    return;
  }
  const frame = frames.capture();
  enqueueMicrotask(() => {
    const prior = frames.enter(frame);
    try {
      callback();
    } finally {
      frames.leave(prior);
    }
  });
}

module.exports = {
  nextTick,
  queueMicrotask,
  processTicksAndRejections,
  runNextTicks,
  hasTickScheduled,
};
