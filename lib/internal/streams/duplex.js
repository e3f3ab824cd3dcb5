'use strict';

// stream.Duplex: a Readable that is also a Writable (instanceof works for
// both through Writable's Symbol.hasInstance).

const { Stream } = require('internal/streams/legacy');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const destroyImpl = require('internal/streams/destroy');
const { kOnConstructed } = require('internal/streams/utils');

const { ReadableState } = Readable;
const { WritableState } = Writable;

let duplexify;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new ReadableState(options, this, true);
  this._writableState = new WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }
    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, onReadableSideConstructed);
    destroyImpl.construct(this, onWritableSideConstructed);
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

function onReadableSideConstructed() {
  this._readableState[kOnConstructed](this);
}

function onWritableSideConstructed() {
  this._writableState[kOnConstructed](this);
}

for (const method of ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write',
  '_writev', 'end', 'destroy']) {
  Duplex.prototype[method] = Writable.prototype[method];
}

{
  const wd = Object.getOwnPropertyDescriptors(Writable.prototype);
  for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode',
    'writableBuffer', 'writableLength', 'writableFinished', 'writableCorked',
    'writableEnded', 'writableNeedDrain']) {
    Object.defineProperty(Duplex.prototype, name, { __proto__: null, ...wd[name] });
  }
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

Duplex.from = function(body) {
  duplexify ??= require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Duplex.fromWeb = function(pair, options) {
  return require('internal/webstreams/adapters')
    .newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return require('internal/webstreams/adapters').newReadableWritablePairFromDuplex(duplex);
};

module.exports = Duplex;
