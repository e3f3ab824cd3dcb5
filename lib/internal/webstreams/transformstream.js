'use strict';

// TransformStream and its controller, from the WHATWG Streams standard
// (https://streams.spec.whatwg.org/#ts), including transformer.cancel.
// The two sides are a writable and a readable built with the internal
// constructors; backpressure is a promise the writable side waits on until
// the readable side pulls.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  createDeferred,
  customInspect,
  defineInterface,
  extractHighWaterMark,
  extractSizeAlgorithm,
  checkBrand,
  kInspect,
  kState,
  kType,
  methodAlgorithm,
  resolvedUndefined,
  startAlgorithm,
  validateObjectArg,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  controllerErrorIfNeeded: writableControllerErrorIfNeeded,
  createWritableStream,
} = require('internal/webstreams/writablestream');


class TransformStream {
  constructor(transformer = {}, writableStrategy = {}, readableStrategy = {}) {
    validateObjectArg(transformer, 'transformer');
    writableStrategy ??= {};  // null strategies are empty dictionaries
    readableStrategy ??= {};
    validateObjectArg(writableStrategy, 'writableStrategy');
    validateObjectArg(readableStrategy, 'readableStrategy');
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType',
                                                 transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType',
                                                 transformer.writableType);
    }
    const readableHWM = extractHighWaterMark(readableStrategy.highWaterMark, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy.size);
    const writableHWM = extractHighWaterMark(writableStrategy.highWaterMark, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy.size);
    const startPromise = createDeferred();
    initializeTransformStream(this, startPromise.promise, writableHWM, writableSize,
                              readableHWM, readableSize);
    const controller = Object.create(TransformStreamDefaultController.prototype);
    const transformAlgorithm = transformer.transform === undefined ?
      (chunk) => defaultTransform(controller, chunk) :
      methodAlgorithm(transformer, 'transform', controller);
    setUpController(this, controller, transformAlgorithm,
                    methodAlgorithm(transformer, 'flush', controller),
                    methodAlgorithm(transformer, 'cancel'));
    startPromise.resolve(startAlgorithm(transformer, controller, 'transformer')());
  }

  get readable() {
    checkBrand(this, 'TransformStream');
    return this[kState].readable;
  }

  get writable() {
    checkBrand(this, 'TransformStream');
    return this[kState].writable;
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'TransformStream', {
      readable: state.readable,
      writable: state.writable,
      backpressure: state.backpressure,
    });
  }
}

defineInterface(TransformStream, 'TransformStream', ['readable', 'writable']);

function defaultTransform(controller, chunk) {
  try {
    controllerEnqueue(controller, chunk);
    return resolvedUndefined;
  } catch (error) {
    return Promise.reject(error);
  }
}

function initializeTransformStream(stream, startPromise, writableHWM, writableSize,
                                   readableHWM, readableSize) {
  stream[kType] = 'TransformStream';
  const state = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const start = () => startPromise;
  state.writable = createWritableStream(start,
                                        (chunk) => sinkWrite(stream, chunk),
                                        () => sinkClose(stream),
                                        (reason) => sinkAbort(stream, reason),
                                        writableHWM, writableSize);
  state.readable = createReadableStream(start,
                                        () => sourcePull(stream),
                                        (reason) => sourceCancel(stream, reason),
                                        readableHWM, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function writableController(stream) {
  return stream[kState].writable[kState].controller;
}

function transformStreamError(stream, error) {
  defaultControllerError(readableController(stream), error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream[kState].controller);
  writableControllerErrorIfNeeded(writableController(stream), error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChangePromise !== undefined) state.backpressureChangePromise.resolve();
  state.backpressureChangePromise = createDeferred();
  state.backpressure = backpressure;
}

class TransformStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkBrand(this, 'TransformStreamDefaultController');
    return defaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    checkBrand(this, 'TransformStreamDefaultController');
    transformStreamError(this[kState].stream, reason);
  }

  terminate() {
    checkBrand(this, 'TransformStreamDefaultController');
    controllerTerminate(this);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'TransformStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

defineInterface(TransformStreamDefaultController, 'TransformStreamDefaultController', ['desiredSize', 'enqueue', 'error', 'terminate']);

function setUpController(stream, controller, transform, flush, cancel) {
  controller[kType] = 'TransformStreamDefaultController';
  controller[kState] = {
    stream,
    transformAlgorithm: transform,
    flushAlgorithm: flush,
    cancelAlgorithm: cancel,
    finishPromise: undefined,
  };
  stream[kState].controller = controller;
}

function clearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = readableController(stream);
  if (!defaultControllerCanCloseOrEnqueue(readable)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    defaultControllerEnqueue(readable, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(readable);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(
    stream, new ERR_INVALID_STATE.TypeError('TransformStream has been terminated'));
}

function performTransform(controller, chunk) {
  const result = controller[kState].transformAlgorithm(chunk);
  // A transform that finished synchronously cannot fail any more.
  if (result === resolvedUndefined) return result;
  return result.then(undefined, (error) => {
    transformStreamError(controller[kState].stream, error);
    throw error;
  });
}

function sinkWrite(stream, chunk) {
  const state = stream[kState];
  const controller = state.controller;
  if (state.backpressure) {
    return state.backpressureChangePromise.promise.then(() => {
      const writable = state.writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

// The three ways a transform finishes (abort from the writable side, close,
// cancel from the readable side) share one shape: run the user's algorithm
// once, then settle the other side.
function finish(stream, algorithm, onSuccess, onFailure) {
  const controllerState = stream[kState].controller[kState];
  if (controllerState.finishPromise !== undefined) return controllerState.finishPromise.promise;
  const deferred = createDeferred();
  controllerState.finishPromise = deferred;
  const result = algorithm(controllerState);
  clearAlgorithms(stream[kState].controller);
  result.then(() => {
    try {
      onSuccess();
      deferred.resolve();
    } catch (error) {
      deferred.reject(error);
    }
  }, (error) => {
    onFailure(error);
    deferred.reject(error);
  });
  return deferred.promise;
}

function sinkAbort(stream, reason) {
  const readable = stream[kState].readable;
  return finish(stream, (state) => state.cancelAlgorithm(reason), () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    defaultControllerError(readableController(stream), reason);
  }, (error) => defaultControllerError(readableController(stream), error));
}

function sinkClose(stream) {
  const readable = stream[kState].readable;
  return finish(stream, (state) => state.flushAlgorithm(), () => {
    if (readable[kState].state === 'errored') throw readable[kState].storedError;
    defaultControllerClose(readableController(stream));
  }, (error) => defaultControllerError(readableController(stream), error));
}

function sourceCancel(stream, reason) {
  const writable = stream[kState].writable;
  return finish(stream, (state) => state.cancelAlgorithm(reason), () => {
    if (writable[kState].state === 'errored') throw writable[kState].storedError;
    writableControllerErrorIfNeeded(writableController(stream), reason);
    unblockWrite(stream);
  }, (error) => {
    writableControllerErrorIfNeeded(writableController(stream), error);
    unblockWrite(stream);
  });
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChangePromise.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
};
