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

// --trace-uncaught: "Thrown at:" and the frames of the throw site.
// `thrownAt` is what C++ (Env::TriggerUncaught) passes with --trace-uncaught:
// the throw site's frames already formatted as "    at fn (file:line:col)"
// lines, from the stack V8 captured at the throw; undefined otherwise.
function formatThrownAt(thrownAt) {
  if (!getOptions().traceUncaught || typeof thrownAt !== 'string') return undefined;
  return `Thrown at:\n${thrownAt}`;
}

// Prints as node does:
//   file:line / source / caret, a blank line, inspect(err), a blank line,
//   and the runtime's version.
function printUncaught(err, arrow, thrownAt, decorated = false) {
  let text;
  const trace = formatThrownAt(thrownAt);
  const { inspect } = require('internal/util/inspect');
  const footer = `\n\nNode.js ${process.version}\n`;
  if (isNativeErrorLike(err)) {
    let body;
    try {
      body = inspect(err, { colors: false });
    } catch {
      body = String(err && err.stack);
    }
    text = decorated ? body : `${arrow}\n${body}`;
    if (trace !== undefined) text += `\n${trace}\n`;
  } else if (typeof err === 'object' && err !== null) {
    let body;
    try { body = inspect(err, { colors: false }); } catch { body = '[object]'; }
    text = `\n${arrow}${body}`;
    if (trace !== undefined) text += `\n${trace}\n`;
  } else {
    let body;
    // node prints nothing for a symbol (it cannot be made a string implicitly).
    try { body = typeof err === 'symbol' ? '' : String(err); } catch { body = ''; }
    text = trace !== undefined ? `\n${arrow}${body}\n${trace}\n` :
      `\n${arrow}${body}\n(Use \`node --trace-uncaught ...\` to show where the ` +
      'exception was thrown)';
  }
  // Straight to fd 2, synchronously (as node's C++ printer does): stderr may
  // be a pipe whose queued writes would be dropped when the process stops.
  try {
    internalBinding('fs').writeString(2, text + footer);
  } catch {
    // stderr is closed: nothing to tell.
  }
}

// Returns true when a listener handled it; otherwise emits 'exit', prints,
// and stops the runtime itself with process.exitCode.
function noop() {}

// As node's createOnGlobalUncaughtException: 'exit' listeners run before the
// error is printed, and a handled exception leaves an immediate behind so
// that ticks queued behind the throw get drained on the next loop turn.
function onUncaught(err, fromPromise, arrow, thrownAt) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', err, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', err, type);
    require('internal/timers').setImmediate(noop);
    return true;
  }
  // An empty stored arrow: vm's displayErrors put it in err.stack already.
  let decorated = false;
  if (typeof arrow !== 'string' || arrow === '') {
    arrow = getArrowMessage(err);
    decorated = arrow === '';
    arrow ||= '';
  }
  if (!process._exiting) {
    process._exiting = true;
    process.exitCode = 1;
    try {
      process.emit('exit', 1);
    } catch {
      // An exception in an 'exit' listener while dying: nothing more to do.
    }
  }
  printUncaught(err, arrow, thrownAt, decorated);
  // Leave with process.exitCode as an 'exit' listener left it (0 included),
  // as node does; 1 when nothing set it.
  const code = process.exitCode;
  // reallyExit stops the runtime; returning true keeps C++ from recomputing
  // the code (it would read exitCode on a terminating isolate and get 0 → 1).
  internalBinding('process_methods').reallyExit(typeof code === 'number' ? code : 1);
  return true;
}

module.exports = { onUncaught, printUncaught };
