'use strict';
// Unhandled promise rejections (node's --unhandled-rejections modes).
//
// V8 reports a rejection without a handler (and a handler added later) to
// src/errors.cc, which calls promiseRejectHandler below. We only record it
// and raise tickInfo[kHasRejectionToWarn]; processPromiseRejections runs once
// the nextTick queue and the microtasks are drained, so a handler attached
// in the same tick still counts as "handled".

const { tickInfo } = internalBinding('env');
const { triggerUncaughtException } = internalBinding('errors');

const kHasRejectionToWarn = 1;  // src/env.h: TickInfoField

// v8::PromiseRejectEvent
const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;

const maybeUnhandledPromises = new WeakMap();
let pendingUnhandledRejections = [];
const asyncHandledRejections = [];
let lastPromiseId = 0;
let mode = 'throw';

function setHasRejectionToWarn(value) { tickInfo[kHasRejectionToWarn] = value ? 1 : 0; }

function setUnhandledRejectionsMode(value) { mode = value; }

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandledPromises.set(promise, { reason, uid: ++lastPromiseId, warned: false });
    pendingUnhandledRejections.push(promise);
    setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) return;
    maybeUnhandledPromises.delete(promise);
    if (info.warned) {
      const warning = new Error(
        `Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = info.uid;
      asyncHandledRejections.push({ promise, warning });
      setHasRejectionToWarn(true);
    }
  }
}

let UnhandledPromiseRejection;
function makeUnhandledRejectionError(reason) {
  if (UnhandledPromiseRejection === undefined) {
    UnhandledPromiseRejection = class UnhandledPromiseRejection extends Error {
      constructor(reason) {
        const { inspect } = require('internal/util/inspect');
        let shown;
        try { shown = inspect(reason); } catch { shown = String(reason); }
        super('This error originated either by throwing inside of an async function ' +
              'without a catch block, or by rejecting a promise which was not handled ' +
              `with .catch(). The promise rejected with the reason "${shown}".`);
        this.code = 'ERR_UNHANDLED_REJECTION';
      }
    };
    Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
      value: 'UnhandledPromiseRejection', writable: true, configurable: true,
    });
  }
  return new UnhandledPromiseRejection(reason);
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'stack');
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    'with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  warning.stack = `${warning.name}: ${warning.message}`;
  try {
    if (reason instanceof Error) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(String(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // A reason whose toString throws is still reported below.
  }
  process.emitWarning(warning);
}

// Returns true if it may have scheduled more ticks or microtasks.
function processPromiseRejections() {
  let maybeScheduled = asyncHandledRejections.length > 0;
  while (asyncHandledRejections.length > 0) {
    const { promise, warning } = asyncHandledRejections.shift();
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let len = pendingUnhandledRejections.length;
  while (len--) {
    const promise = pendingUnhandledRejections.shift();
    const info = maybeUnhandledPromises.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason, uid } = info;
    switch (mode) {
      case 'strict': {
        const err = isErrorLike(reason) ? reason : makeUnhandledRejectionError(reason);
        triggerUncaughtException(err, true);
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'warn': {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) emitUnhandledRejectionWarning(uid, reason);
        break;
      }
      case 'none':
        process.emit('unhandledRejection', reason, promise);
        break;
      case 'warn-with-error-code': {
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      }
      default: {  // 'throw'
        const handled = process.emit('unhandledRejection', reason, promise);
        if (!handled) {
          const err = isErrorLike(reason) ? reason : makeUnhandledRejectionError(reason);
          triggerUncaughtException(err, true);
        }
      }
    }
    maybeScheduled = true;
  }
  return maybeScheduled || pendingUnhandledRejections.length !== 0;
}

module.exports = {
  promiseRejectHandler,
  processPromiseRejections,
  setHasRejectionToWarn,
  setUnhandledRejectionsMode,
};
