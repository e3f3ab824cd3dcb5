'use strict';
// Uncaught exceptions: what C++ calls (Env::TriggerUncaught) when an
// exception reaches the top of a callback, and node's printed form of it.

const { getArrowMessage } = internalBinding('errors');

let options;
function getOptions() {
  if (options === undefined) options = internalBinding('process_methods').getOptions();
  return options;
}

function isNativeErrorLike(err) {
  return err instanceof Error || internalBinding('types').isNativeError(err);
}

// Prints as node does:
//   file:line / source / caret, a blank line, inspect(err), a blank line,
//   and the runtime's version.
function printUncaught(err, arrow) {
  let text;
  const { inspect } = require('internal/util/inspect');
  const footer = `\n\nNode.js ${process.version}\n`;
  if (isNativeErrorLike(err)) {
    let body;
    try {
      body = inspect(err, { colors: false });
    } catch {
      body = String(err && err.stack);
    }
    text = `${arrow}\n${body}`;
  } else if (typeof err === 'object' && err !== null) {
    let body;
    try { body = inspect(err, { colors: false }); } catch { body = '[object]'; }
    text = `${arrow}${body}`;
  } else {
    let body;
    try { body = typeof err === 'symbol' ? err.toString() : String(err); } catch { body = '[primitive]'; }
    text = `\n${arrow}${body}\n(Use \`node --trace-uncaught ...\` to show where the ` +
           'exception was thrown)';
  }
  try {
    process.stderr.write(text + footer);
  } catch {
    internalBinding('process_methods').rawDebug(text + footer);
  }
}

// Returns true when a listener handled it; otherwise prints, emits 'exit'
// and returns false (C++ then stops the loop with process.exitCode).
function onUncaught(err, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    return true;
  }
  if (typeof arrow !== 'string' || arrow === '') arrow = getArrowMessage(err) || '';
  printUncaught(err, arrow);
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // An exception in an 'exit' listener while dying: nothing more to do.
    }
  }
  return false;
}

module.exports = { onUncaught, printUncaught };
