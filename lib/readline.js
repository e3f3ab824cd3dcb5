'use strict';
// node:readline — lines from a stream, and a line editor on a terminal. The
// Interface lives in internal/readline/interface.js; this file adds the
// callback form of question() and the cursor helpers.

const {
  Interface: InterfaceBase, questionWithSignal,
} = require('internal/readline/interface');
const { emitKeypressEvents } = require('internal/readline/keypress');
const {
  cursorTo, moveCursor, clearLine, clearScreenDown,
} = require('internal/readline/callbacks');

class Interface extends InterfaceBase {
  // question(query[, options], cb): cb(answer). An aborted options.signal
  // cancels the question; cb is then never called.
  question(query, options, cb) {
    if (typeof options === 'function') {
      cb = options;
      options = undefined;
    }
    if (typeof cb !== 'function') return;
    questionWithSignal(this, query, options, cb, () => {});
  }
}

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
