'use strict';

// A stream.Transform that sets itself up only when used as a stream.
//
// WHY: crypto's Hash, Hmac and Cipher objects are Transforms, but almost every
// program only calls update()/digest(); building a Transform's two states
// and listeners per object would cost more than hashing a short message.
// HOW: the prototype chain includes Transform.prototype, so every stream
// method is there; the two stream states are accessors on
// this prototype that run Transform's constructor on first touch (which then
// stores the real states as own properties, shadowing the accessors).

const Transform = require('internal/streams/transform');

// `_options` is public in node's objects too (util.inspect shows it).
function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function initOnTouch(name) {
  return {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      Transform.call(this, this._options);
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        __proto__: null, value, writable: true, enumerable: true, configurable: true,
      });
    },
  };
}

Object.defineProperties(LazyTransform.prototype, {
  _readableState: initOnTouch('_readableState'),
  _writableState: initOnTouch('_writableState'),
});

module.exports = LazyTransform;
