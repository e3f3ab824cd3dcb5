'use strict';
// Unhandled promise rejections (node's --unhandled-rejections modes).
//
// V8 reports a rejection without a handler (and a handler added later) to
// src/errors.cc, which calls promiseRejectHandler below. We only record it
// and raise tickInfo[kHasRejectionToWarn]; processPromiseRejections runs once
// the nextTick queue and the microtasks are drained, so a handler attached
// in the same tick still counts as "handled".

const { tickInfo } = internalBinding('env');
const { triggerUncaughtException, setArrowMessage } = internalBinding('errors');
const frames = require('internal/async_context_frame');

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
    // The frame of the code that rejected: 'unhandledRejection' runs in it.
    maybeUnhandledPromises.set(promise, {
      reason, uid: ++lastPromiseId, warned: false, frame: frames.capture(),
    });
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

// V8's Object::NoSideEffectsToString (node's errors.noSideEffectsToString):
// a string for any value without running user code (no getters, no
// toString calls). Errors give "Name: message", plain objects "#<Ctor>",
// others "[object Tag]".
function getDataProperty(obj, key) {
  const types = internalBinding('types');
  for (let o = obj; o !== null; o = Object.getPrototypeOf(o)) {
    if (types.isProxy(o)) return undefined;
    const desc = Object.getOwnPropertyDescriptor(o, key);
    if (desc !== undefined) return 'value' in desc ? desc.value : undefined;
  }
  return undefined;
}

function builtinTag(value) {
  const types = internalBinding('types');
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  if (types.isDate(value)) return 'Date';
  if (types.isRegExp(value)) return 'RegExp';
  if (types.isArgumentsObject(value)) return 'Arguments';
  if (types.isBooleanObject(value)) return 'Boolean';
  if (types.isNumberObject(value)) return 'Number';
  if (types.isStringObject(value)) return 'String';
  return 'Object';
}

function noSideEffectsToString(value) {
  try {
    if (typeof value === 'symbol') return Symbol.prototype.toString.call(value);
    if (typeof value === 'function') return Function.prototype.toString.call(value);
    if (typeof value !== 'object' || value === null) return String(value);
    if (internalBinding('types').isProxy(value)) return '#<Object>';
    const toString = getDataProperty(value, 'toString');
    if (internalBinding('types').isNativeError(value) ||
        toString === Error.prototype.toString) {
      let name = getDataProperty(value, 'name');
      let message = getDataProperty(value, 'message');
      name = typeof name === 'string' ? name : 'Error';
      message = typeof message === 'string' ? message : '';
      if (name === '') return message;
      if (message === '') return name;
      return `${name}: ${message}`;
    }
    if (toString === Object.prototype.toString) {
      const ctor = getDataProperty(value, 'constructor');
      if (typeof ctor === 'function') {
        const desc = Object.getOwnPropertyDescriptor(ctor, 'name');
        const name = desc !== undefined && typeof desc.value === 'string' ? desc.value : '';
        if (name !== '') return `#<${name}>`;
      }
    }
    const tag = getDataProperty(value, Symbol.toStringTag);
    return `[object ${typeof tag === 'string' ? tag : builtinTag(value)}]`;
  } catch {
    return '[object Unknown]';
  }
}

let UnhandledPromiseRejection;
function makeUnhandledRejectionError(reason) {
  if (UnhandledPromiseRejection === undefined) {
    UnhandledPromiseRejection = class UnhandledPromiseRejection extends Error {
      code = 'ERR_UNHANDLED_REJECTION';
      name = 'UnhandledPromiseRejection';
      constructor(reason) {
        super('This error originated either by throwing inside of an async function ' +
              'without a catch block, or by rejecting a promise which was not handled ' +
              'with .catch(). The promise rejected with the reason "' +
              `${noSideEffectsToString(reason)}".`);
      }
    };
  }
  const err = new UnhandledPromiseRejection(reason);
  // The uncaught report shows where node creates this error (its source
  // line in node 20's lib/internal/process/promises.js), not ours.
  setArrowMessage(err, 'node:internal/process/promises:389\n' +
                       '      new UnhandledPromiseRejection(reason);\n' +
                       '      ^\n');
  return err;
}

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'stack');
}

function emitUnhandledRejectionWarning(uid, reason) {
  const message =
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    'with .catch(). To terminate the node process on unhandled promise rejection, use the ' +
    'CLI flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`;
  const limitDesc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  const limit = Error.stackTraceLimit;
  if (limitDesc?.writable) Error.stackTraceLimit = 0;
  const warning = new Error(message);
  if (limitDesc?.writable) Error.stackTraceLimit = limit;
  Object.defineProperty(warning, 'name', {
    __proto__: null, value: 'UnhandledPromiseRejectionWarning',
    writable: true, enumerable: true, configurable: true,
  });
  try {
    if (isErrorLike(reason)) {
      warning.stack = reason.stack;
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    try {
      process.emitWarning(noSideEffectsToString(reason), 'UnhandledPromiseRejectionWarning');
    } catch {
      // Ignore.
    }
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
    const prior = frames.enter(info.frame);
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
    frames.leave(prior);
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
