'use strict';
// node:timers — the public face of lib/internal/timers.js.

const timers = require('internal/timers');
const { deprecate } = require('internal/util');

let promises;
module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  _unrefActive: deprecate(
    timers.unrefActive,
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.',
    'DEP0127'),
  active: deprecate(
    timers.active,
    'timers.active() is deprecated. Please use timeout.refresh() instead.',
    'DEP0126'),
  unenroll: deprecate(
    timers.unenroll,
    'timers.unenroll() is deprecated. Please use clearTimeout instead.',
    'DEP0096'),
  enroll: deprecate(
    timers.enroll,
    'timers.enroll() is deprecated. Please use setTimeout instead.',
    'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
});
