'use strict';
// readline's Interface: lines from any Readable, and — in terminal mode — a
// line editor over a keypress stream (emitKeypressEvents) that redraws the
// prompt and line with ANSI escapes. node:readline and node:readline/promises
// subclass it with their own question(); node:repl builds on it.
//
// Two input paths:
//   not a terminal: 'data' → _normalWrite: split on \r\n, \n or \r (a \r\n
//     split across chunks within crlfDelay ms is one ending) → _onLine
//   terminal: 'keypress' → _ttyWrite: edit this.line / this.cursor, redraw
//     with _refreshLine, Enter → _line → _onLine
// The underscore methods are public in node too (the REPL and user code
// override _writeToOutput, _ttyWrite...), so they keep node's names.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  validateAbortSignal, validateString, validateUint32,
} = require('internal/validators');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { getStringWidth, stripVTControlCharacters } = require('internal/util/inspect');
const { emitKeypressEvents } = require('internal/readline/keypress');
const {
  cursorTo, moveCursor, clearLine, clearScreenDown,
} = require('internal/readline/callbacks');

const kHistorySize = 30;
const kMaxCrlfDelay = 100;
const kLineEnding = /\r?\n|\r(?!\n)/g;
const kIteratorHighWater = 1024;

const kQuestionCallback = Symbol('questionCallback');
const kOldPrompt = Symbol('oldPrompt');
const kDecoder = Symbol('decoder');
const kLineBuffer = Symbol('lineBuffer');
const kSawReturnAt = Symbol('sawReturnAt');
const kPrevRows = Symbol('prevRows');
const kHistorySearch = Symbol('historySearch');
const kIterator = Symbol('iterator');
const kListeners = Symbol('listeners');
const kQuestion = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');

// Word moves as node's: right over a run of spaces, punctuation or word
// characters plus the spaces after it; left over spaces and then one run of
// punctuation or word characters.
function wordLeft(line, cursor) {
  const before = line.slice(0, cursor);
  const m = /(?:[^\w\s]+|\w+)?\s*$/.exec(before);
  return cursor - m[0].length;
}

function wordRight(line, cursor) {
  const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(line.slice(cursor));
  return cursor + (m ? m[0].length : 0);
}

// Width of the character (code point) starting at `i`, in UTF-16 units.
function charLengthAt(str, i) {
  if (i >= str.length) return 1;
  return str.codePointAt(i) > 0xffff ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) > 0xffff) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  let prefix = strings[0];
  for (const s of strings) {
    let n = 0;
    while (n < prefix.length && n < s.length && prefix[n] === s[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix;
}

// The constructor's work, on an object that is already an EventEmitter: a
// function so that node:readline's Interface can also be called without
// `new` (and with .call from an old-style subclass), as node's can.
function initInterface(self, input, output, completer, terminal) {
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout;
  if (input?.input) {
    // An options object.
    const opts = input;
    output = opts.output;
    completer = opts.completer;
    terminal = opts.terminal;
    history = opts.history;
    historySize = opts.historySize;
    signal = opts.signal;
    if (opts.tabSize !== undefined) {
      validateUint32(opts.tabSize, 'tabSize', true);
      tabSize = opts.tabSize;
    }
    removeHistoryDuplicates = opts.removeHistoryDuplicates;
    if (opts.prompt !== undefined) prompt = opts.prompt;
    crlfDelay = opts.crlfDelay;
    escapeCodeTimeout = opts.escapeCodeTimeout;
    if (escapeCodeTimeout !== undefined &&
        (typeof escapeCodeTimeout !== 'number' || !(escapeCodeTimeout > 0) ||
         Number.isNaN(escapeCodeTimeout))) {
      throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', escapeCodeTimeout);
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    input = opts.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) {
    history = [];
  } else if (!Array.isArray(history)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('history', 'Array', history);
  }
  if (historySize === undefined) historySize = kHistorySize;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
    throw new ERR_OUT_OF_RANGE('historySize', '>= 0', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  self.line = '';
  if (terminal) self.cursor = 0;
  self.history = history;
  self.historySize = historySize;
  self.historyIndex = -1;
  self.removeHistoryDuplicates = !!removeHistoryDuplicates;
  self.crlfDelay = crlfDelay ? Math.max(kMaxCrlfDelay, crlfDelay) : kMaxCrlfDelay;
  self.completer = completer;
  self.tabSize = tabSize;
  self.escapeCodeTimeout = escapeCodeTimeout ?? 500;
  self.terminal = !!terminal;
  self.input = input;
  self.output = output;
  self._prompt = prompt;
  self[kQuestionCallback] = null;
  self[kOldPrompt] = undefined;
  self[kLineBuffer] = null;
  self[kSawReturnAt] = 0;
  self[kPrevRows] = 0;
  self[kHistorySearch] = null;
  self[kIterator] = null;

  const onerror = (err) => self.emit('error', err);
  const ondata = (data) => self._normalWrite(data);
  const onend = () => {
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      self.emit('line', self[kLineBuffer]);
    }
    self.close();
  };
  const onkeypress = (s, key) => {
    self._ttyWrite(s, key);
  };
  const onresize = () => self._refreshLine();
  self[kListeners] = { onerror, ondata, onend, onkeypress, onresize };

  input.on('error', onerror);
  if (!self.terminal) {
    self[kDecoder] = new StringDecoder('utf8');
    input.on('data', ondata);
    input.on('end', onend);
  } else {
    emitKeypressEvents(input, self);
    input.on('keypress', onkeypress);
    input.on('end', onend);
    self._setRawMode(true);
    if (output !== null && output !== undefined) output.on('resize', onresize);
  }

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  // The input may have been paused by a previous interface.
  input.resume();
}

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    initInterface(this, input, output, completer, terminal);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this._prompt = prompt;
  }

  getPrompt() {
    return this._prompt;
  }

  _setRawMode(mode) {
    const wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasInRawMode;
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      this._refreshLine();
    } else {
      this._writeToOutput(this._prompt);
    }
  }

  // The shared part of both question() forms.
  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this._prompt;
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  _onLine(line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  _writeToOutput(stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dupIndex = this.history.indexOf(this.line);
        if (dupIndex !== -1) this.history.splice(dupIndex, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    const line = this.line;
    this.emit('history', this.history);
    return line;
  }

  _refreshLine() {
    if (this.closed) return;
    const line = this._prompt + this.line;
    const dispPos = this._getDisplayPos(line);
    const cursorPos = this.getCursorPos();
    const prevRows = this[kPrevRows] || 0;
    if (prevRows > 0) moveCursor(this.output, 0, -prevRows);
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this._writeToOutput(line);
    // A line that exactly fills the last row: force the terminal to wrap.
    if (dispPos.cols === 0) this._writeToOutput(' ');
    cursorTo(this.output, cursorPos.cols);
    const diff = dispPos.rows - cursorPos.rows;
    if (diff > 0) moveCursor(this.output, 0, -diff);
    this[kPrevRows] = cursorPos.rows;
  }

  close() {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this._setRawMode(false);
    this.closed = true;
    const { onerror, ondata, onend, onkeypress, onresize } = this[kListeners];
    this.input.removeListener('error', onerror);
    this.input.removeListener('data', ondata);
    this.input.removeListener('end', onend);
    this.input.removeListener('keypress', onkeypress);
    if (this.output !== null && this.output !== undefined) {
      this.output.removeListener('resize', onresize);
    }
    this.emit('close');
  }

  pause() {
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.paused) this.resume();
    if (this.terminal) this._ttyWrite(d, key);
    else this._normalWrite(d);
  }

  _normalWrite(b) {
    if (b === undefined) return;
    let string = typeof b === 'string' ? b : this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (this[kLineBuffer] !== null) {
      string = this[kLineBuffer] + string;
      this[kLineBuffer] = null;
    }
    kLineEnding.lastIndex = 0;
    if (!kLineEnding.test(string)) {
      if (string) this[kLineBuffer] = string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;
    kLineEnding.lastIndex = 0;
    let start = 0;
    let m;
    while ((m = kLineEnding.exec(string)) !== null) {
      const line = string.slice(start, m.index);
      start = m.index + m[0].length;
      this._onLine(line);
      // A 'line' listener may have closed us; the rest is dropped as node does.
      if (this.closed) return;
    }
    const rest = string.slice(start);
    if (rest) this[kLineBuffer] = rest;
  }

  _insertString(c) {
    if (this.cursor < this.line.length) {
      const beg = this.line.slice(0, this.cursor);
      const end = this.line.slice(this.cursor);
      this.line = beg + c + end;
      this.cursor += c.length;
      this._refreshLine();
    } else {
      const oldPos = this.getCursorPos();
      this.line += c;
      this.cursor += c.length;
      const newPos = this.getCursorPos();
      if (oldPos.rows < newPos.rows) this._refreshLine();
      else this._writeToOutput(c);
    }
  }

  // Tab: complete with this.completer(line, cb?) → [completions, substring].
  // One match is inserted; several insert their common prefix, and a second
  // Tab in a row lists them.
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    const string = this.line.slice(0, this.cursor);
    const done = (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${require('util').inspect(err)}`);
        return;
      }
      this._onTabResult(value, lastKeypressWasTab);
    };
    try {
      if (this.completer.length === 2) {
        this.completer(string, done);
      } else {
        const r = this.completer(string);
        if (r && typeof r.then === 'function') r.then((v) => done(null, v), done);
        else done(null, r);
      }
    } catch (err) {
      done(err);
    }
  }

  _onTabResult(value, lastKeypressWasTab) {
    if (!Array.isArray(value)) return;
    const [completions, completeOn = ''] = value;
    if (!completions || completions.length === 0) return;
    const matches = completions.filter((c) => c !== '');
    if (matches.length === 1) {
      this._insertString(matches[0].slice(completeOn.length));
      return;
    }
    const prefix = commonPrefix(matches);
    if (prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    }
    if (!lastKeypressWasTab) return;
    this._listCompletions(completions);
  }

  _listCompletions(completions) {
    const width = Math.max(...completions.map((c) => getStringWidth(c))) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let out = '\r\n';
    let column = 0;
    let pad = 0;
    for (const c of completions) {
      // '' separates groups (the REPL's own names from the globals').
      if (c === '' || column === maxColumns) {
        out += '\r\n';
        column = 0;
        pad = 0;
        if (c === '') continue;
      }
      out += ' '.repeat(pad) + c;
      pad = width - getStringWidth(c);
      column++;
    }
    if (column !== 0) out += '\r\n\r\n';
    this._writeToOutput(out);
    this._refreshLine();
  }

  _wordLeft() {
    if (this.cursor > 0) {
      this._moveCursor(wordLeft(this.line, this.cursor) - this.cursor);
    }
  }

  _wordRight() {
    if (this.cursor < this.line.length) {
      this._moveCursor(wordRight(this.line, this.cursor) - this.cursor);
    }
  }

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  }

  _deleteRight() {
    if (this.cursor < this.line.length) {
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  }

  _deleteWordLeft() {
    if (this.cursor > 0) {
      const start = wordLeft(this.line, this.cursor);
      this.line = this.line.slice(0, start) + this.line.slice(this.cursor);
      this.cursor = start;
      this._refreshLine();
    }
  }

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      const end = wordRight(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(end);
      this._refreshLine();
    }
  }

  _deleteLineLeft() {
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._refreshLine();
  }

  _deleteLineRight() {
    this.line = this.line.slice(0, this.cursor);
    this._refreshLine();
  }

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this[kPrevRows] = 0;
  }

  _line() {
    const line = this._addHistory();
    this.clearLine();
    this._onLine(line);
  }

  // Up: the previous history entry that starts with what was typed before
  // the first Up (and differs from the current line); Down goes back.
  _historyPrev() {
    if (this.historyIndex >= this.history.length || this.history.length === 0) return;
    if (this.historyIndex === -1) this[kHistorySearch] = this.line.slice(0, this.cursor);
    const search = this[kHistorySearch] || '';
    let index = this.historyIndex + 1;
    while (index < this.history.length &&
           ((search && !this.history[index].startsWith(search)) ||
            this.line === this.history[index])) {
      index++;
    }
    // Past the oldest entry: back to what was typed.
    this.line = index === this.history.length ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _historyNext() {
    if (this.historyIndex < 0) return;
    const search = this[kHistorySearch] || '';
    let index = this.historyIndex - 1;
    while (index >= 0 &&
           ((search && !this.history[index].startsWith(search)) ||
            this.line === this.history[index])) {
      index--;
    }
    this.line = index === -1 ? search : this.history[index];
    this.historyIndex = index;
    this.cursor = this.line.length;
    this._refreshLine();
  }

  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    str = stripVTControlCharacters(str);
    for (const char of str) {
      if (char === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (char === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(char, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character never straddles the end of a row.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  }

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  }

  _moveCursor(dx) {
    if (dx === 0) return;
    const oldPos = this.getCursorPos();
    this.cursor = Math.max(0, Math.min(this.line.length, this.cursor + dx));
    const newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
      moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
      this._refreshLine();
    }
  }

  // One key in terminal mode.
  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key = key || {};
    this._previousKey = key;
    if (key.name !== 'up' && key.name !== 'down' &&
        !(key.ctrl && (key.name === 'p' || key.name === 'n'))) {
      this[kHistorySearch] = null;
    }

    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      switch (key.name) {
        case 'backspace': this._deleteLineLeft(); break;
        case 'delete': this._deleteLineRight(); break;
      }
    } else if (key.ctrl) {
      switch (key.name) {
        case 'c':
          if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
          else this.close();
          break;
        case 'h': this._deleteLeft(); break;
        case 'd':
          if (this.cursor === 0 && this.line.length === 0) this.close();
          else if (this.cursor < this.line.length) this._deleteRight();
          break;
        case 'u': this._deleteLineLeft(); break;
        case 'k': this._deleteLineRight(); break;
        case 'a': this._moveCursor(-Infinity); break;
        case 'e': this._moveCursor(+Infinity); break;
        case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'l':
          cursorTo(this.output, 0, 0);
          clearScreenDown(this.output);
          this._refreshLine();
          break;
        case 'n': this._historyNext(); break;
        case 'p': this._historyPrev(); break;
        case 'z':
          if (this.listenerCount('SIGTSTP') > 0) {
            this.emit('SIGTSTP');
          } else {
            process.once('SIGCONT', () => {
              if (!this.paused) {
                this.pause();
                this.emit('SIGCONT');
              }
              this._setRawMode(true);
              this._refreshLine();
            });
            this._setRawMode(false);
            process.kill(process.pid, 'SIGTSTP');
          }
          break;
        case 'w':
        case 'backspace':
          this._deleteWordLeft();
          break;
        case 'delete': this._deleteWordRight(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
      }
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete':
          this._deleteWordRight();
          break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'left': this._wordLeft(); break;
        case 'right': this._wordRight(); break;
      }
    } else {
      if (this[kSawReturnAt] && key.name !== 'enter') this[kSawReturnAt] = 0;
      switch (key.name) {
        case 'return':
          this[kSawReturnAt] = Date.now();
          this._line();
          break;
        case 'enter':
          // \r\n typed or pasted: the \n after a \r is not a second line.
          if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
            this._line();
          }
          this[kSawReturnAt] = 0;
          break;
        case 'backspace': this._deleteLeft(); break;
        case 'delete': this._deleteRight(); break;
        case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
        case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
        case 'home': this._moveCursor(-Infinity); break;
        case 'end': this._moveCursor(+Infinity); break;
        case 'up': this._historyPrev(); break;
        case 'down': this._historyNext(); break;
        case 'tab':
          if (typeof this.completer === 'function' && !key.shift) {
            this._tabComplete(previousKey?.name === 'tab');
            break;
          }
          // Without a completer a Tab is typed like any character.
        // fall through
        default:
          if (typeof s === 'string' && s) {
            // A pasted block arrives as one string: split it into lines.
            const lines = s.split(/\r\n|\n|\r/);
            for (let i = 0; i < lines.length; i++) {
              if (i > 0) this._line();
              if (lines[i]) this._insertString(lines[i]);
            }
          }
      }
    }
  }

  [Symbol.asyncIterator]() {
    if (this[kIterator] !== null) return this[kIterator];
    // Lines wait in `queue` until next() takes them; past the high-water
    // mark the input is paused, so a fast file and a slow loop keep memory
    // flat.
    const queue = [];
    const waiting = [];
    let finished = false;
    let failure = null;
    let pausedHere = false;
    const settle = () => {
      while (waiting.length > 0) {
        const { resolve, reject } = waiting.shift();
        if (failure !== null) {
          reject(failure);
          failure = null;
        } else {
          resolve({ value: undefined, done: true });
        }
      }
    };
    const onLine = (line) => {
      if (waiting.length > 0) {
        waiting.shift().resolve({ value: line, done: false });
        return;
      }
      queue.push(line);
      if (queue.length >= kIteratorHighWater && !this.paused) {
        pausedHere = true;
        this.pause();
      }
    };
    const onClose = () => {
      finished = true;
      cleanup();
      settle();
    };
    const onError = (err) => {
      failure = err;
      finished = true;
      cleanup();
      settle();
    };
    const cleanup = () => {
      this.removeListener('line', onLine);
      this.removeListener('close', onClose);
      this.removeListener('error', onError);
    };
    this.on('line', onLine);
    this.on('close', onClose);
    this.on('error', onError);
    const iterator = {
      next: () => {
        if (queue.length > 0) {
          const value = queue.shift();
          if (pausedHere && queue.length === 0 && !this.closed) {
            pausedHere = false;
            this.resume();
          }
          return Promise.resolve({ value, done: false });
        }
        if (failure !== null) {
          const err = failure;
          failure = null;
          return Promise.reject(err);
        }
        if (finished) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
      },
      return: () => {
        finished = true;
        queue.length = 0;
        cleanup();
        this.close();
        settle();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (err) => {
        iterator.return();
        return Promise.reject(err);
      },
      [Symbol.asyncIterator]() { return this; },
    };
    this[kIterator] = iterator;
    return iterator;
  }
}

// A question's options: { signal } aborts it.
function questionWithSignal(iface, query, options, cb, onAbort) {
  const signal = options?.signal;
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return onAbort(signal.reason);
    const abort = () => {
      iface[kQuestionCancel]();
      onAbort(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    const inner = cb;
    cb = (answer) => {
      signal.removeEventListener('abort', abort);
      inner(answer);
    };
  }
  iface[kQuestion](query, cb);
}

module.exports = {
  Interface,
  initInterface,
  kQuestion,
  kQuestionCancel,
  questionWithSignal,
  commonPrefix,
};
