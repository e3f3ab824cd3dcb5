'use strict';

// The Console class (`new console.Console(...)`) and the machinery shared with
// the global console (internal/console/global.js).
//
// Every Console instance gets its own bound copy of each method (so
// `const { log } = console` works). Output goes through kWriteToConsole,
// which applies the group indentation and swallows stream errors unless
// `ignoreErrors` is false: console output must never crash the program.

const {
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const {
  formatWithOptions,
  getStringWidth,
  inspect,
} = require('internal/util/inspect');

const kMaxGroupIndentation = 1000;

const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');

// Shared, never mutated: the inspect options when no inspectOptions were given.
const kColorInspectOptions = Object.freeze({ colors: true });
const kNoColorInspectOptions = Object.freeze({});

// The `inspectOptions` passed to each Console, by instance.
const optionsMap = new WeakMap();

// Own properties a console defines for its state: hidden from Object.keys.
const consolePropAttributes = {
  __proto__: null,
  writable: true,
  enumerable: false,
  configurable: true,
};

// Binary-ish data from internalBinding, or a node stand-in when these files
// are tested under stock node (where internalBinding does not exist).
let typesBinding;
let utilBinding;
function lazyBindings() {
  if (typesBinding === undefined) {
    if (typeof internalBinding === 'function') {
      typesBinding = internalBinding('types');
      utilBinding = internalBinding('util');
    } else {
      typesBinding = require('util').types;
      utilBinding = {
        // Consumes the iterator: acceptable for tests under node only.
        previewEntries(it, isIterator) {
          const tag = Object.prototype.toString.call(it);
          const entriesLike = /\[(Map|Set) Entries\]/.test(require('util').inspect(it));
          const flat = [];
          for (const v of it) {
            if (entriesLike && tag === '[object Map Iterator]') flat.push(v[0], v[1]);
            else flat.push(v);
          }
          return isIterator ? [flat, entriesLike && tag === '[object Map Iterator]'] : flat;
        },
      };
    }
  }
}

function noop() {}

function isStackOverflowError(err) {
  return err instanceof RangeError && err.message === 'Maximum call stack size exceeded';
}

// colorMode 'auto': colour when the stream is a colour-capable TTY, or when
// FORCE_COLOR asks for it (same levels as tty.WriteStream#getColorDepth).
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === '1' || force === 'true' || force === '2' || force === '3';
  }
  if (!stream?.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  return true;
}

// The callback given to stream.write(): errors from asynchronous writes (a
// closed pipe, say) get a no-op 'error' listener so they don't crash the
// process.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined && !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  // Callable without `new`, as in node.
  if (!new.target) return Reflect.construct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }

  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);

  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }

  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Bind every public method to this instance, keeping its plain name.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { __proto__: null, value: key });
  }

  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

// `console instanceof Console` holds for the global console too, which is a
// plain object, not built by this constructor.
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

// Internal methods, non-enumerable so the binding loop above skips them.
Object.defineProperties(Console.prototype, {
  [kBindStreamsEager]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(stdout, stderr) {
      Object.defineProperties(this, {
        '_stdout': { __proto__: null, ...consolePropAttributes, value: stdout },
        '_stderr': { __proto__: null, ...consolePropAttributes, value: stderr },
      });
    },
  },

  // For the global console: process.stdout/stderr are looked up on first
  // write, because the console exists before stdio is set up.
  [kBindStreamsLazy]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(object) {
      let stdout;
      let stderr;
      Object.defineProperties(this, {
        '_stdout': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            return stdout ??= object.stdout;
          },
          set(value) {
            stdout = value;
          },
        },
        '_stderr': {
          __proto__: null,
          enumerable: false,
          configurable: true,
          get() {
            return stderr ??= object.stderr;
          },
          set(value) {
            stderr = value;
          },
        },
      });
    },
  },

  [kBindProperties]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(ignoreErrors, colorMode, groupIndentation = 2) {
      Object.defineProperties(this, {
        '_stdoutErrorHandler': {
          __proto__: null,
          ...consolePropAttributes,
          value: createWriteErrorHandler(this, kUseStdout),
        },
        '_stderrErrorHandler': {
          __proto__: null,
          ...consolePropAttributes,
          value: createWriteErrorHandler(this, kUseStderr),
        },
        '_ignoreErrors': { __proto__: null, ...consolePropAttributes, value: Boolean(ignoreErrors) },
        '_times': { __proto__: null, ...consolePropAttributes, value: new Map() },
        [kCounts]: { __proto__: null, ...consolePropAttributes, value: new Map() },
        [kColorMode]: { __proto__: null, ...consolePropAttributes, value: colorMode },
        [kIsConsole]: { __proto__: null, ...consolePropAttributes, value: true },
        [kGroupIndent]: { __proto__: null, ...consolePropAttributes, value: '' },
        [kGroupIndentationWidth]: {
          __proto__: null,
          ...consolePropAttributes,
          value: groupIndentation,
        },
        [Symbol.toStringTag]: {
          __proto__: null,
          writable: false,
          enumerable: false,
          configurable: true,
          value: 'console',
        },
      });
    },
  },

  [kWriteToConsole]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(streamSymbol, string) {
      const useStdout = streamSymbol === kUseStdout;
      const stream = useStdout ? this._stdout : this._stderr;

      const groupIndent = this[kGroupIndent];
      if (groupIndent.length !== 0) {
        if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
        string = groupIndent + string;
      }
      string += '\n';

      if (this._ignoreErrors === false) return stream.write(string);

      // Errors can be synchronous (files, TTYs) or asynchronous (pipes): a
      // temporary no-op 'error' listener covers the first kind, the write
      // callback the second.
      const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
      const isEmitter = typeof stream.listenerCount === 'function' &&
                        typeof stream.once === 'function';
      let addedNoop = false;
      try {
        if (isEmitter && stream.listenerCount('error') === 0) {
          stream.once('error', noop);
          addedNoop = true;
        }
        stream.write(string, errorHandler);
      } catch (e) {
        // Swallowing a stack overflow would hide a real bug in the caller.
        if (isStackOverflowError(e)) throw e;
      } finally {
        if (addedNoop) stream.removeListener('error', noop);
      }
      return undefined;
    },
  },

  [kGetInspectOptions]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(stream) {
      let color = this[kColorMode];
      if (color === 'auto') color = shouldColorize(stream);
      const options = optionsMap.get(this);
      if (options) {
        if (options.colors === undefined) options.colors = color;
        return options;
      }
      return color ? kColorInspectOptions : kNoColorInspectOptions;
    },
  },

  [kFormatForStdout]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
    },
  },

  [kFormatForStderr]: {
    __proto__: null,
    ...consolePropAttributes,
    value: function(args) {
      return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
    },
  },
});

// ---------------------------------------------------------------------------
// Timers (console.time and friends)

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;

  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }

  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${head}:${pad(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Prints "label: <elapsed>" (plus data); false when there is no such timer.
function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const [sec, nsec] = process.hrtime(start);
  const formatted = formatTime(sec * 1000 + nsec / 1e6);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// ---------------------------------------------------------------------------
// console.table

const kIndexHeader = '(index)';
const kIterationHeader = '(iteration index)';
const kKeyHeader = 'Key';
const kValuesHeader = 'Values';

// Box-drawing table; cells are left-aligned and padded to the widest cell of
// their column (widths measured in terminal columns, so CJK counts double).
function renderTable(head, columns) {
  const widths = head.map((h) => getStringWidth(h));
  let rowCount = 0;
  for (const column of columns) rowCount = Math.max(rowCount, column.length);

  const rows = [];
  for (let r = 0; r < rowCount; r++) {
    const row = new Array(head.length);
    for (let c = 0; c < head.length; c++) {
      const column = columns[c];
      const cell = Object.prototype.hasOwnProperty.call(column, r) ? column[r] : '';
      row[c] = cell;
      widths[c] = Math.max(widths[c], getStringWidth(cell));
    }
    rows.push(row);
  }

  const renderRow = (cells) => {
    let line = '│ ';
    for (let c = 0; c < cells.length; c++) {
      if (c > 0) line += ' │ ';
      line += cells[c] + ' '.repeat(widths[c] - getStringWidth(cells[c]));
    }
    return `${line} │`;
  };
  const rule = (left, middle, right) =>
    left + widths.map((w) => '─'.repeat(w + 2)).join(middle) + right;

  let out = `${rule('┌', '┬', '┐')}\n${renderRow(head)}\n${rule('├', '┼', '┤')}\n`;
  for (const row of rows) out += `${renderRow(row)}\n`;
  return out + rule('└', '┴', '┘');
}

function table(tabularData, properties) {
  if (properties !== undefined) validateArray(properties, 'properties');

  if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);

  lazyBindings();
  const inspectOptions = this[kGetInspectOptions](this._stdout);
  // Cells are one-liners: objects with more than two keys collapse entirely.
  const formatCell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
                  Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptions });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => formatCell(i));
  const print = (head, columns) => this.log(renderTable(head, columns));

  // Maps and Map iterators: (iteration index) | Key | Values.
  let data = tabularData;
  const isMapIterator = typesBinding.isMapIterator(data);
  let isKeyValue = false;
  if (isMapIterator) {
    [data, isKeyValue] = utilBinding.previewEntries(data, true);
  }
  if (isKeyValue || typesBinding.isMap(data)) {
    const keys = [];
    const values = [];
    if (isMapIterator) {
      for (let i = 0; i < data.length; i += 2) {
        keys.push(formatCell(data[i]));
        values.push(formatCell(data[i + 1]));
      }
    } else {
      for (const [k, v] of data) {
        keys.push(formatCell(k));
        values.push(formatCell(v));
      }
    }
    return print([kIterationHeader, kKeyHeader, kValuesHeader],
                 [indexColumn(keys.length), keys, values]);
  }

  // Sets, Set iterators and Map key/value iterators: (iteration index) | Values.
  const isSetIterator = typesBinding.isSetIterator(data);
  if (isSetIterator) data = utilBinding.previewEntries(data);
  if (isSetIterator || isMapIterator || typesBinding.isSet(data)) {
    const values = [];
    for (const v of data) values.push(formatCell(v));
    return print([kIterationHeader, kValuesHeader], [indexColumn(values.length), values]);
  }

  // Anything else: one row per own enumerable key. Object rows spread into
  // one column per property (first-seen order); primitive rows go to Values.
  const rowKeys = Object.keys(data);
  // Null-prototype object, not a Map: integer-like property names then come
  // first, in numeric order, exactly as Object.keys orders them.
  const propertyColumns = { __proto__: null };
  const valuesColumn = [];
  let hasPrimitives = false;
  for (let i = 0; i < rowKeys.length; i++) {
    const item = data[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = formatCell(item);
      continue;
    }
    const keys = properties || Object.keys(item);
    for (const key of keys) {
      const column = propertyColumns[key] ??= [];
      column[i] = (primitive || !Object.prototype.hasOwnProperty.call(item, key)) ?
        '' : formatCell(item[key]);
    }
  }

  const head = [kIndexHeader];
  const columns = [rowKeys];
  for (const key of Object.keys(propertyColumns)) {
    head.push(key);
    columns.push(propertyColumns[key]);
  }
  if (hasPrimitives) {
    head.push(kValuesHeader);
    columns.push(valuesColumn);
  }
  return print(head, columns);
}

// ---------------------------------------------------------------------------
// The public methods. Their order is node's (it shows in Object.keys).

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    // A plain object gets a V8 stack ("Trace: message\n    at ...") that
    // starts at trace()'s caller.
    const err = {
      name: 'Trace',
      message: this[kFormatForStderr](args),
    };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      // The message stays the format string of the remaining arguments.
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clears the terminal; a no-op when stdout is not a TTY.
  clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H');
      this._stdout.write('\x1b[0J');
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    // As in node, the lookup uses the label as given (count() stringifies).
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table,
};

// Aliases share the function objects, as in node.
consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of Object.keys(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, {
    __proto__: null,
    value: consoleMethods[key],
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

module.exports = {
  Console,
  formatTime,
  kBindProperties,
  kBindStreamsLazy,
  kWriteToConsole,
};
