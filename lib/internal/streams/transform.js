'use strict';

// stream.Transform: writes go through _transform() and come out on the
// readable side. A write's callback is held back while the readable buffer
// is full and released by the next _read().

const Duplex = require('internal/streams/duplex');
const { getHighWaterMark } = require('internal/streams/state');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED, ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');

const kCallback = Symbol('kCallback'); // write callback waiting for _read
const kWriteCb = Symbol('kWriteCb'); // write callback of the _transform running
const kLength = Symbol('kLength'); // readable length before that _transform
const kAfterTransform = Symbol('kAfterTransform'); // bound afterTransform

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // With a readable mark of 0 the writable side must not buffer either.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // 'readable'/'data' may be emitted synchronously from push() here: the
  // pushes happen in _write, not _read.
  this._readableState.sync = false;
  this[kCallback] = null;
  this[kWriteCb] = null;
  this[kLength] = 0;
  this[kAfterTransform] = afterTransform.bind(this);

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses overriding _final still get _flush called at prefinish.
  this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function(chunk, encoding, callback) {
  this[kWriteCb] = callback;
  this[kLength] = this._readableState.length;
  const after = this[kAfterTransform] || (this[kAfterTransform] = afterTransform.bind(this));
  this._transform(chunk, encoding, after);
};

function afterTransform(err, val) {
  const callback = this[kWriteCb];
  if (callback === null) {
    errorOrDestroy(this, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  this[kWriteCb] = null;
  if (err) {
    callback(err);
    return;
  }
  if (val != null) this.push(val);

  const rState = this._readableState;
  if (this._writableState.ended || this[kLength] === rState.length ||
      rState.length < rState.highWaterMark) {
    callback();
  } else {
    // The readable side is full: continue when it is read from.
    this[kCallback] = callback;
  }
}

Transform.prototype._read = function() {
  const callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

module.exports = Transform;
