'use strict';

// WritableStream, its writer and controller, from the WHATWG Streams standard
// (https://streams.spec.whatwg.org/#ws). As in readablestream.js, spec slots
// live in `this[kState]` and internal functions carry the spec's names.
// pipeTo and TransformStream drive streams through the exported functions.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  closedPromiseOf,
  createDeferred,
  customInspect,
  defineInterface,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  checkBrand,
  isBrand,
  kInspect,
  kState,
  kType,
  methodAlgorithm,
  peekQueueValue,
  queueLength,
  resetQueue,
  rejectHandled,
  resolvedUndefined,
  startAlgorithm,
  validateObjectArg,
} = require('internal/webstreams/util');

const {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsErrored,
  kIsWritable,
} = require('internal/streams/utils');
const kCloseSentinel = Symbol('kCloseSentinel');


let AbortController;

function isWritableStream(value) {
  return isBrand(value, 'WritableStream');
}

// A deferred that knows whether it has settled (the writer's ready and closed
// promises are replaced or rejected depending on that).
function createTrackedDeferred() {
  const deferred = createDeferred();
  const { resolve, reject } = deferred;
  deferred.settled = false;
  deferred.resolve = (value) => { deferred.settled = true; resolve(value); };
  deferred.reject = (error) => { deferred.settled = true; reject(error); };
  return deferred;
}

function resolvedDeferred() {
  const deferred = createTrackedDeferred();
  deferred.resolve();
  return deferred;
}

function rejectedDeferred(error) {
  const deferred = createTrackedDeferred();
  rejectHandled(deferred, error);
  return deferred;
}

function lockedError() {
  return new ERR_INVALID_STATE.TypeError('WritableStream is locked');
}

function unboundError() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

// ================================================================================
// WritableStream
// ================================================================================
class WritableStream {
  constructor(sink = {}, strategy = {}) {
    validateObjectArg(sink, 'sink');
    strategy ??= {};  // a null strategy is an empty dictionary
    validateObjectArg(strategy, 'strategy');
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('sink.type', sink.type);
    initializeWritableStream(this);
    const size = extractSizeAlgorithm(strategy.size);
    const hwm = extractHighWaterMark(strategy.highWaterMark, 1);
    setUpControllerFromSink(this, sink, hwm, size);
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return this[kState].writer !== undefined;
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) return Promise.reject(lockedError());
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return Promise.reject(new ERR_INVALID_THIS('WritableStream'));
    if (this[kState].writer !== undefined) return Promise.reject(lockedError());
    if (writableStreamCloseQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }

  // For stream.finished, isErrored, isWritable, addAbortSignal.
  get [kIsClosedPromise]() {
    const state = this[kState];
    return closedPromiseOf(state, state.state === 'closed' || state.state === 'errored' ?
      state.state : undefined);
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsWritable]() {
    return this[kState].state === 'writable';
  }

  [kControllerErrorFunction](error) {
    const controller = this[kState].controller;
    if (this[kState].state === 'writable') controllerError(controller, error);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'WritableStream', {
      locked: state.writer !== undefined,
      state: state.state,
    });
  }
}

defineInterface(WritableStream, 'WritableStream',
                ['locked', 'abort', 'close', 'getWriter']);

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
    isClosedPromise: undefined,
  };
}

function createWritableStream(start, write, close, abort, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(WritableStream.prototype);
  initializeWritableStream(stream);
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpController(stream, controller, start, write, close, abort, highWaterMark, size);
  return stream;
}

function acquireWriter(stream) {
  return new WritableStreamDefaultWriter(stream);
}

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return resolvedUndefined;
  state.controller[kState].abortController.abort(reason);
  // abort() ran user listeners: look again.
  if (state.state === 'closed' || state.state === 'errored') return resolvedUndefined;
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.promise.promise;
  const wasAlreadyErroring = state.state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const promise = createDeferred();
  state.pendingAbortRequest = { promise, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) writableStreamStartErroring(stream, reason);
  return promise.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = createDeferred();
  state.closeRequest = deferred;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  controllerClose(state.controller);
  return deferred.promise;
}

function writableStreamDealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') writableStreamStartErroring(stream, error);
  else writableStreamFinishErroring(stream);
}

function writableStreamStartErroring(stream, reason) {
  const state = stream[kState];
  const controller = state.controller;
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller[kState].started) {
    writableStreamFinishErroring(stream);
  }
}

function writableStreamFinishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  resetQueue(state.controller[kState]);
  const storedError = state.storedError;
  const requests = state.writeRequests;
  state.writeRequests = [];
  for (let i = 0; i < requests.length; i++) requests[i].reject(storedError);
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controllerState = state.controller[kState];
  const result = controllerState.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(state.controller);
  result.then(() => {
    abortRequest.promise.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (error) => {
    abortRequest.promise.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function writableStreamFinishInFlightWrite(stream) {
  const state = stream[kState];
  state.inFlightWriteRequest.resolve();
  state.inFlightWriteRequest = undefined;
}

function writableStreamFinishInFlightWriteWithError(stream, error) {
  const state = stream[kState];
  state.inFlightWriteRequest.reject(error);
  state.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

function writableStreamFinishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.promise.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  if (state.writer !== undefined) state.writer[kState].closed.resolve();
  state.isClosedPromise?.resolve();
}

function writableStreamFinishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.promise.reject(error);
    state.pendingAbortRequest = undefined;
  }
  writableStreamDealWithRejection(stream, error);
}

function writableStreamCloseQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function writableStreamHasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  state.isClosedPromise?.reject(state.storedError);
  const writer = state.writer;
  if (writer !== undefined) {
    rejectHandled(writer[kState].closed, state.storedError);
  }
}

function writableStreamUpdateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = createTrackedDeferred();
    else writer[kState].ready.resolve();
  }
  state.backpressure = backpressure;
}

// ================================================================================
// WritableStreamDefaultWriter
// ================================================================================
class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    const streamState = stream[kState];
    if (streamState.writer !== undefined) throw lockedError();
    this[kType] = 'WritableStreamDefaultWriter';
    const state = { stream, ready: undefined, closed: undefined };
    this[kState] = state;
    streamState.writer = this;
    switch (streamState.state) {
      case 'writable':
        state.ready = !writableStreamCloseQueuedOrInFlight(stream) && streamState.backpressure ?
          createTrackedDeferred() : resolvedDeferred();
        state.closed = createTrackedDeferred();
        break;
      case 'erroring':
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = createTrackedDeferred();
        break;
      case 'closed':
        state.ready = resolvedDeferred();
        state.closed = resolvedDeferred();
        break;
      default:
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = rejectedDeferred(streamState.storedError);
    }
  }

  get closed() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].closed.promise;
  }

  get desiredSize() {
    checkBrand(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) throw unboundError();
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(unboundError());
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    const stream = this[kState].stream;
    if (stream === undefined) return Promise.reject(unboundError());
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    checkBrand(this, 'WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isBrand(this, 'WritableStreamDefaultWriter')) {
      return Promise.reject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    }
    if (this[kState].stream === undefined) return Promise.reject(unboundError());
    return writerWrite(this, chunk);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'WritableStreamDefaultWriter', {
      stream: state.stream,
      close: state.closed.promise,
      ready: state.ready.promise,
      desiredSize: state.stream === undefined ? undefined : writerGetDesiredSize(this),
    });
  }
}

defineInterface(WritableStreamDefaultWriter, 'WritableStreamDefaultWriter',
                ['closed', 'desiredSize', 'ready', 'abort', 'close', 'releaseLock', 'write']);

function writerEnsureReadyPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.ready.settled) state.ready = rejectedDeferred(error);
  else {
    rejectHandled(state.ready, error);
  }
}

function writerEnsureClosedPromiseRejected(writer, error) {
  const state = writer[kState];
  if (state.closed.settled) state.closed = rejectedDeferred(error);
  else {
    rejectHandled(state.closed, error);
  }
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const error = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, error);
  writerEnsureClosedPromiseRejected(writer, error);
  writer[kState].stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const deferred = createDeferred();
  writerWriteRequest(writer, chunk, deferred);
  return deferred.promise;
}

// WritableStreamDefaultWriterWrite with the write request given: anything
// with resolve(), reject(error) (pipeTo passes one shared object rather than
// a promise per chunk).
function writerWriteRequest(writer, chunk, request) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  const controller = state.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    request.reject(unboundError());
  } else if (state.state === 'errored' || state.state === 'erroring') {
    request.reject(state.storedError);
  } else if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    request.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  } else {
    state.writeRequests.push(request);
    controllerWrite(controller, chunk, chunkSize);
  }
}

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState];
  if (writableStreamCloseQueuedOrInFlight(stream) || state.state === 'closed') {
    return resolvedUndefined;
  }
  if (state.state === 'errored') return Promise.reject(state.storedError);
  return writableStreamClose(stream);
}

// ================================================================================
// WritableStreamDefaultController
// ================================================================================
class WritableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    checkBrand(this, 'WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    checkBrand(this, 'WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'WritableStreamDefaultController', {
      stream: this[kState].stream,
    });
  }
}

defineInterface(WritableStreamDefaultController, 'WritableStreamDefaultController',
                ['signal', 'error']);

function setUpControllerFromSink(stream, sink, hwm, size) {
  const controller = Object.create(WritableStreamDefaultController.prototype);
  setUpController(stream, controller, startAlgorithm(sink, controller, 'sink'),
                  methodAlgorithm(sink, 'write', controller), methodAlgorithm(sink, 'close'),
                  methodAlgorithm(sink, 'abort'), hwm, size);
}

function setUpController(stream, controller, start, write, close, abort, hwm, size) {
  AbortController ??= require('internal/abort_controller').AbortController;
  controller[kType] = 'WritableStreamDefaultController';
  const state = {
    stream,
    queue: undefined,
    queueHead: 0,
    queueTail: 0,
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    writeAlgorithm: write,
    closeAlgorithm: close,
    abortAlgorithm: abort,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = start(controller);
  (startResult === undefined ? resolvedUndefined : Promise.resolve(startResult)).then(() => {
    state.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    state.started = true;
    writableStreamDealWithRejection(stream, error);
  });
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.strategySizeAlgorithm = undefined;
}

function controllerClose(controller) {
  enqueueValueWithSize(controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.strategySizeAlgorithm === undefined) return 1;
  try {
    return state.strategySizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.strategyHWM - state.queueTotalSize;
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerWrite(controller, chunk, chunkSize) {
  const state = controller[kState];
  try {
    enqueueValueWithSize(state, chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = state.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started) return;
  const streamState = stream[kState];
  if (streamState.inFlightWriteRequest !== undefined) return;
  if (streamState.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  if (queueLength(state) === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const result = state.closeAlgorithm();
  controllerClearAlgorithms(controller);
  result.then(() => writableStreamFinishInFlightClose(stream),
              (error) => writableStreamFinishInFlightCloseWithError(stream, error));
}

function controllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightWriteRequest = streamState.writeRequests.shift();
  state.writeAlgorithm(chunk).then(() => {
    writableStreamFinishInFlightWrite(stream);
    dequeueValue(state);
    if (!writableStreamCloseQueuedOrInFlight(stream) && streamState.state === 'writable') {
      writableStreamUpdateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    if (streamState.state === 'writable') controllerClearAlgorithms(controller);
    writableStreamFinishInFlightWriteWithError(stream, error);
  });
}

function controllerError(controller, error) {
  controllerClearAlgorithms(controller);
  writableStreamStartErroring(controller[kState].stream, error);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  acquireWriter,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  writableStreamAbort,
  writableStreamClose,
  writableStreamCloseQueuedOrInFlight,
  writableStreamDealWithRejection,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
  writerWriteRequest,
};
