'use strict';
// node:readline — lines from a stream, and a line editor on a terminal. The
// Interface lives in internal/readline/interface.js; this file adds the
// callback form of question() and the cursor helpers.

const EventEmitter = require('events');
const {
  Interface: InterfaceBase, initInterface, questionWithSignal,
} = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/keypress');
const {
  cursorTo, moveCursor, clearLine, clearScreenDown,
} = require('internal/readline/callbacks');

// A function, not a class, as node's: Interface(...) without `new` and
// Interface.call(this, ...) from an old-style subclass both work.
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  initInterface(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, InterfaceBase.prototype);
Object.setPrototypeOf(Interface, InterfaceBase);

// question(query[, options], cb): cb(answer). An aborted options.signal
// cancels the question; cb is then never called.
Interface.prototype.question = function question(query, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  if (typeof cb !== 'function') return;
  questionWithSignal(this, query, options, cb, () => {});
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('readline/promises'); },
});
