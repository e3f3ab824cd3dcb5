'use strict';

// Small pieces shared by the fetch classes: WebIDL-style iterators
// ("Headers Iterator", "FormData Iterator") and argument-count checks with
// undici's messages.

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const kTarget = Symbol('kTarget');
const prototypes = new Map();

function iteratorPrototype(tag) {
  let proto = prototypes.get(tag);
  if (proto !== undefined) return proto;
  proto = Object.create(IteratorPrototype, {
    next: {
      __proto__: null,
      configurable: true,
      enumerable: true,
      writable: true,
      value: function next() {
        const state = this?.[kTarget];
        if (state === undefined || Object.getPrototypeOf(this) !== proto) {
          throw new TypeError(`'next' called on an object that does not implement interface ${tag}.`);
        }
        const list = state.getList(state.target);
        if (state.index >= list.length) return { value: undefined, done: true };
        const pair = list[state.index++];
        const value = state.kind === 'key' ? pair[0] : state.kind === 'value' ? pair[1] :
          [pair[0], pair[1]];
        return { value, done: false };
      },
    },
    [Symbol.toStringTag]: { __proto__: null, configurable: true, value: tag },
  });
  prototypes.set(tag, proto);
  return proto;
}

// An iterator over getList(target) (a list of [key, value] pairs, read again
// at every step so changes during iteration are seen, as WebIDL requires).
function createIterator(target, tag, getList, kind) {
  const iterator = Object.create(iteratorPrototype(tag));
  Object.defineProperty(iterator, kTarget, { __proto__: null, value: { target, getList, kind, index: 0 } });
  return iterator;
}

function requireArgs(count, required, context) {
  if (count < required) {
    throw new TypeError(`${context}: ${required} argument${required === 1 ? '' : 's'} required, ` +
                        `but only ${count} found.`);
  }
}

// keys/values/entries/forEach and @@iterator (= entries) of a "pair
// iterable" interface over getList(object), plus the given prototype members
// made enumerable and the toStringTag, in that order.
function defineIterable(Class, name, getList, isInstance, members) {
  const tag = `${name} Iterator`;
  const check = (self) => {
    if (!isInstance(self)) throw new TypeError('Illegal invocation');
  };
  const methods = {
    keys() {
      check(this);
      return createIterator(this, tag, getList, 'key');
    },
    values() {
      check(this);
      return createIterator(this, tag, getList, 'value');
    },
    entries() {
      check(this);
      return createIterator(this, tag, getList, 'key+value');
    },
    forEach(callback, thisArg = undefined) {
      check(this);
      requireArgs(arguments.length, 1, `${name}.forEach`);
      if (typeof callback !== 'function') {
        throw new TypeError(`Failed to execute 'forEach' on '${name}': parameter 1 is not of type 'Function'.`);
      }
      const list = getList(this);
      for (let i = 0; i < list.length; i++) {
        Reflect.apply(callback, thisArg, [list[i][1], list[i][0], this]);
      }
    },
  };
  for (const member of members) Object.defineProperty(Class.prototype, member, { enumerable: true });
  const descriptors = Object.getOwnPropertyDescriptors(methods);
  for (const key of Object.keys(descriptors)) descriptors[key].enumerable = true;
  descriptors[Symbol.iterator] = {
    __proto__: null, configurable: true, writable: true, value: methods.entries,
  };
  descriptors[Symbol.toStringTag] = { __proto__: null, configurable: true, value: name };
  Object.defineProperties(Class.prototype, descriptors);
}

module.exports = { createIterator, defineIterable, requireArgs };
