'use strict';
// node:timers — the public face of lib/internal/timers.js.

const timers = require('internal/timers');

let promises;
module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  active: timers.active,
  unenroll: timers.unenroll,
  enroll: timers.enroll,
  _unrefActive: timers.unrefActive,
  get promises() {
    if (promises === undefined) promises = require('timers/promises');
    return promises;
  },
};
