'use strict';

// assert.AssertionError and the messages assert generates for failed
// comparisons, including node 20's line diff for (deep)strictEqual:
//
//   Expected values to be strictly deep-equal:
//   + actual - expected
//
//     {
//   +   a: 1
//   -   a: 2
//     }

const { validateObject } = require('internal/validators');
const { captureNodeStack, isErrorStackTraceLimitWritable } = require('internal/errors');

const hostIsNode = typeof internalBinding !== 'function';

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) {
    inspectModule = hostIsNode ? require('util') : require('internal/util/inspect');
  }
  return inspectModule.inspect;
}

// Colors for the diff; set per error when stderr is a color terminal.
let blue = '';
let green = '';
let red = '';
let white = '';

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notSameObject: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Values whose inspected forms together are at most this long are shown
// inline as `actual !== expected`.
const kMaxShortLength = 12;

// An Error-like copy without the stack, so diffs of two errors show their
// messages rather than two stack traces.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { __proto__: null, value: cause });
  }
  return target;
}

// The view of a value used in messages: everything expanded, keys sorted,
// getters evaluated, one property per line.
function inspectValue(val) {
  return lazyInspect()(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function removeColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// Lines shown before a diverging line: up to the last two identical lines,
// with '...' standing in for the skipped ones when there were more than five.
// Returns [text, printedLines, skipped].
function identicalContext(lines, i, identical) {
  if (identical <= 2) return ['', 0, false];
  let text = '';
  let printed = 0;
  let skipped = false;
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        text += `\n  ${lines[i - 3]}`;
        printed++;
      } else {
        text += `\n${blue}...${white}`;
        skipped = true;
      }
    }
    text += `\n  ${lines[i - 2]}`;
    printed++;
  }
  text += `\n  ${lines[i - 1]}`;
  printed++;
  return [text, printed, skipped];
}

// The diff for strictEqual/deepStrictEqual. A caller's `message` replaces
// the 'Expected values to be ...' header.
function createErrDiff(actual, expected, operator, message = '') {
  let other = '';
  let res = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  let i = 0;
  let indicator = '';

  // Two distinct objects (or functions) compared with strictEqual: say that
  // they are not the same reference.
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  // Two different one-liners.
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const colors = lazyInspect().defaultOptions?.colors;
    const actualRaw = colors ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      // Short primitives: `1 !== 2` (0 vs -0 uses the diff instead).
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${message || kReadableOperator[operator]}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // Point at the first differing character when both fit on a line.
      const maxLength = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Drop the identical lines at the end (keeping up to three for context).
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  // Everything matched: equal-looking values that are not the same, e.g.
  // deepStrictEqual({ a: Symbol() }, { a: Symbol() }) or two functions.
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = `${blue}...${white}`;
      lines.length = 47;
    }
    return `${kReadableOperator.notSameObject}\n\n${lines.join('\n')}\n`;
  }

  // At least five identical trailing lines: mark some as skipped.
  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  let printedLines = 0;
  let identical = 0;
  const msg = `${message || kReadableOperator[operator]}\n` +
    `${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // `lines` is the longer side; past the end of the shorter one its lines
  // are all additions (+) or removals (-).
  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      const [context, printed, wasSkipped] = identicalContext(lines, i, identical);
      res += context;
      printedLines += printed;
      if (wasSkipped) skipped = true;
      identical = 0;
      if (lines === actualLines) {
        res += `\n${plusMinus} ${lines[i]}`;
      } else {
        other += `\n${plusMinus} ${lines[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that only lacks the trailing comma of its counterpart (the
      // last entry vs. a middle one) is not a difference.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        const [context, printed, wasSkipped] = identicalContext(lines, i, identical);
        res += context;
        printedLines += printed;
        if (wasSkipped) skipped = true;
        identical = 0;
        // Collect the expected lines so a run shows as +++--- not +-+-+-.
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // Keep the message to about fifty lines.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

// Colors are re-evaluated for each generated message, and only when stderr
// is a terminal (otherwise the previous choice stays, as in node).
function setColors() {
  const { stderr } = process;
  if (!stderr || !stderr.isTTY) return;
  const depth = () => (typeof stderr.getColorDepth === 'function' ? stderr.getColorDepth() : 8);
  const hasColors = process.env.FORCE_COLOR !== undefined || typeof stderr.getColorDepth === 'function' ?
    depth() > 2 : true;
  blue = hasColors ? '\u001b[34m' : '';
  green = hasColors ? '\u001b[32m' : '';
  white = hasColors ? '\u001b[39m' : '';
  red = hasColors ? '\u001b[31m' : '';
}

// The message for a failed comparison when the caller gave none.
function generateMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    // Both sides are the same here, so show one of them.
    let base = kReadableOperator[operator];
    const res = inspectValue(actual).split('\n');
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length > 50) {
      res[46] = `${blue}...${white}`;
      res.length = 47;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      // e.g. '1 == 2'
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

// Long strings in `actual`/`expected` are shortened when the error itself is
// inspected (node keeps the tail past 512 characters; matched here).
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  if (string.length > 512) return `${string.slice(512)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      // Compatibility with older callers.
      stackStartFunction,
    } = options;
    let { actual, expected } = options;

    let text;
    if (message != null) {
      // strictEqual/deepStrictEqual still show the diff under the message.
      text = operator === 'deepStrictEqual' || operator === 'strictEqual' ?
        createErrDiff(actual, expected, operator, message) :
        String(message);
    } else {
      setColors();
      // Two errors: compare them without their stacks.
      if (typeof actual === 'object' && actual !== null &&
          typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error &&
          'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      text = generateMessage(actual, expected, operator);
    }

    // The stack is captured below, from the caller of the assert function.
    const limitWritable = isErrorStackTraceLimitWritable();
    let limit;
    if (limitWritable) {
      limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
    }
    super(text);
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      // CallTracker reports: one entry per function called the wrong number
      // of times.
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack starts at the caller of the assert function and its first
    // line reads 'AssertionError [ERR_ASSERTION]: message'.
    captureNodeStack(this, stackStartFn || stackStartFunction || new.target);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    // Show actual and expected briefly: the message already has the details.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = lazyInspect()(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = AssertionError;
