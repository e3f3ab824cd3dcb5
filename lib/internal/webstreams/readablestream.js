'use strict';

// ReadableStream and its readers and controllers, written from the WHATWG
// Streams standard (https://streams.spec.whatwg.org/#rs). Names of internal
// functions follow the spec's abstract operations (readableStreamClose is
// ReadableStreamClose), so a reader can check a step against the text.
//
// Every object keeps its spec slots in `this[kState]`, a plain object; the
// public methods validate and then call the abstract operations. Other
// modules (transform streams, the adapters, fetch) build streams through
// createReadableStream / createReadableByteStream and drive them with the
// exported controller functions, never through user-patchable methods.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { isArrayBufferView, isDataView } = require('internal/util/types');
const {
  closedPromiseOf,
  copyBytes,
  createDeferred,
  customInspect,
  defineInterface,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  checkBrand,
  isBrand,
  isDetached,
  kInspect,
  kState,
  kType,
  methodAlgorithm,
  noop,
  queueLength,
  resetQueue,
  rejectHandled,
  resolvedUndefined,
  setPromiseHandled,
  startAlgorithm,
  transferArrayBuffer,
  validateObjectArg,
} = require('internal/webstreams/util');

const {
  kControllerErrorFunction,
  kIsClosedPromise,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');
const kCreate = Symbol('kCreate');  // lets internal code construct "illegal" classes

let writable;  // internal/webstreams/writablestream, loaded by pipeTo
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

let DOMException;
function abortReason(signal) {
  if (signal.reason !== undefined) return signal.reason;
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException('This operation was aborted', 'AbortError');
}


function isReadableStream(value) {
  return isBrand(value, 'ReadableStream');
}

function validateView(view, name) {
  if (!isArrayBufferView(view)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], view);
  }
}

function notAttached() {
  return new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
}

function closedError() {
  return new ERR_INVALID_STATE.TypeError('Controller is already closed');
}

// ================================================================================
// ReadableStream
// ================================================================================
class ReadableStream {
  constructor(source = {}, strategy = {}) {
    validateObjectArg(source, 'source');
    strategy ??= {};  // a null strategy is an empty dictionary
    validateObjectArg(strategy, 'strategy');
    initializeReadableStream(this);
    const type = source.type;
    if (`${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const hwm = extractHighWaterMark(strategy.highWaterMark, 0);
      setUpByteControllerFromSource(this, source, hwm);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const size = extractSizeAlgorithm(strategy.size);
      const hwm = extractHighWaterMark(strategy.highWaterMark, 1);
      setUpDefaultControllerFromSource(this, source, hwm, size);
    }
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return this[kState].reader !== undefined;
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return Promise.reject(new ERR_INVALID_THIS('ReadableStream'));
    if (this[kState].reader !== undefined) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options != null && typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new ReadableStreamBYOBReader(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const dest = transform.writable;
    if (!lazyWritable().isWritableStream(dest)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', dest);
    }
    const opts = pipeOptions(options);
    if (this[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (dest[kState].writer !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    setPromiseHandled(readableStreamPipeTo(this, dest, opts));
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const opts = pipeOptions(options);
      if (this[kState].reader !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (destination[kState].writer !== undefined) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return readableStreamPipeTo(this, destination, opts);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (this[kState].reader !== undefined) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    return readableStreamTee(this);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const preventCancel = !!options?.preventCancel;
    const reader = new ReadableStreamDefaultReader(this);
    return createAsyncIterator(reader, preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  // For stream.finished, isDisturbed, isErrored, isReadable, addAbortSignal.
  get [kIsClosedPromise]() {
    const state = this[kState];
    return closedPromiseOf(state, state.state === 'readable' ? undefined : state.state);
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  [kControllerErrorFunction](error) {
    const controller = this[kState].controller;
    if (controller[kType] === 'ReadableByteStreamController') {
      byteControllerError(controller, error);
    } else {
      defaultControllerError(controller, error);
    }
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'ReadableStream', {
      locked: state.reader !== undefined,
      state: state.state,
      supportsBYOB: state.controller?.[kType] === 'ReadableByteStreamController',
    });
  }
}

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    storedError: undefined,
    disturbed: false,
    reader: undefined,
    controller: undefined,
    isClosedPromise: undefined,
  };
}

function pipeOptions(options) {
  if (options === null || typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const signal = options.signal;
  if (signal !== undefined &&
      !require('internal/abort_controller').isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

defineInterface(ReadableStream, 'ReadableStream',
                ['locked', 'cancel', 'getReader', 'pipeThrough', 'pipeTo', 'tee', 'values']);
Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator, {
  __proto__: null, configurable: true, writable: true, value: ReadableStream.prototype.values,
});

// Internal constructors: a stream whose algorithms are JS functions.
function createReadableStream(start, pull, cancel, highWaterMark = 1, size = () => 1) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpDefaultController(stream, controller, start, pull, cancel, highWaterMark, size);
  return stream;
}

function createReadableByteStream(start, pull, cancel, highWaterMark = 0,
                                  autoAllocateChunkSize = undefined) {
  const stream = Object.create(ReadableStream.prototype);
  initializeReadableStream(stream);
  const controller = Object.create(ReadableByteStreamController.prototype);
  setUpByteController(stream, controller, start, pull, cancel, highWaterMark,
                      autoAllocateChunkSize);
  return stream;
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

function isReadableStreamDisturbed(stream) {
  return stream[kState].disturbed;
}

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && reader[kType] === 'ReadableStreamBYOBReader') {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close(undefined);
  }
  const controller = state.controller;
  const result = controller[kType] === 'ReadableByteStreamController' ?
    byteControllerCancelSteps(controller, reason) :
    defaultControllerCancelSteps(controller, reason);
  return result.then(noop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  state.isClosedPromise?.resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  state.isClosedPromise?.reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  const readerState = reader[kState];
  rejectHandled(readerState.closed, error);
  if (reader[kType] === 'ReadableStreamDefaultReader') {
    const requests = readerState.readRequests;
    readerState.readRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(error);
  } else {
    const requests = readerState.readIntoRequests;
    readerState.readIntoRequests = [];
    for (let i = 0; i < requests.length; i++) requests[i].error(error);
  }
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

function numReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function numReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function hasDefaultReader(stream) {
  return stream[kState].reader?.[kType] === 'ReadableStreamDefaultReader';
}

function hasBYOBReader(stream) {
  return stream[kState].reader?.[kType] === 'ReadableStreamBYOBReader';
}

// ================================================================================
// Readers
// ================================================================================
function readerGenericInitialize(reader, stream) {
  const streamState = stream[kState];
  const closed = createDeferred();
  reader[kState].stream = stream;
  reader[kState].closed = closed;
  streamState.reader = reader;
  if (streamState.state === 'readable') return;
  if (streamState.state === 'closed') {
    closed.resolve();
  } else {
    rejectHandled(closed, streamState.storedError);
  }
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

// `closed` and `cancel()`, the same on both kinds of reader.
function defineReaderCommon(Reader, type) {
  const common = {
    get closed() {
      if (!isBrand(this, type)) return Promise.reject(new ERR_INVALID_THIS(type));
      return this[kState].closed.promise;
    },
    cancel(reason = undefined) {
      if (!isBrand(this, type)) return Promise.reject(new ERR_INVALID_THIS(type));
      if (this[kState].stream === undefined) return Promise.reject(notAttached());
      return readerGenericCancel(this, reason);
    },
  };
  Object.defineProperties(Reader.prototype, Object.getOwnPropertyDescriptors(common));
  defineInterface(Reader, type, ['closed', 'read', 'releaseLock', 'cancel']);
}

// A read request that settles a promise with { value, done } (read()).
function promiseReadRequest(deferred) {
  return {
    chunk(value) { deferred.resolve({ value, done: false }); },
    close(value) { deferred.resolve({ value, done: true }); },
    error(error) { deferred.reject(error); },
  };
}

function readerGenericRelease(reader) {
  const state = reader[kState];
  const stream = state.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state !== 'readable') state.closed = createDeferred();
  rejectHandled(state.closed, error);
  const controller = stream[kState].controller;
  if (controller[kType] === 'ReadableByteStreamController') byteControllerReleaseSteps(controller);
  stream[kState].reader = undefined;
  state.stream = undefined;
}

function errorRequests(requests, makeError) {
  if (requests.length === 0) return;
  const error = makeError();
  for (let i = 0; i < requests.length; i++) requests[i].error(error);
}

function releasingError() {
  return new ERR_INVALID_STATE.TypeError('Releasing reader');
}

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: [] };
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isBrand(this, 'ReadableStreamDefaultReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    if (this[kState].stream === undefined) return Promise.reject(notAttached());
    return readPromise(this);
  }

  releaseLock() {
    checkBrand(this, 'ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'ReadableStreamDefaultReader', {
      stream: state.stream,
      readRequests: state.readRequests.length,
      close: state.closed.promise,
    });
  }
}

defineReaderCommon(ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');

function readPromise(reader) {
  const deferred = createDeferred();
  readableStreamDefaultReaderRead(reader, promiseReadRequest(deferred));
  return deferred.promise;
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') {
    request.close();
  } else if (state.state === 'errored') {
    request.error(state.storedError);
  } else if (state.controller[kType] === 'ReadableByteStreamController') {
    byteControllerPullSteps(state.controller, request);
  } else {
    defaultControllerPullSteps(state.controller, request);
  }
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = [];
  errorRequests(requests, releasingError);
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    if (isReadableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
    }
    if (stream[kState].controller[kType] !== 'ReadableByteStreamController') {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: [] };
    readerGenericInitialize(this, stream);
  }

  // options.min: the read completes once at least this many elements are
  // in the view (or the stream ends).
  read(view, options = {}) {
    if (!isBrand(this, 'ReadableStreamBYOBReader')) {
      return Promise.reject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    }
    let min;
    try {
      validateView(view, 'view');
      if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
        throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
      }
      if (view.byteLength === 0 || view.buffer.byteLength === 0 || isDetached(view.buffer)) {
        throw new ERR_INVALID_STATE.TypeError(
          'View or Viewed ArrayBuffer is zero-length or detached');
      }
      min = readMinimum(view, options.min);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this[kState].stream === undefined) return Promise.reject(notAttached());
    const deferred = createDeferred();
    readableStreamBYOBReaderRead(this, view, promiseReadRequest(deferred), min);
    return deferred.promise;
  }

  releaseLock() {
    checkBrand(this, 'ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    byobReaderRelease(this);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'ReadableStreamBYOBReader', {
      stream: state.stream,
      readIntoRequests: state.readIntoRequests.length,
      close: state.closed.promise,
    });
  }
}

defineReaderCommon(ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');

function byobReaderRelease(reader) {
  readerGenericRelease(reader);
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = [];
  errorRequests(requests, releasingError);
}

// ReadableStreamBYOBReaderReadOptions' min, checked against the view.
function readMinimum(view, min = 1) {
  if (typeof min !== 'number') throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
  if (!Number.isInteger(min)) {
    throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be an integer');
  }
  if (min <= 0) {
    throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
  }
  if (isDataView(view)) {
    if (min > view.byteLength) {
      throw new ERR_OUT_OF_RANGE('options.min', '<= view.byteLength', min);
    }
  } else if (min > view.length) {
    throw new ERR_OUT_OF_RANGE('options.min', '<= view.length', min);
  }
  return min;
}

function readableStreamBYOBReaderRead(reader, view, request, min = 1) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'errored') request.error(state.storedError);
  else byteControllerPullInto(state.controller, view, request, min);
}

// ================================================================================
// ReadableStreamDefaultController
// ================================================================================
class ReadableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    checkBrand(this, 'ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw closedError();
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) throw closedError();
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkBrand(this, 'ReadableStreamDefaultController');
    defaultControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableStreamDefaultController', {});
  }
}

defineInterface(ReadableStreamDefaultController, 'ReadableStreamDefaultController', ['desiredSize', 'close', 'enqueue', 'error']);

function setUpDefaultControllerFromSource(stream, source, hwm, size) {
  const controller = Object.create(ReadableStreamDefaultController.prototype);
  setUpDefaultController(stream, controller, startAlgorithm(source, controller, 'source'),
                         methodAlgorithm(source, 'pull'), methodAlgorithm(source, 'cancel'),
                         hwm, size);
}

function setUpDefaultController(stream, controller, start, pull, cancel, hwm, size) {
  controller[kType] = 'ReadableStreamDefaultController';
  const state = {
    stream,
    queue: undefined,
    queueHead: 0,
    queueTail: 0,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategySizeAlgorithm: size,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = start(controller);
  (startResult === undefined ? resolvedUndefined : Promise.resolve(startResult)).then(() => {
    state.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (error) => defaultControllerError(controller, error));
}

function defaultControllerCallPullIfNeeded(controller) {
  if (defaultControllerShouldCallPull(controller)) {
    callPull(controller, defaultControllerCallPullIfNeeded, defaultControllerError);
  }
}

// The pull half of ReadableStream(Default|Byte)ControllerCallPullIfNeeded:
// one pull at a time, one more if asked while it ran.
function callPull(controller, callPullIfNeeded, error) {
  const state = controller[kState];
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm(controller).then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      callPullIfNeeded(controller);
    }
  }, (e) => error(controller, e));
}

function defaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && hasDefaultReader(stream) &&
      numReadRequests(stream) > 0) {
    return true;
  }
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.strategySizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (queueLength(state) === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && numReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.strategySizeAlgorithm(chunk);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
    try {
      enqueueValueWithSize(state, chunk, size);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function defaultControllerCancelSteps(controller, reason) {
  const state = controller[kState];
  resetQueue(state);
  const result = state.cancelAlgorithm(reason);
  defaultControllerClearAlgorithms(controller);
  return result;
}

function defaultControllerPullSteps(controller, request) {
  const state = controller[kState];
  const stream = state.stream;
  if (queueLength(state) > 0) {
    const chunk = dequeueValue(state);
    if (state.closeRequested && queueLength(state) === 0) {
      defaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      defaultControllerCallPullIfNeeded(controller);
    }
    request.chunk(chunk);
  } else {
    stream[kState].reader[kState].readRequests.push(request);
    defaultControllerCallPullIfNeeded(controller);
  }
}

// ================================================================================
// ReadableByteStreamController and ReadableStreamBYOBRequest
// ================================================================================
class ReadableStreamBYOBRequest {
  constructor(token = undefined) {
    if (token !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    bytesWritten = +bytesWritten;
    if (!Number.isFinite(bytesWritten) || bytesWritten < 0) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
    bytesWritten = Math.trunc(bytesWritten);
    if (view.byteLength === 0 || isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    checkBrand(this, 'ReadableStreamBYOBRequest');
    validateView(view, 'view');
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetached(view.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespondWithNewView(controller, view);
  }

  [kInspect](depth, options) {
    const state = this[kState];
    return customInspect(this, depth, options, 'ReadableStreamBYOBRequest', {
      view: state.view,
      controller: state.controller,
    });
  }
}

defineInterface(ReadableStreamBYOBRequest, 'ReadableStreamBYOBRequest', ['view', 'respond', 'respondWithNewView']);

class ReadableByteStreamController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    checkBrand(this, 'ReadableByteStreamController');
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    checkBrand(this, 'ReadableByteStreamController');
    return byteControllerGetDesiredSize(this);
  }

  close() {
    checkBrand(this, 'ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested || state.stream[kState].state !== 'readable') throw closedError();
    byteControllerClose(this);
  }

  enqueue(chunk) {
    checkBrand(this, 'ReadableByteStreamController');
    validateView(chunk, 'buffer');
    if (chunk.byteLength === 0 || chunk.buffer.byteLength === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    const state = this[kState];
    if (state.closeRequested || state.stream[kState].state !== 'readable') throw closedError();
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    checkBrand(this, 'ReadableByteStreamController');
    byteControllerError(this, error);
  }

  [kInspect](depth, options) {
    return customInspect(this, depth, options, 'ReadableByteStreamController', {});
  }
}

defineInterface(ReadableByteStreamController, 'ReadableByteStreamController', ['byobRequest', 'desiredSize', 'close', 'enqueue', 'error']);

function setUpByteControllerFromSource(stream, source, hwm) {
  const controller = Object.create(ReadableByteStreamController.prototype);
  const start = startAlgorithm(source, controller, 'source');
  const pull = methodAlgorithm(source, 'pull');
  const cancel = methodAlgorithm(source, 'cancel');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    if (!Number.isInteger(autoAllocateChunkSize) || autoAllocateChunkSize <= 0) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
    }
  }
  setUpByteController(stream, controller, start, pull, cancel, hwm, autoAllocateChunkSize);
}

function setUpByteController(stream, controller, start, pull, cancel, hwm,
                             autoAllocateChunkSize) {
  controller[kType] = 'ReadableByteStreamController';
  const state = {
    stream,
    byobRequest: null,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: hwm,
    pullAlgorithm: pull,
    cancelAlgorithm: cancel,
    autoAllocateChunkSize,
    pendingPullIntos: [],
  };
  controller[kState] = state;
  stream[kState].controller = controller;
  const startResult = start(controller);
  (startResult === undefined ? resolvedUndefined : Promise.resolve(startResult)).then(() => {
    state.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (error) => byteControllerError(controller, error));
}

function byteControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(kCreate);
    request[kType] = 'ReadableStreamBYOBRequest';
    request[kState] = { controller, view };
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.strategyHWM - state.queueTotalSize;
}

function byteControllerCallPullIfNeeded(controller) {
  if (byteControllerShouldCallPull(controller)) {
    callPull(controller, byteControllerCallPullIfNeeded, byteControllerError);
  }
}

function byteControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  if (hasDefaultReader(stream) && numReadRequests(stream) > 0) return true;
  if (hasBYOBReader(stream) && numReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function byteControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

// A byte source's end: close, and complete a BYOB read still waiting with
// an empty view (what byobRequest.respond(0) does).
function byteControllerEnd(controller) {
  byteControllerClose(controller);
  if (controller[kState].pendingPullIntos.length > 0) byteControllerRespond(controller, 0);
}

function byteControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  state.queue = [];
  state.queueTotalSize = 0;
  byteControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function byteControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { buffer, byteOffset, byteLength } = chunk;
  if (isDetached(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferred = transferArrayBuffer(buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (isDetached(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    }
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (numReadRequests(stream) === 0) {
      enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) state.pendingPullIntos.shift();
      readableStreamFulfillReadRequest(stream, new Uint8Array(transferred, byteOffset, byteLength),
                                       false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
    commitAll(stream, processPullIntoDescriptorsUsingQueue(controller));
  } else {
    enqueueChunkToQueue(state, transferred, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function commitAll(stream, descriptors) {
  for (let i = 0; i < descriptors.length; i++) commitPullIntoDescriptor(stream, descriptors[i]);
}

function enqueueChunkToQueue(state, buffer, byteOffset, byteLength) {
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    byteControllerError(controller, error);
    throw error;
  }
  enqueueChunkToQueue(controller[kState], clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset,
                              descriptor.bytesFilled);
  }
  controller[kState].pendingPullIntos.shift();
}

function processReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const requests = state.stream[kState].reader[kState].readRequests;
  while (requests.length > 0) {
    if (state.queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller, requests.shift());
  }
}

function fillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function handleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0) {
    if (state.queueTotalSize === 0) break;
    const descriptor = state.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      state.pendingPullIntos.shift();
      filled.push(descriptor);
    }
  }
  return filled;
}

function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const maxBytesToCopy = Math.min(state.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let remaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    remaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (remaining > 0) {
    const head = queue[0];
    const count = Math.min(remaining, head.byteLength);
    copyBytes(descriptor.buffer, descriptor.byteOffset + descriptor.bytesFilled,
              head.buffer, head.byteOffset, count);
    if (head.byteLength === count) {
      queue.shift();
    } else {
      head.byteOffset += count;
      head.byteLength -= count;
    }
    state.queueTotalSize -= count;
    byteControllerInvalidateBYOBRequest(controller);
    descriptor.bytesFilled += count;
    remaining -= count;
  }
  return ready;
}

function convertPullIntoDescriptor(descriptor) {
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new descriptor.viewConstructor(buffer, descriptor.byteOffset,
                                        descriptor.bytesFilled / descriptor.elementSize);
}

function commitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const view = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, view, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, view, done);
  }
}

function viewConstructorOf(view) {
  if (isDataView(view)) return DataView;
  return globalThis[view[Symbol.toStringTag]];
}

function byteControllerPullInto(controller, view, request, min = 1) {
  const state = controller[kState];
  const stream = state.stream;
  const viewConstructor = viewConstructorOf(view);
  const elementSize = viewConstructor.BYTES_PER_ELEMENT ?? 1;
  const { byteOffset, byteLength } = view;
  let buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (error) {
    request.error(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill: min * elementSize,
    elementSize,
    viewConstructor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    stream[kState].reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new viewConstructor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filled = convertPullIntoDescriptor(descriptor);
      handleQueueDrain(controller);
      request.chunk(filled);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      byteControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  stream[kState].reader[kState].readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function byteControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (view.byteLength !== 0) {
      throw new ERR_INVALID_STATE.TypeError('View is not zero-length on a closed stream');
    }
  } else if (view.byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + view.byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too long');
  }
  const length = view.byteLength;
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, length);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  const stream = state.stream;
  if (stream[kState].state === 'closed') {
    if (first.readerType === 'none') state.pendingPullIntos.shift();
    if (hasBYOBReader(stream)) {
      while (numReadIntoRequests(stream) > 0) {
        commitPullIntoDescriptor(stream, state.pendingPullIntos.shift());
      }
    }
  } else {
    respondInReadableState(controller, bytesWritten, first);
  }
  byteControllerCallPullIfNeeded(controller);
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  const state = controller[kState];
  const stream = state.stream;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, descriptor);
    commitAll(stream, processPullIntoDescriptorsUsingQueue(controller));
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  state.pendingPullIntos.shift();
  const remainder = descriptor.bytesFilled % descriptor.elementSize;
  if (remainder > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainder, remainder);
  }
  descriptor.bytesFilled -= remainder;
  const filled = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, descriptor);
  commitAll(stream, filled);
}

function byteControllerCancelSteps(controller, reason) {
  const state = controller[kState];
  byteControllerClearPendingPullIntos(controller);
  state.queue = [];
  state.queueTotalSize = 0;
  const result = state.cancelAlgorithm(reason);
  byteControllerClearAlgorithms(controller);
  return result;
}

function byteControllerPullSteps(controller, request) {
  const state = controller[kState];
  if (state.queueTotalSize > 0) {
    fillReadRequestFromQueue(controller, request);
    return;
  }
  const size = state.autoAllocateChunkSize;
  if (size !== undefined) {
    let buffer;
    try {
      buffer = new ArrayBuffer(size);
    } catch (error) {
      request.error(error);
      return;
    }
    state.pendingPullIntos.push({
      buffer,
      bufferByteLength: size,
      byteOffset: 0,
      byteLength: size,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default',
    });
  }
  state.stream[kState].reader[kState].readRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerReleaseSteps(controller) {
  const state = controller[kState];
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    first.readerType = 'none';
    state.pendingPullIntos = [first];
  }
}

// ================================================================================
// tee
// ================================================================================
function readableStreamTee(stream) {
  if (stream[kState].controller[kType] === 'ReadableByteStreamController') {
    return readableByteStreamTee(stream);
  }
  return readableStreamDefaultTee(stream);
}

// What both tee algorithms share: the cancel of each branch (the source is
// canceled with both reasons once both branches are), and the promise that
// ends the tee.
function teeCancels(stream) {
  const cancel = createDeferred();
  const reasons = [undefined, undefined];
  const canceled = [false, false];
  const branchCancel = (index) => (reason) => {
    canceled[index] = true;
    reasons[index] = reason;
    if (canceled[1 - index]) cancel.resolve(readableStreamCancel(stream, reasons));
    return cancel.promise;
  };
  return { cancel, canceled, cancel1: branchCancel(0), cancel2: branchCancel(1) };
}

function readableStreamDefaultTee(stream) {
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  const { cancel, canceled, cancel1, cancel2 } = teeCancels(stream);
  let branch1;
  let branch2;
  const controller = (branch) => branch[kState].controller;

  function pull() {
    if (reading) {
      readAgain = true;
      return resolvedUndefined;
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          if (!canceled[0]) defaultControllerEnqueue(controller(branch1), chunk);
          if (!canceled[1]) defaultControllerEnqueue(controller(branch2), chunk);
          reading = false;
          if (readAgain) pull();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) defaultControllerClose(controller(branch1));
        if (!canceled[1]) defaultControllerClose(controller(branch2));
        if (!canceled[0] || !canceled[1]) cancel.resolve();
      },
      error() {
        reading = false;
      },
    });
    return resolvedUndefined;
  }

  branch1 = createReadableStream(noop, pull, cancel1);
  branch2 = createReadableStream(noop, pull, cancel2);
  reader[kState].closed.promise.catch((reason) => {
    defaultControllerError(controller(branch1), reason);
    defaultControllerError(controller(branch2), reason);
    if (!canceled[0] || !canceled[1]) cancel.resolve();
  });
  return [branch1, branch2];
}

function cloneAsUint8Array(view) {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

// ReadableByteStreamTee: a branch with a BYOB read pending reads into its
// own view through a BYOB reader of the source; the other gets a copy.
function readableByteStreamTee(stream) {
  let reader = acquireDefaultReader(stream);
  let reading = false;
  const readAgain = [false, false];
  const { cancel, canceled, cancel1, cancel2 } = teeCancels(stream);
  const branches = [undefined, undefined];
  const controller = (index) => branches[index][kState].controller;

  function errorBoth(error) {
    byteControllerError(controller(0), error);
    byteControllerError(controller(1), error);
  }

  function forwardReaderError(thisReader) {
    thisReader[kState].closed.promise.catch((reason) => {
      if (thisReader !== reader) return;
      errorBoth(reason);
      if (!canceled[0] || !canceled[1]) cancel.resolve();
    });
  }

  function afterChunk() {
    reading = false;
    if (readAgain[0]) pull(0);
    else if (readAgain[1]) pull(1);
  }


  function pullWithDefaultReader() {
    if (reader[kType] === 'ReadableStreamBYOBReader') {
      byobReaderRelease(reader);
      reader = acquireDefaultReader(stream);
      forwardReaderError(reader);
    }
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          let chunk2 = chunk;
          if (!canceled[0] && !canceled[1]) {
            try {
              chunk2 = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              cancel.resolve(readableStreamCancel(stream, error));
              return;
            }
          }
          if (!canceled[0]) byteControllerEnqueue(controller(0), chunk);
          if (!canceled[1]) byteControllerEnqueue(controller(1), chunk2);
          afterChunk();
        });
      },
      close() {
        reading = false;
        if (!canceled[0]) byteControllerEnd(controller(0));
        if (!canceled[1]) byteControllerEnd(controller(1));
        if (!canceled[0] || !canceled[1]) cancel.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pullWithBYOBReader(view, index) {
    if (reader[kType] === 'ReadableStreamDefaultReader') {
      defaultReaderRelease(reader);
      reader = new ReadableStreamBYOBReader(stream);
      forwardReaderError(reader);
    }
    const other = 1 - index;
    readableStreamBYOBReaderRead(reader, view, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain[0] = readAgain[1] = false;
          if (!canceled[other]) {
            let cloned;
            try {
              cloned = cloneAsUint8Array(chunk);
            } catch (error) {
              errorBoth(error);
              cancel.resolve(readableStreamCancel(stream, error));
              return;
            }
            if (!canceled[index]) byteControllerRespondWithNewView(controller(index), chunk);
            byteControllerEnqueue(controller(other), cloned);
          } else if (!canceled[index]) {
            byteControllerRespondWithNewView(controller(index), chunk);
          }
          afterChunk();
        });
      },
      close(chunk) {
        reading = false;
        if (!canceled[index]) byteControllerClose(controller(index));
        if (!canceled[other]) byteControllerClose(controller(other));
        if (chunk !== undefined) {
          if (!canceled[index]) byteControllerRespondWithNewView(controller(index), chunk);
          if (!canceled[other] && controller(other)[kState].pendingPullIntos.length > 0) {
            byteControllerRespond(controller(other), 0);
          }
        }
        if (!canceled[index] || !canceled[other]) cancel.resolve();
      },
      error() {
        reading = false;
      },
    });
  }

  function pull(index) {
    if (reading) {
      readAgain[index] = true;
      return resolvedUndefined;
    }
    reading = true;
    const request = byteControllerGetBYOBRequest(controller(index));
    if (request === null) pullWithDefaultReader();
    else pullWithBYOBReader(request[kState].view, index);
    return resolvedUndefined;
  }

  branches[0] = createReadableByteStream(noop, () => pull(0), cancel1);
  branches[1] = createReadableByteStream(noop, () => pull(1), cancel2);
  forwardReaderError(reader);
  return branches;
}

// ================================================================================
// pipeTo
// ================================================================================
function readableStreamPipeTo(source, dest, { preventClose, preventAbort, preventCancel, signal }) {
  const {
    acquireWriter,
    writableStreamAbort,
    writableStreamCloseQueuedOrInFlight,
    writerCloseWithErrorPropagation,
    writerRelease,
    writerWriteRequest,
  } = lazyWritable();
  const reader = acquireDefaultReader(source);
  const writer = acquireWriter(dest);
  source[kState].disturbed = true;
  const result = createDeferred();
  let shuttingDown = false;
  // Writes in flight, counted through one shared write request; shutdown
  // waits for them (the spec's "wait until every chunk read has been
  // written").
  let pendingWrites = 0;
  let writesDone;
  const onWriteSettled = () => {
    if (--pendingWrites === 0 && writesDone !== undefined) {
      writesDone.resolve();
      writesDone = undefined;
    }
  };
  const writeRequest = { resolve: onWriteSettled, reject: onWriteSettled };
  let abortListener;

  function waitForWrites() {
    if (pendingWrites === 0) return resolvedUndefined;
    writesDone ??= createDeferred();
    return writesDone.promise;
  }

  function finalize(isError, error) {
    writerRelease(writer);
    defaultReaderRelease(reader);
    if (abortListener !== undefined) signal.removeEventListener('abort', abortListener);
    if (isError) result.reject(error);
    else result.resolve();
  }

  function shutdownWithAction(action, isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    const run = () => {
      let promise;
      try {
        promise = Promise.resolve(action());
      } catch (e) {
        promise = Promise.reject(e);
      }
      promise.then(() => finalize(isError, error), (e) => finalize(true, e));
    };
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(run);
    } else {
      run();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      waitForWrites().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  function onSourceErrored(error) {
    if (!preventAbort) shutdownWithAction(() => writableStreamAbort(dest, error), true, error);
    else shutdown(true, error);
  }

  function onDestErrored(error) {
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  function onSourceClosed() {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  }

  function onDestClosed() {
    const error = new ERR_INVALID_STATE.TypeError('Destination WritableStream is closed');
    if (!preventCancel) shutdownWithAction(() => readableStreamCancel(source, error), true, error);
    else shutdown(true, error);
  }

  // Checks the four conditions of the spec in its order; true when shutting down.
  function checkStates() {
    if (shuttingDown) return true;
    const sourceState = source[kState];
    const destState = dest[kState];
    if (sourceState.state === 'errored') {
      onSourceErrored(sourceState.storedError);
    } else if (destState.state === 'errored' || destState.state === 'erroring') {
      onDestErrored(destState.storedError);
    } else if (sourceState.state === 'closed') {
      onSourceClosed();
    } else if (writableStreamCloseQueuedOrInFlight(dest) || destState.state === 'closed') {
      onDestClosed();
    }
    return shuttingDown;
  }

  if (signal !== undefined) {
    abortListener = () => {
      const error = abortReason(signal);
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ?
          writableStreamAbort(dest, error) : resolvedUndefined));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          readableStreamCancel(source, error) : resolvedUndefined));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortListener();
      return result.promise;
    }
    signal.addEventListener('abort', abortListener, { once: true });
  }

  reader[kState].closed.promise.then(
    () => { if (!shuttingDown) onSourceClosed(); },
    (error) => { if (!shuttingDown) onSourceErrored(error); });
  writer[kState].closed.promise.then(noop,
                                     (error) => { if (!shuttingDown) onDestErrored(error); });

  // One read at a time, each once the writer is ready. Chunks that are
  // already queued are written in a loop, without a promise turn each (and
  // without recursion, however long the queue).
  let readSync = false;  // inside readableStreamDefaultReaderRead
  let gotChunk = false;  // ... and it gave a chunk synchronously
  const readRequest = {
    chunk(chunk) {
      if (shuttingDown) return;
      pendingWrites++;
      writerWriteRequest(writer, chunk, writeRequest);
      if (readSync) gotChunk = true;
      else step();
    },
    close: () => checkStates(),
    error: () => checkStates(),
  };
  const onReadyRejected = () => checkStates();

  function step() {
    for (;;) {
      if (checkStates()) return;
      const ready = writer[kState].ready;
      if (!ready.settled) {
        ready.promise.then(step, onReadyRejected);
        return;
      }
      readSync = true;
      gotChunk = false;
      readableStreamDefaultReaderRead(reader, readRequest);
      readSync = false;
      if (!gotChunk) return;
    }
  }
  step();
  return result.promise;
}

// ================================================================================
// async iteration
// ================================================================================
const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// The iterator is a plain object with own next, return and @@asyncIterator
// (as node's is); its state is in the closure. Calls are queued so each sees
// the previous one settled (the spec's "ongoing promise").
function createAsyncIterator(reader, preventCancel) {
  const state = { reader, preventCancel, done: false, ongoing: undefined };
  const queue = (run) => {
    state.ongoing = state.ongoing === undefined ? run() : state.ongoing.then(run, run);
    return state.ongoing;
  };
  const iterator = {
    next() {
      return queue(() => iteratorNext(state));
    },
    return(value = undefined) {
      return queue(() => iteratorReturn(state, value));
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return Object.setPrototypeOf(iterator, AsyncIteratorPrototype);
}

function iteratorNext(state) {
  if (state.done) return Promise.resolve({ done: true, value: undefined });
  const reader = state.reader;
  if (reader[kState].stream === undefined) return Promise.reject(notAttached());
  const deferred = createDeferred();
  readableStreamDefaultReaderRead(reader, {
    chunk(value) { deferred.resolve({ value, done: false }); },
    close() {
      state.done = true;
      defaultReaderRelease(reader);
      deferred.resolve({ done: true, value: undefined });
    },
    error(error) {
      state.done = true;
      defaultReaderRelease(reader);
      deferred.reject(error);
    },
  });
  return deferred.promise;
}

function iteratorReturn(state, value) {
  if (state.done) return Promise.resolve({ done: true, value });
  state.done = true;
  const reader = state.reader;
  if (reader[kState].stream === undefined) return Promise.resolve({ done: true, value });
  if (!state.preventCancel) {
    const result = readerGenericCancel(reader, value);
    defaultReaderRelease(reader);
    return result.then(() => ({ done: true, value }));
  }
  defaultReaderRelease(reader);
  return Promise.resolve({ done: true, value });
}

// ================================================================================
// ReadableStream.from
// ================================================================================
function readableStreamFromIterable(iterable) {
  let iterator;
  let nextMethod;
  const asyncMethod = iterable?.[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    iterator = Reflect.apply(asyncMethod, iterable, []);
  } else {
    const syncMethod = iterable?.[Symbol.iterator];
    if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const syncIterator = Reflect.apply(syncMethod, iterable, []);
    // CreateAsyncFromSyncIterator: values that are promises are awaited.
    const syncNext = syncIterator.next;
    iterator = {
      next() {
        const result = Reflect.apply(syncNext, syncIterator, []);
        if (result === null || typeof result !== 'object') return result;
        return Promise.resolve(result.value).then((value) => ({ value, done: !!result.done }));
      },
      return(value) {
        const method = syncIterator.return;
        if (method == null) return Promise.resolve({ value, done: true });
        return Promise.resolve(Reflect.apply(method, syncIterator, [value]));
      },
    };
  }
  if (iterator === null || typeof iterator !== 'object') {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  nextMethod = iterator.next;

  let stream;
  function pull() {
    let nextResult;
    try {
      nextResult = Reflect.apply(nextMethod, iterator, []);
    } catch (error) {
      return Promise.reject(error);
    }
    if (nextResult === null || (typeof nextResult !== 'object' && typeof nextResult !== 'function')) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'The iterator.next() method must return an object'));
    }
    return Promise.resolve(nextResult).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.next() method must fulfill with an object');
      }
      const controller = stream[kState].controller;
      if (result.done) defaultControllerClose(controller);
      else defaultControllerEnqueue(controller, result.value);
    });
  }
  function cancel(reason) {
    let method;
    try {
      method = iterator.return;
      if (method == null) return resolvedUndefined;
      return Promise.resolve(Reflect.apply(method, iterator, [reason])).then((result) => {
        if (result === null || typeof result !== 'object') {
          throw new ERR_INVALID_STATE.TypeError(
            'The promise returned by the iterator.return() method must fulfill with an object');
        }
      });
    } catch (error) {
      return Promise.reject(error);
    }
  }
  stream = createReadableStream(noop, pull, cancel, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  acquireDefaultReader,
  byteControllerClose,
  byteControllerEnd,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerGetDesiredSize,
  byteControllerRespond,
  createReadableByteStream,
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  defaultReaderRelease,
  isReadableStream,
  isReadableStreamDisturbed,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamDefaultReaderRead,
  readPromise,
};
