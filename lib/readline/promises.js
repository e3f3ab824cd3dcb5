'use strict';
// node:readline/promises — question() returns a promise, and Readline
// batches cursor moves into one write (commit()).

const {
  Interface: InterfaceBase, questionWithSignal,
} = require('internal/readline/interface');
const {
  CSI, moveSequence, toSequence, clearLineSequence,
} = require('internal/readline/callbacks');
const { validateBoolean, validateInteger } = require('internal/validators');
const {
  AbortError, codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');

class Interface extends InterfaceBase {
  question(query, options = undefined) {
    return new Promise((resolve, reject) => {
      questionWithSignal(this, query, options, resolve,
                         (reason) => reject(new AbortError(undefined, { cause: reason })));
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

const kStream = Symbol('stream');
const kTodo = Symbol('todo');
const kAutoCommit = Symbol('autoCommit');

class Readline {
  constructor(stream, options = undefined) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this[kStream] = stream;
    this[kTodo] = [];
    this[kAutoCommit] = false;
    if (options?.autoCommit != null) {
      validateBoolean(options.autoCommit, 'options.autoCommit');
      this[kAutoCommit] = options.autoCommit;
    }
  }

  #add(data) {
    if (this[kAutoCommit]) process.nextTick(() => this[kStream].write(data));
    else this[kTodo].push(data);
    return this;
  }

  cursorTo(x, y = undefined) {
    validateInteger(x, 'x');
    if (y != null) validateInteger(y, 'y');
    return this.#add(toSequence(x, y ?? undefined));
  }

  moveCursor(dx, dy) {
    if (dx || dy) {
      validateInteger(dx, 'dx');
      validateInteger(dy, 'dy');
      this.#add(moveSequence(dx, dy));
    }
    return this;
  }

  clearLine(dir) {
    validateInteger(dir, 'dir', -1, 1);
    return this.#add(clearLineSequence(dir));
  }

  clearScreenDown() {
    return this.#add(`${CSI}0J`);
  }

  commit() {
    return new Promise((resolve) => {
      const data = this[kTodo].join('');
      this[kTodo] = [];
      this[kStream].write(data, resolve);
    });
  }

  rollback() {
    this[kTodo] = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
