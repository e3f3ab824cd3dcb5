'use strict';

// Readable.prototype.map/filter/forEach/toArray/some/every/find/flatMap/
// drop/take/reduce/asIndexedPairs/compose (node 20's experimental helpers).
// The stream-returning ones return async iterables that stream.js wraps in
// Readable.from().

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { isNodeStream, isWritable } = require('internal/streams/utils');

let staticCompose;
let addAbortSignalNoValidate;
let finished;

const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function abortErrorFrom(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options?.signal) {
    addAbortSignalNoValidate ??= require('internal/streams/add-abort-signal').addAbortSignalNoValidate;
    addAbortSignalNoValidate(options.signal, composed);
  }
  return composed;
}

// map: results in source order, at most `concurrency` calls of fn running
// and at most concurrency + highWaterMark results waiting to be consumed.
function map(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const limit = highWaterMark + concurrency;

  return mapGenerator(this, fn, concurrency, limit, options?.signal);
}

async function* mapGenerator(stream, fn, concurrency, limit, outerSignal) {
  const ac = new AbortController();
  const signal = ac.signal;
  let onOuterAbort;
  if (outerSignal) {
    if (outerSignal.aborted) ac.abort(outerSignal.reason);
    else {
      onOuterAbort = () => ac.abort(outerSignal.reason);
      outerSignal.addEventListener('abort', onOuterAbort, { once: true });
    }
  }
  const fnOptions = { signal };

  const queue = []; // promises of results, in source order (or kEof)
  let running = 0;
  let stopped = false;
  let wakeConsumer = null;
  let wakeProducer = null;

  function signalConsumer() {
    if (wakeConsumer) {
      const w = wakeConsumer;
      wakeConsumer = null;
      w();
    }
  }
  function maybeWakeProducer() {
    if (wakeProducer && !stopped && running < concurrency && queue.length < limit) {
      const w = wakeProducer;
      wakeProducer = null;
      w();
    }
  }
  function onSettled() {
    running--;
    maybeWakeProducer();
  }
  function onFailed() {
    stopped = true;
    onSettled();
  }

  async function produce() {
    try {
      for await (const item of stream) {
        if (stopped) return;
        if (signal.aborted) throw new AbortError();
        let p;
        try {
          p = Promise.resolve(fn(item, fnOptions));
        } catch (err) {
          p = Promise.reject(err);
        }
        running++;
        p.then(onSettled, onFailed);
        queue.push(p);
        signalConsumer();
        if (!stopped && (queue.length >= limit || running >= concurrency)) {
          await new Promise((resolve) => {
            wakeProducer = resolve;
          });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const p = Promise.reject(err);
      running++;
      p.then(onSettled, onFailed);
      queue.push(p);
    } finally {
      stopped = true;
      signalConsumer();
    }
  }

  produce();

  try {
    while (true) {
      while (queue.length > 0) {
        const value = await queue[0];
        if (value === kEof) return;
        if (signal.aborted) throw new AbortError();
        if (value !== kEmpty) yield value;
        queue.shift();
        maybeWakeProducer();
      }
      await new Promise((resolve) => {
        wakeConsumer = resolve;
      });
    }
  } finally {
    stopped = true;
    ac.abort();
    if (onOuterAbort) outerSignal.removeEventListener('abort', onOuterAbort);
    if (wakeProducer) {
      const w = wakeProducer;
      wakeProducer = null;
      w();
    }
  }
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const val of this) {
      if (options?.signal?.aborted) throw abortErrorFrom(options.signal);
      yield [index++, val];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) { // eslint-disable-line no-unused-vars
    return true;
  }
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) {
    return result;
  }
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

function filter(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = abortErrorFrom(options.signal);
    this.once('error', () => {});
    finished ??= require('internal/streams/end-of-stream').finished;
    await finished(this.destroy(err));
    throw err;
  }
  const ac = new AbortController();
  const signal = ac.signal;
  let onOuterAbort;
  if (options?.signal) {
    onOuterAbort = () => ac.abort();
    options.signal.addEventListener('abort', onOuterAbort, { once: true });
  }
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAny && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    ac.abort();
    if (onOuterAbort) options.signal.removeEventListener('abort', onOuterAbort);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const val of this) {
    if (options?.signal?.aborted) throw abortErrorFrom(options.signal);
    result.push(val);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const val of values) yield* val;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const val of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield val;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    if (number > 0) {
      for await (const val of this) {
        if (options?.signal?.aborted) throw new AbortError();
        if (number-- > 0) yield val;
        if (number <= 0) return;
      }
    }
  }.call(this);
}

module.exports.streamReturningOperators = {
  asIndexedPairs,
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
