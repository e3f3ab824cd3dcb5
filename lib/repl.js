'use strict';
// node:repl — the REPLServer lives in internal/repl/server.js.

const {
  REPLServer, Recoverable, start, writer,
} = require('internal/repl/server');

module.exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable,
};

Object.defineProperty(module.exports, 'builtinModules', {
  configurable: true,
  enumerable: true,
  get() { return require('module').builtinModules; },
});
