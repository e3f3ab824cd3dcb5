'use strict';
// Why JSON.parse rejected a text, in node 20's words.
//
// V8 10.2 (eddy's) words its JSON.parse errors "Unexpected token b in JSON at
// position 1"; node 20's V8 names the grammar rule that failed ("Expected
// property name or '}' in JSON at position 1") and quotes the text around a
// stray character. JSON.parse (internal/bootstrap/v8_compat) keeps V8's
// parser for the work and only comes here once it has thrown: this file
// re-scans the text to find the first error and its kind, and builds the
// message. The rules below were found by comparing with node 20 over a large
// random corpus of broken texts (test/js/globals/test-globals-json-parse.js).
//
// Loaded on the first parse error only.

const kWhole = 20;    // texts up to this length are quoted whole
const kContext = 10;  // else this many units each side of the stray one

// The texts V8 names instead of pointing at a character: what String() gives
// for the values people pass to JSON.parse by mistake.
const kSpecial = new Set(['undefined', 'NaN', 'Infinity', '[object Object]']);

// Error kinds; each one's message, `pos` filled in.
const kEnd = 0;
const kMessages = [
  () => 'Unexpected end of JSON input',
  (pos) => `Unexpected number in JSON at position ${pos}`,
  (pos) => `Unexpected string in JSON at position ${pos}`,
  (pos) => `Expected property name or '}' in JSON at position ${pos}`,
  (pos) => `Expected double-quoted property name in JSON at position ${pos}`,
  (pos) => `Expected ':' after property name in JSON at position ${pos}`,
  (pos) => `Expected ',' or '}' after property value in JSON at position ${pos}`,
  (pos) => `Expected ',' or ']' after array element in JSON at position ${pos}`,
  (pos) => `Unterminated string in JSON at position ${pos}`,
  (pos) => `Bad control character in string literal in JSON at position ${pos}`,
  (pos) => `Bad escaped character in JSON at position ${pos}`,
  (pos) => `Bad Unicode escape in JSON at position ${pos}`,
  (pos) => `No number after minus sign in JSON at position ${pos}`,
  (pos) => `Unterminated fractional number in JSON at position ${pos}`,
  (pos) => `Exponent part is missing a number in JSON at position ${pos}`,
  (pos) => `Unexpected non-whitespace character after JSON at position ${pos}`,
];
const kNumber = 1;
const kString = 2;
const kPropertyNameOrBrace = 3;
const kQuotedPropertyName = 4;
const kColon = 5;
const kCommaOrBrace = 6;
const kCommaOrBracket = 7;
const kUnterminatedString = 8;
const kControlCharacter = 9;
const kBadEscape = 10;
const kBadUnicodeEscape = 11;
const kMinus = 12;
const kFraction = 13;
const kExponent = 14;
const kTrailing = 15;
const kToken = -1;  // a stray character: the quoting form

// Where a scan stopped: kind and position (module state: scans don't nest).
let failKind;
let failPos;

function fail(kind, pos) {
  failKind = kind;
  failPos = pos;
  return -1;
}

const isDigit = (c) => c >= 0x30 && c <= 0x39;

// A character where no rule has a better word for it.
function unexpected(s, pos) {
  if (pos >= s.length) return fail(kEnd, pos);
  const c = s.charCodeAt(pos);
  if (c === 0x22) return fail(kString, pos);
  if (c === 0x2d || isDigit(c)) return fail(kNumber, pos);
  return fail(kToken, pos);
}

function skipSpace(s, i) {
  for (;;) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

// A string starting at the quote at i: the index after its closing quote.
function scanString(s, i) {
  const n = s.length;
  for (i++; ; i++) {
    if (i >= n) return fail(kUnterminatedString, n);
    const c = s.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return fail(kControlCharacter, i);
    if (c !== 0x5c) continue;
    i++;
    if (i >= n) return fail(kEnd, i);
    const e = s.charCodeAt(i);
    if (e === 0x75) {  // \uXXXX
      for (let k = 1; k <= 4; k++) {
        const h = s.charCodeAt(i + k);  // NaN past the end
        if (!(isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66))) {
          return fail(kBadUnicodeEscape, i + k);
        }
      }
      i += 4;
    } else if (e !== 0x22 && e !== 0x5c && e !== 0x2f && e !== 0x62 && e !== 0x66 &&
               e !== 0x6e && e !== 0x72 && e !== 0x74) {
      // V8 classifies escapes by a Latin-1 table; above it, a stray token.
      return e > 0xff ? unexpected(s, i) : fail(kBadEscape, i);
    }
  }
}

function scanNumber(s, i) {
  if (s.charCodeAt(i) === 0x2d) {
    i++;
    if (!isDigit(s.charCodeAt(i))) return fail(kMinus, i);
  }
  if (s.charCodeAt(i) === 0x30) {
    i++;
    if (isDigit(s.charCodeAt(i))) return unexpected(s, i);
  } else {
    while (isDigit(s.charCodeAt(i))) i++;
  }
  if (s.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(s.charCodeAt(i))) return fail(kFraction, i);
    while (isDigit(s.charCodeAt(i))) i++;
  }
  const e = s.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = s.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(s.charCodeAt(i))) return fail(kExponent, i);
    while (isDigit(s.charCodeAt(i))) i++;
  }
  return i;
}

function scanWord(s, i, word) {
  for (let k = 0; k < word.length; k++) {
    if (s.charCodeAt(i + k) !== word.charCodeAt(k)) return unexpected(s, i + k);
  }
  return i + word.length;
}

// An object key at i (after '{' or ','), its ':' and the space after it:
// the index where the value starts. A missing ':' is named as such only
// after an object's first key; after later keys V8 reports the character.
function scanKey(s, i, first) {
  if (s.charCodeAt(i) !== 0x22) return fail(first ? kPropertyNameOrBrace : kQuotedPropertyName, i);
  i = scanString(s, i);
  if (i < 0) return i;
  i = skipSpace(s, i);
  if (s.charCodeAt(i) !== 0x3a) return first ? fail(kColon, i) : unexpected(s, i);
  return skipSpace(s, i + 1);
}

const kArray = 0;
const kObject = 1;

// Scans the whole text; false if it is valid JSON (the error came from
// elsewhere), else true with failKind/failPos set. Iterative: the nesting
// depth is the text's, not the stack's.
function findError(s) {
  const stack = [];
  let i = skipSpace(s, 0);
  for (;;) {
    // A value at i.
    const c = s.charCodeAt(i);
    if (c === 0x22) {
      i = scanString(s, i);
    } else if (c === 0x2d || isDigit(c)) {
      i = scanNumber(s, i);
    } else if (c === 0x7b) {
      i = skipSpace(s, i + 1);
      if (s.charCodeAt(i) === 0x7d) {
        i++;  // '{}': a whole value
      } else {
        i = scanKey(s, i, true);
        if (i < 0) return true;
        stack.push(kObject);
        continue;
      }
    } else if (c === 0x5b) {
      i = skipSpace(s, i + 1);
      if (s.charCodeAt(i) === 0x5d) {
        i++;  // '[]'
      } else {
        stack.push(kArray);
        continue;
      }
    } else if (c === 0x74) {
      i = scanWord(s, i, 'true');
    } else if (c === 0x66) {
      i = scanWord(s, i, 'false');
    } else if (c === 0x6e) {
      i = scanWord(s, i, 'null');
    } else {
      unexpected(s, i);
      return true;
    }
    if (i < 0) return true;
    // After a value: close containers until one wants another value.
    for (;;) {
      i = skipSpace(s, i);
      if (stack.length === 0) {
        if (i < s.length) {
          fail(kTrailing, i);
          return true;
        }
        return false;
      }
      const d = s.charCodeAt(i);
      if (stack[stack.length - 1] === kArray) {
        if (d === 0x2c) {
          i = skipSpace(s, i + 1);
          break;
        }
        if (d !== 0x5d) {
          fail(kCommaOrBracket, i);
          return true;
        }
      } else {
        if (d === 0x2c) {
          i = scanKey(s, skipSpace(s, i + 1), false);
          if (i < 0) return true;
          break;
        }
        if (d !== 0x7d) {
          fail(kCommaOrBrace, i);
          return true;
        }
      }
      stack.pop();
      i++;
    }
  }
}

// node 20's message for JSON.parse(source), or undefined if source is valid
// JSON (so whatever was thrown did not come from the grammar).
function jsonParseErrorMessage(source) {
  if (!findError(source)) return undefined;
  if (failKind !== kToken) return kMessages[failKind](failPos);
  if (kSpecial.has(source)) return `"${source}" is not valid JSON`;
  const token = source[failPos];
  const n = source.length;
  if (n <= kWhole) return `Unexpected token '${token}', "${source}" is not valid JSON`;
  // The '...' marks are not quite symmetric: one before the quote as soon
  // as the window starts kContext units in (even at 0), one after only if
  // text is left out.
  const start = failPos - kContext;
  const end = failPos + kContext;
  return `Unexpected token '${token}', ${start >= 0 ? '...' : ''}` +
         `"${source.slice(Math.max(0, start), end)}"${end < n ? '...' : ''} is not valid JSON`;
}

module.exports = { jsonParseErrorMessage };
