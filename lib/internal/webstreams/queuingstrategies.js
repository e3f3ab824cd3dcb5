'use strict';

// ByteLengthQueuingStrategy and CountQueuingStrategy
// (https://streams.spec.whatwg.org/#qs).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { customInspect, defineInterface, kInspect } = require('internal/webstreams/util');

const kHighWaterMark = Symbol('kHighWaterMark');

function readHighWaterMark(init) {
  if (init === null || typeof init !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

// One size function per class, as the spec requires (same object every get).
const byteLengthSize = {
  size(chunk) { return chunk.byteLength; },
}.size;
const countSize = {
  size() { return 1; },
}.size;

function defineStrategy(name, size) {
  const Strategy = {
    [name]: class {
      constructor(init) {
        this[kHighWaterMark] = readHighWaterMark(init);
      }

      get highWaterMark() {
        if (this?.[kHighWaterMark] === undefined) throw new ERR_INVALID_THIS(name);
        return this[kHighWaterMark];
      }

      get size() {
        if (this?.[kHighWaterMark] === undefined) throw new ERR_INVALID_THIS(name);
        return size;
      }

      [kInspect](depth, options) {
        return customInspect(this, depth, options, name, { highWaterMark: this.highWaterMark });
      }
    },
  }[name];
  defineInterface(Strategy, name, ['highWaterMark', 'size']);
  return Strategy;
}

module.exports = {
  ByteLengthQueuingStrategy: defineStrategy('ByteLengthQueuingStrategy', byteLengthSize),
  CountQueuingStrategy: defineStrategy('CountQueuingStrategy', countSize),
};
