'use strict';
// REPLServer: a readline Interface whose lines are JavaScript, evaluated in
// eddy's one main context (globalThis is `context`; there is no vm module).
//
// One input's life:
//   'line' → a REPL command (.help …)? run it
//          → else append to the buffered command and eval(code, context,
//            'REPL<n>', finish)
//   defaultEval: checkSyntax first — an incomplete input (end of input,
//     open template) is a Recoverable and waits for more lines under '... ';
//     a top-level await is rewritten (internal/repl/await.js) and awaited;
//     anything else runs as a classic script, so let/const/class persist in
//     the global lexical scope across inputs.
//   finish → print writer(result) or "Uncaught …", set _ / _error, prompt.
// Lines that arrive while an input is still being awaited wait in a queue.

const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const { rewrite, lexicalNames, hasAwait } = require('internal/repl/await');
const { complete } = require('internal/repl/completion');
const { codes: { ERR_INVALID_REPL_EVAL_CONFIG } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const { checkSyntax, runScript } = internalBinding('contextify');
const { getArrowMessage } = internalBinding('errors');

let evalCounter = 0;

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

function isRecoverable(err, code) {
  if (!err || err.name !== 'SyntaxError') return false;
  const msg = err.message;
  if (msg === 'Unexpected end of input' || msg === 'Unterminated template literal') return true;
  // A string continued with a backslash at the end of the line.
  if (msg === 'Invalid or unexpected token' && /\\\s*$/.test(code)) return true;
  return false;
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// Frames of the REPL's own machinery, and the anonymous top level of the
// input (the last "at REPLn:l:c"), say nothing to the person at the prompt.
function trimStack(stack) {
  const lines = String(stack).split('\n').filter((l) => !/^\s+at .*\(?node:/.test(l));
  for (let k = lines.length - 1; k >= 0; k--) {
    if (/^\s+at REPL\d+:\d+:\d+$/.test(lines[k])) {
      lines.splice(k, 1);
      break;
    }
  }
  return lines.join('\n');
}

// A thrown null or undefined still has to reach finish() as an error.
class Thrown {
  constructor(value) {
    this.value = value;
  }
}
const thrown = (err) => (err === null || err === undefined ? new Thrown(err) : err);

const kBuiltinCommands = {
  break: {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  },
  // The context is always the main one (node's useGlobal), which .clear
  // cannot replace: as in node, it is then .break.
  clear: {
    help: 'Alias for .break',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  },
  exit: {
    help: 'Exit the REPL',
    action() {
      this.dropPending = true;
      this.close();
    },
  },
  help: {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const pad = ' '.repeat(width - name.length + 3);
        this.output.write(`.${name}${cmd.help ? pad + cmd.help : ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, ' +
                        'Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  },
  load: {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      const fs = require('fs');
      try {
        const stats = fs.statSync(file);
        if (!stats.isFile()) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
        } else {
          const data = fs.readFileSync(file, 'utf8');
          this.queueInput(data.split(/\r?\n/), () => this.displayPrompt());
          return;
        }
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
      }
      this.displayPrompt();
    },
  },
  save: {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  },
};

const kEditorCommand = {
  help: 'Enter editor mode',
  action() {
    this.editorMode = true;
    this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
    this.setPrompt('');
    this.prompt();
  },
};

class REPLServer extends Interface {
  constructor(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
    let options;
    if (prompt !== null && typeof prompt === 'object') {
      options = { ...prompt };
    } else {
      options = { prompt, stream, eval: evalFn, useGlobal, ignoreUndefined, replMode };
    }
    const input = options.input || options.stream || process.stdin;
    const output = options.output || options.stream || process.stdout;
    if (options.eval !== undefined) validateFunction(options.eval, 'options.eval');
    if (options.breakEvalOnSigint && options.eval) {
      throw new ERR_INVALID_REPL_EVAL_CONFIG();
    }
    const terminal = options.terminal ?? !!output.isTTY;
    const self = {};
    super({
      input,
      output,
      terminal,
      prompt: options.prompt ?? '> ',
      completer: options.completer || ((line, cb) => complete(self.server, line, cb)),
      historySize: options.historySize,
    });
    self.server = this;

    this.useColors = options.useColors ?? (terminal && typeof output.hasColors === 'function' &&
                                           output.hasColors());
    this.useGlobal = true;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.replMode = options.replMode;
    this.breakEvalOnSigint = !!options.breakEvalOnSigint;
    this.editorMode = false;
    this.eval = options.eval || defaultEval;
    this.context = globalThis;
    this.lines = [];
    this.commands = { __proto__: null };
    this.last = undefined;
    this.lastError = undefined;
    this.underscoreAssigned = false;
    this.underscoreErrAssigned = false;
    this.bufferedCommand = '';
    this._initialPrompt = options.prompt ?? '> ';
    this.lexicalNames = new Set();
    this.writer = options.writer || writer;
    if (this.writer === writer && this.useColors) {
      this.writer = (obj) => inspect(obj, { ...writer.options, colors: true });
    }
    this.busy = false;
    this.pending = [];
    this.search = null;
    this.sawSIGINT = false;

    for (const [name, cmd] of Object.entries(kBuiltinCommands)) this.defineCommand(name, cmd);
    if (terminal) this.defineCommand('editor', kEditorCommand);

    this.setupGlobals();

    this.on('line', (line) => this.queueInput([line]));
    this.on('SIGINT', () => this.onSigint());
    // The input may end (a pipe's EOF) while lines still wait behind an
    // await: they run first, then 'exit'. Only .exit and Ctrl-C/Ctrl-D drop
    // what is queued.
    this.once('close', () => {
      if (this.dropPending) this.pending.length = 0;
      this.exitWhenIdle = true;
      this.drain();
    });
    // Errors thrown later by code typed at the prompt (timers, rejected
    // promises) print like any other and the session goes on.
    this.onUncaught = (err) => {
      this.printError(err);
      this.displayPrompt(true);
    };
    process.on('uncaughtException', this.onUncaught);

    this.displayPrompt();
  }

  // `_` and `_error`, and the core modules by name, as accessors on the
  // global object. Assigning to `_` turns the automatic value off.
  setupGlobals() {
    const server = this;
    const g = globalThis;
    const define = (name, get, set) => {
      const d = Object.getOwnPropertyDescriptor(g, name);
      if (d && !d.configurable) return;
      Object.defineProperty(g, name, { get, set, configurable: true, enumerable: false });
    };
    define('_', () => server.last, (value) => {
      Object.defineProperty(g, '_', { value, writable: true, configurable: true, enumerable: true });
      if (!server.underscoreAssigned) {
        server.underscoreAssigned = true;
        server.output.write('Expression assignment to _ now disabled.\n');
      }
    });
    define('_error', () => server.lastError, (value) => {
      Object.defineProperty(g, '_error', { value, writable: true, configurable: true, enumerable: true });
      if (!server.underscoreErrAssigned) {
        server.underscoreErrAssigned = true;
        server.output.write('Expression assignment to _error now disabled.\n');
      }
    });
    const { builtinModules } = require('module');
    for (const name of builtinModules) {
      if (name.includes('/') || name.startsWith('_') || name in g) continue;
      define(name, () => {
        const value = require(name);
        Object.defineProperty(g, name, { value, writable: true, configurable: true });
        return value;
      }, (value) => {
        Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: true });
      });
    }
    if (!('require' in g)) {
      require('internal/modules/cjs/loader').makeEvalContext('<repl>');
      g.module.id = '<repl>';
    }
  }

  defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') {
      cmd = { action: cmd };
    } else {
      validateFunction(cmd.action, 'cmd.action');
    }
    this.commands[keyword] = cmd;
  }

  clearBufferedCommand() {
    this.bufferedCommand = '';
  }

  displayPrompt(preserveCursor) {
    let prompt = this._initialPrompt;
    if (this.bufferedCommand.length) prompt = '... ';
    this.setPrompt(prompt);
    this.prompt(preserveCursor);
  }

  // Lines run one at a time, each after the previous one finished.
  queueInput(lines, done) {
    for (const line of lines) this.pending.push(line);
    if (done) this.pending.push(done);
    if (!this.busy) this.drain();
  }

  drain() {
    while (this.pending.length && !this.busy) {
      const next = this.pending.shift();
      if (typeof next === 'function') next();
      else this.onLine(next);
    }
    if (this.exitWhenIdle && !this.busy && this.pending.length === 0 && !this.exited) {
      this.exited = true;
      process.removeListener('uncaughtException', this.onUncaught);
      this.emit('exit');
    }
  }

  onLine(cmd) {
    this.sawSIGINT = false;
    if (this.editorMode) {
      this.bufferedCommand += `${cmd}\n`;
      return;
    }
    const trimmed = cmd.trim();
    if (trimmed.startsWith('.') && !trimmed.startsWith('..') && !/^\.\d/.test(trimmed)) {
      const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
      const command = m && this.commands[m[1]];
      if (command) {
        command.action.call(this, m[2]);
        return;
      }
      if (!this.bufferedCommand) {
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
      }
    }
    const code = `${this.bufferedCommand}${cmd}\n`;
    if (!this.bufferedCommand && trimmed === '') {
      this.displayPrompt();
      return;
    }
    this.evaluate(code, () => this.displayPrompt());
  }

  evaluate(code, then) {
    this.busy = true;
    let called = false;
    const finish = (err, result) => {
      if (called) return;
      called = true;
      this.busy = false;
      if (err instanceof Recoverable && !this.editorMode) {
        this.bufferedCommand = code;
        then();
        this.drain();
        return;
      }
      this.bufferedCommand = '';
      this.lines.push(...code.replace(/\n$/, '').split('\n'));
      if (err) {
        this.printError(err instanceof Thrown ? err.value : err);
      } else if (!(this.ignoreUndefined && result === undefined)) {
        if (!this.underscoreAssigned) this.last = result;
        this.output.write(`${this.writer(result)}\n`);
      }
      then();
      this.drain();
    };
    // Ctrl-C while an await is pending abandons it (its result, if it ever
    // comes, is ignored).
    this.cancelEval = () => {
      if (called) return;
      called = true;
      this.busy = false;
      this.bufferedCommand = '';
      this.output.write('Uncaught:\n[Error [ERR_SCRIPT_EXECUTION_INTERRUPTED]: ' +
                        'Script execution was interrupted by `SIGINT`] {\n' +
                        "  code: 'ERR_SCRIPT_EXECUTION_INTERRUPTED'\n}\n");
      then();
      this.drain();
    };
    const file = `REPL${++evalCounter}`;
    try {
      this.eval(code, this.context, file, finish);
    } catch (err) {
      finish(thrown(err));
    }
  }

  printError(err) {
    if (!this.underscoreErrAssigned) this.lastError = err;
    let text;
    if (err instanceof Error || (err !== null && typeof err === 'object' && 'stack' in err)) {
      const stack = err.stack;
      const trimmed = trimStack(stack);
      const extraKeys = Object.keys(err).filter((k) => k !== 'stack');
      if (err.code === 'ERR_SCRIPT_EXECUTION_INTERRUPTED') {
        text = `Error: ${err.message}`;
      } else if (extraKeys.length === 0) {
        text = trimmed;
      } else {
        try {
          Object.defineProperty(err, 'stack', { value: trimmed, configurable: true, writable: true });
          text = inspect(err, { colors: this.useColors });
        } finally {
          Object.defineProperty(err, 'stack', { value: stack, configurable: true, writable: true });
        }
      }
      if (err.name === 'SyntaxError') {
        const arrow = getArrowMessage(err);
        if (arrow) {
          // "REPL1:1\nsource\n   ^\n": the source and caret, as node shows them.
          text = `${arrow.split('\n').slice(1).join('\n').replace(/\n*$/, '')}\n\nUncaught ${text}`;
          this.output.write(`${text}\n`);
          return;
        }
      }
    } else {
      text = inspect(err, { colors: this.useColors });
    }
    this.output.write(`Uncaught ${text}\n`);
  }

  onSigint() {
    if (this.busy && this.cancelEval) {
      this.cancelEval();
      return;
    }
    const empty = this.line.length === 0;
    this.clearLine();
    if (this.editorMode) {
      this.editorMode = false;
      this.clearBufferedCommand();
      this.displayPrompt();
      return;
    }
    if (!this.bufferedCommand && empty) {
      if (this.sawSIGINT) {
        this.dropPending = true;
        this.close();
        this.sawSIGINT = false;
        return;
      }
      this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      this.sawSIGINT = true;
    } else {
      this.sawSIGINT = false;
    }
    this.clearBufferedCommand();
    this.displayPrompt();
  }

  // Editor mode: Ctrl-D evaluates everything typed, Ctrl-C abandons it.
  _ttyWrite(d, key) {
    key = key || {};
    if (this.editorMode && key.ctrl && key.name === 'd' && !key.meta) {
      this.editorMode = false;
      this._writeToOutput('\n');
      if (this.line) {
        this.bufferedCommand += this.line;
        this.line = '';
        this.cursor = 0;
      }
      const code = this.bufferedCommand;
      this.bufferedCommand = '';
      if (code.trim() === '') {
        this.displayPrompt();
        return;
      }
      this.evaluate(code.endsWith('\n') ? code : `${code}\n`, () => this.displayPrompt());
      return;
    }
    if (this.busy && !(key.ctrl && key.name === 'c')) {
      // Typing ahead while an await is pending: keep the keys for later.
      this.pending.push(() => super._ttyWrite(d, key));
      return;
    }
    if (this.search !== null && this.searchKey(d, key)) return;
    if (key.ctrl && key.name === 'r' && !key.meta && !this.editorMode) {
      this.search = {
        query: '', index: -1, line: this.line, cursor: this.cursor, prompt: this.getPrompt(),
      };
      this.showSearch();
      return;
    }
    super._ttyWrite(d, key);
  }

  // Reverse history search (Ctrl-R): the prompt becomes
  // "(reverse-i-search)`query': " and the line the newest entry containing
  // the query. Ctrl-R again looks further back; Enter runs the match; Ctrl-C,
  // Ctrl-G or Escape restore the line; any other key keeps the match and
  // acts on it. Returns true when the key was the search's.
  searchKey(d, key) {
    const search = this.search;
    if (key.ctrl && key.name === 'r') {
      this.findInHistory(search.index + 1);
      return true;
    }
    if ((key.ctrl && (key.name === 'c' || key.name === 'g')) || key.name === 'escape') {
      this.search = null;
      this.setPrompt(search.prompt);
      this.line = search.line;
      this.cursor = search.cursor;
      this._refreshLine();
      return true;
    }
    if (key.name === 'backspace' && !key.ctrl && !key.meta) {
      search.query = search.query.slice(0, -1);
      this.findInHistory(0);
      return true;
    }
    if (typeof d === 'string' && d.length > 0 && !key.ctrl && !key.meta &&
        key.name !== 'return' && key.name !== 'enter' && key.name !== 'tab') {
      search.query += d;
      this.findInHistory(Math.max(search.index, 0));
      return true;
    }
    // Anything else: leave the search with the match as the line.
    this.search = null;
    this.setPrompt(search.prompt);
    this.cursor = Math.min(this.cursor, this.line.length);
    this._refreshLine();
    return false;
  }

  findInHistory(from) {
    const search = this.search;
    for (let i = from; i < this.history.length; i++) {
      const at = this.history[i].indexOf(search.query);
      if (at !== -1) {
        search.index = i;
        this.line = this.history[i];
        this.cursor = at;
        break;
      }
    }
    this.showSearch();
  }

  showSearch() {
    this.setPrompt(`(reverse-i-search)\`${this.search.query}': `);
    this._refreshLine();
  }

  // The eval a REPLServer uses unless given its own.
  static defaultEval(code, context, file, cb) {
    return defaultEval.call(this, code, context, file, cb);
  }
}

function compiles(code, file) {
  try {
    checkSyntax(code, file);
    return true;
  } catch {
    return false;
  }
}

function defaultEval(code, context, file, cb) {
  let source = code;
  // "{ a: 1 }" (and "{ a: await f() }") is an object at the prompt, not a block.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code)) {
    const wrapped = `(${code.trim()})\n`;
    if (compiles(wrapped, file) ||
        (hasAwait(wrapped) && compiles(rewrite(wrapped).code, file))) {
      source = wrapped;
    }
  }
  // An input with `await` in it is tried as top-level await first (as in
  // node, `await (f)()` is the operator there, not a call of a function
  // named await); if the rewrite does not compile, it runs as it is.
  let plainError = null;
  try {
    checkSyntax(source, file);
  } catch (err) {
    plainError = err;
  }
  if (plainError !== null && isRecoverable(plainError, source)) {
    return cb(new Recoverable(plainError));
  }
  if (hasAwait(source)) {
    const rewritten = rewrite(source);
    let compiles = true;
    try {
      checkSyntax(rewritten.code, file);
    } catch (err) {
      if (plainError !== null && isRecoverable(err, source)) return cb(new Recoverable(err));
      compiles = false;
    }
    if (compiles) {
      let promise;
      try {
        promise = runInterruptible(this, rewritten.code, file);
      } catch (runErr) {
        return cb(thrown(runErr));
      }
      for (const name of rewritten.names) this.lexicalNames?.add(name);
      promise.then((value) => cb(null, value), (reason) => cb(thrown(reason)));
      return;
    }
  }
  if (plainError !== null) return cb(plainError);
  let result;
  try {
    result = runInterruptible(this, source, file);
  } catch (err) {
    return cb(thrown(err));
  }
  try {
    for (const name of lexicalNames(source)) this.lexicalNames?.add(name);
  } catch {
    // completion only
  }
  cb(null, result);
}

// Ctrl-C must reach the process as SIGINT while code runs: the terminal
// leaves raw mode for the duration of the synchronous part.
function runInterruptible(server, code, file) {
  const interruptible = !!(server?.terminal || server?.breakEvalOnSigint);
  const input = server?.input;
  const leaveRaw = server?.terminal && typeof input?.setRawMode === 'function' && input.isRaw;
  if (leaveRaw) input.setRawMode(false);
  try {
    return runScript(code, file, interruptible);
  } finally {
    if (leaveRaw && !server.closed) input.setRawMode(true);
  }
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = { REPLServer, Recoverable, start, writer, isRecoverable };
