'use strict';
// `eddy` with no script on a terminal (or `eddy -i`): the REPL over stdin and
// stdout, a welcome line, history kept in a file, process exit on .exit /
// Ctrl-D.
//
// History: ~/.eddy_repl_history, or EDDY_REPL_HISTORY (empty: none kept);
// EDDY_REPL_HISTORY_SIZE entries (default 1000). Newest first, one per
// line, written (mode 0600) each time an entry is added.

const fs = require('fs');
const os = require('os');
const path = require('path');

function historyFile() {
  const env = process.env.EDDY_REPL_HISTORY;
  if (env !== undefined) return env.trim() === '' ? null : env;
  return path.join(os.homedir(), '.eddy_repl_history');
}

function historySize() {
  const n = Number(process.env.EDDY_REPL_HISTORY_SIZE);
  return Number.isInteger(n) && n >= 0 ? n : 1000;
}

function start() {
  const { REPLServer } = require('internal/repl/server');
  const input = process.stdin;
  const output = process.stdout;
  const terminal = !!(input.isTTY && output.isTTY);
  // As node, also when -i reads a pipe.
  output.write(`Welcome to eddy v${process.versions.eddy} (V8 ${process.versions.v8}). ` +
               'Type ".help" for more information.\n');
  const size = historySize();
  const file = terminal ? historyFile() : null;
  let history = [];
  if (file !== null) {
    try {
      history = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l !== '')
        .slice(0, size);
    } catch {
      // no history yet
    }
  }
  const repl = new REPLServer({
    input, output, terminal, prompt: '> ', historySize: size,
    breakEvalOnSigint: !terminal,
  });
  repl.history = history;
  if (file !== null) {
    repl.on('history', (entries) => {
      try {
        fs.writeFileSync(file, entries.join('\n'), { mode: 0o600 });
      } catch {
        // history is a convenience: a read-only home must not stop the REPL
      }
    });
  }
  repl.on('exit', () => process.exit());
  return repl;
}

module.exports = { start };
