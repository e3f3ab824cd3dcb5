'use strict';

// Bridges between node streams and web streams: Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb, Duplex.toWeb/fromWeb. Each direction keeps both
// sides' ends in step: end/close becomes close, destroy(err) becomes
// cancel/abort and the other way round, and backpressure crosses over
// (a full web queue pauses the Readable; a Writable that wants 'drain'
// holds the web sink's write promise).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { createDeferred } = require('internal/webstreams/util');
const {
  ReadableStream,
  byteControllerEnd,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerGetDesiredSize,
  createReadableByteStream,
  isReadableStream,
} = require('internal/webstreams/readablestream');
const {
  WritableStream,
  isWritableStream,
} = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');

let Readable;
let Writable;
let Duplex;

function isNodeReadable(value) {
  return typeof value?._readableState === 'object' && typeof value.on === 'function';
}

function isNodeWritable(value) {
  return typeof value?._writableState === 'object' && typeof value.on === 'function';
}

function byteSize(chunk) {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk);
  return chunk?.byteLength ?? 1;
}

// A callback that must not throw into a promise chain: a throw goes to
// 'uncaughtException' as it would from a plain callback.
function callSafely(callback, error) {
  try {
    callback(error);
  } catch (thrown) {
    process.nextTick(() => { throw thrown; });
  }
}

// ================================================================================
// node Readable -> ReadableStream
// ================================================================================
function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (!isNodeReadable(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  validateObject(options, 'options');
  if (streamReadable.destroyed || streamReadable.readable === false) {
    const readable = new ReadableStream();
    readable.cancel();
    return readable;
  }
  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  const strategy = options.strategy ?? (objectMode ?
    new CountQueuingStrategy({ highWaterMark }) :
    { highWaterMark, size: byteSize });

  let controller;
  let finished = false;

  function onData(chunk) {
    if (Buffer.isBuffer(chunk) && !objectMode) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  function onFinished(error) {
    if (finished) return;
    finished = true;
    streamReadable.removeListener('data', onData);
    if (error) {
      controller.error(error);
      return;
    }
    try {
      controller.close();
    } catch {
      // Already canceled or errored.
    }
  }

  return new ReadableStream({
    start(c) {
      controller = c;
      streamReadable.pause();
      streamReadable.on('data', onData);
      eos(streamReadable, onFinished);
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      finished = true;
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

// A byte ReadableStream over a node Readable of Buffers, for fetch()'s
// response bodies (node's are byte streams; Readable.toWeb gives a default
// one). The Readable must have no other consumer: a Buffer that owns its
// whole ArrayBuffer is handed over (transferred) without a copy.
function newReadableByteStreamFromStreamReadable(streamReadable, highWaterMark = 65536) {
  if (!isNodeReadable(streamReadable)) {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  let controller;
  let finished = false;
  function onData(chunk) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk);
    if (chunk.byteLength === 0) return;
    const owned = chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength;
    byteControllerEnqueue(controller, owned ? chunk : new Uint8Array(chunk));
    if (byteControllerGetDesiredSize(controller) <= 0) streamReadable.pause();
  }
  return createReadableByteStream((c) => {
    controller = c;
    streamReadable.pause();
    streamReadable.on('data', onData);
    eos(streamReadable, (error) => {
      if (finished) return;
      finished = true;
      streamReadable.removeListener('data', onData);
      if (error) byteControllerError(controller, error);
      else byteControllerEnd(controller);
    });
  }, () => {
    streamReadable.resume();
    return Promise.resolve();
  }, (reason) => {
    finished = true;
    streamReadable.removeListener('data', onData);
    destroyer(streamReadable, reason);
    return Promise.resolve();
  }, highWaterMark);
}

// ================================================================================
// ReadableStream -> node Readable (also the readable half of Duplex.fromWeb)
// ================================================================================
// Returns the read and destroy implementations for `getStream()`, a node
// stream reading from `reader`.
function readSide(reader, getStream) {
  let closed = false;
  reader.closed.then(() => { closed = true; }, (error) => {
    closed = true;
    destroyer(getStream(), error);
  });
  return {
    read() {
      reader.read().then(({ value, done }) => {
        getStream().push(done ? null : value);
      }, (error) => destroyer(getStream(), error));
    },
    destroy(error, callback) {
      if (closed) {
        callSafely(callback, error);
        return;
      }
      const done = () => callSafely(callback, error);
      reader.cancel(error).then(done, done);
    },
  };
}

function validateEncoding(encoding) {
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    // (sic: node 20 passes the two the other way round)
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  Readable ??= require('internal/streams/readable');
  let readable;
  const side = readSide(readableStream.getReader(), () => readable);
  readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read: side.read,
    destroy: side.destroy,
  });
  return readable;
}

// ================================================================================
// node Writable -> WritableStream
// ================================================================================
function newWritableStreamFromStreamWritable(streamWritable) {
  if (!isNodeWritable(streamWritable)) {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (streamWritable.destroyed || streamWritable.writable === false) {
    const writable = new WritableStream();
    writable.close();
    return writable;
  }
  // Counted in chunks whatever the mode, as node does: the Writable itself
  // applies its byte limit through write()'s return value.
  const strategy = new CountQueuingStrategy({
    highWaterMark: streamWritable.writableHighWaterMark,
  });

  let controller;
  let drain;     // deferred while the Writable wants 'drain'
  let closing;   // deferred while end() runs

  function onDrain() {
    if (drain !== undefined) drain.resolve();
  }

  function onFinished(error) {
    streamWritable.removeListener('drain', onDrain);
    if (error) {
      if (drain !== undefined) drain.reject(error);
      if (closing !== undefined) closing.reject(error);
      controller.error(error);
      return;
    }
    if (closing !== undefined) {
      closing.resolve();
      return;
    }
    // Finished or closed without our close(): the web side errors.
    controller.error(new ERR_STREAM_PREMATURE_CLOSE());
  }

  return new WritableStream({
    start(c) {
      controller = c;
      streamWritable.on('drain', onDrain);
      eos(streamWritable, onFinished);
    },
    write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        drain = createDeferred();
        return drain.promise.finally(() => { drain = undefined; });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (closing === undefined && !streamWritable.writableEnded) {
        closing = createDeferred();
        streamWritable.end();
        return closing.promise;
      }
    },
  }, strategy);
}

// ================================================================================
// WritableStream -> node Writable (also the writable half of Duplex.fromWeb)
// ================================================================================
function writeSide(writer, getStream) {
  let closed = false;
  writer.closed.then(() => {
    closed = true;
    const stream = getStream();
    if (!stream.writableEnded && !stream.destroyed) {
      destroyer(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
  }, (error) => {
    closed = true;
    destroyer(getStream(), error);
  });
  function complete(callback) {
    return (error) => {
      try {
        callback(error);
      } catch (thrown) {
        destroyer(getStream(), thrown);
      }
    };
  }
  return {
    write(chunk, encoding, callback) {
      const done = complete(callback);
      writer.ready.then(() => writer.write(chunk)).then(() => done(), done);
    },
    writev(chunks, callback) {
      const done = complete(callback);
      writer.ready.then(() => Promise.all(chunks.map(({ chunk }) => writer.write(chunk))))
        .then(() => done(), done);
    },
    final(callback) {
      if (closed) {
        callSafely(callback);
        return;
      }
      writer.close().then(() => callSafely(callback), (error) => callSafely(callback, error));
    },
    destroy(error, callback) {
      if (closed) {
        callSafely(callback, error);
        return;
      }
      const done = () => callSafely(callback, error);
      (error != null ? writer.abort(error) : writer.close()).then(done, done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  Writable ??= require('internal/streams/writable');
  let writable;
  const side = writeSide(writableStream.getWriter(), () => writable);
  writable = new Writable({ highWaterMark, objectMode, decodeStrings, signal, ...side });
  return writable;
}

// ================================================================================
// Duplex
// ================================================================================
function newReadableWritablePairFromDuplex(duplex) {
  if (!isNodeReadable(duplex) || !isNodeWritable(duplex)) {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  validateObject(options, 'options');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  const {
    allowHalfOpen = false,
    decodeStrings = true,
    encoding,
    highWaterMark,
    objectMode = false,
    signal,
  } = options;
  validateEncoding(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  Duplex ??= require('internal/streams/duplex');
  let duplex;
  const read = readSide(readableStream.getReader(), () => duplex);
  const write = writeSide(writableStream.getWriter(), () => duplex);
  duplex = new Duplex({
    allowHalfOpen,
    decodeStrings,
    encoding,
    highWaterMark,
    objectMode,
    signal,
    read: read.read,
    write: write.write,
    writev: write.writev,
    final: write.final,
    destroy(error, callback) {
      let pending = 2;
      const done = () => { if (--pending === 0) callSafely(callback, error); };
      read.destroy(error, done);
      write.destroy(error, done);
    },
  });
  return duplex;
}

module.exports = {
  newReadableByteStreamFromStreamReadable,
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
