'use strict';

// Headers (https://fetch.spec.whatwg.org/#headers-class). The header list is
// a Map from the lower-cased name to { name, value, cookies }: `name` keeps
// the case of the first insertion (util.inspect shows it, as node does),
// `value` is the combined value ("a, b"), and set-cookie also keeps each
// value apart for getSetCookie() and iteration. Iteration is by sorted
// lower-cased name, recomputed only after a change.
//
// Errors are plain TypeErrors with undici's messages (node 20's fetch).

const { customInspectSymbol: kInspect } = require('internal/util');
const { defineIterable, requireArgs } = require('internal/fetch/util');

const kList = Symbol('kList');
const kGuard = Symbol('kGuard');
const kSorted = Symbol('kSorted');

// RFC 9110 token characters.
const kTokenRegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Leading/trailing HTTP whitespace is removed; NUL, CR and LF are refused.
const kWhitespaceRegExp = /^[\t\n\r ]+|[\t\n\r ]+$/g;
const kInvalidValueRegExp = /[\0\r\n]/;

let lazyInspect;

function isValidHeaderName(name) {
  return kTokenRegExp.test(name);
}

function isHTTPWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0A || code === 0x0D;
}

function normalizeValue(value) {
  if (value.length === 0 ||
      (!isHTTPWhitespace(value.charCodeAt(0)) &&
       !isHTTPWhitespace(value.charCodeAt(value.length - 1)))) {
    return value;
  }
  return value.replace(kWhitespaceRegExp, '');
}

function isValidHeaderValue(value) {
  return !kInvalidValueRegExp.test(value);
}

const kNonLatin1 = /[^\x00-\xFF]/;

function byteString(value) {
  const string = typeof value === 'string' ? value : `${value}`;
  const match = kNonLatin1.exec(string);
  if (match !== null) {
    throw new TypeError('Cannot convert argument to a ByteString because the character at ' +
                        `index ${match.index} has a value of ${match[0].charCodeAt(0)} which is ` +
                        'greater than 255.');
  }
  return string;
}

function checkName(name, context) {
  if (!isValidHeaderName(name)) {
    throw new TypeError(`${context}: "${name}" is an invalid header name.`);
  }
}

function checkValue(value, context) {
  if (!isValidHeaderValue(value)) {
    throw new TypeError(`${context}: "${value}" is an invalid header value.`);
  }
}

function checkMutable(headers) {
  if (headers[kGuard] === 'immutable') throw new TypeError('immutable');
}

function isHeaders(value) {
  return value != null && typeof value === 'object' && value[kList] !== undefined;
}

function checkThis(self) {
  if (!isHeaders(self)) throw new TypeError('Illegal invocation');
}

// --- the header list ------------------------------------------------------------
function listAppend(headers, name, value) {
  const list = headers[kList];
  const key = name.toLowerCase();
  const entry = list.get(key);
  if (entry === undefined) {
    list.set(key, { name, value, cookies: key === 'set-cookie' ? [value] : null });
  } else {
    entry.value = `${entry.value}, ${value}`;
    if (entry.cookies !== null) entry.cookies.push(value);
  }
  headers[kSorted] = null;
}

function listSet(headers, name, value) {
  const key = name.toLowerCase();
  const list = headers[kList];
  const entry = list.get(key);
  const cookies = key === 'set-cookie' ? [value] : null;
  if (entry === undefined) {
    list.set(key, { name, value, cookies });
  } else {
    entry.value = value;
    entry.cookies = cookies;
  }
  headers[kSorted] = null;
}

function listGet(headers, name) {
  return headers[kList].get(name.toLowerCase())?.value ?? null;
}

// The "sort and combine" list: [name, value] pairs by lower-cased name,
// one pair per set-cookie value.
function sortedList(headers) {
  if (headers[kSorted] !== null) return headers[kSorted];
  const keys = [...headers[kList].keys()].sort();
  const sorted = [];
  for (const key of keys) {
    const entry = headers[kList].get(key);
    if (entry.cookies !== null) {
      for (const cookie of entry.cookies) sorted.push([key, cookie]);
    } else {
      sorted.push([key, entry.value]);
    }
  }
  headers[kSorted] = sorted;
  return sorted;
}

// The list's [name, value] pairs in insertion order, each set-cookie value
// apart; `name` is the lower-cased key or (originalCase) the first spelling.
function listPairs(headers, originalCase) {
  const pairs = [];
  for (const [key, entry] of headers[kList]) {
    const name = originalCase ? entry.name : key;
    if (entry.cookies !== null) {
      for (const cookie of entry.cookies) pairs.push([name, cookie]);
    } else {
      pairs.push([name, entry.value]);
    }
  }
  return pairs;
}

// Headers.append and Headers.set: validate, then change the list.
function writeHeader(headers, name, value, context, change) {
  name = byteString(name);
  value = normalizeValue(byteString(value));
  checkName(name, context);
  checkValue(value, context);
  checkMutable(headers);
  change(headers, name, value);
}

function appendHeader(headers, name, value) {
  writeHeader(headers, name, value, 'Headers.append', listAppend);
}

function fillHeaders(headers, init) {
  if (init === undefined) return;
  if (isHeaders(init)) {
    for (const [name, value] of listPairs(init, true)) listAppend(headers, name, value);
    return;
  }
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      if (pair === null || typeof pair !== 'object' || typeof pair[Symbol.iterator] !== 'function') {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, found 0.');
      }
      const items = [...pair];
      if (items.length !== 2) {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            `found ${items.length}.`);
      }
      appendHeader(headers, items[0], items[1]);
    }
    return;
  }
  // A record: own enumerable string keys (an own symbol key is an error).
  if (Object.getOwnPropertySymbols(init).length > 0) {
    // (sic: undici's spelling)
    throw new TypeError('Headers contructor: init is a symbol, which cannot be converted to a DOMString.');
  }
  const keys = Object.keys(init);
  for (let i = 0; i < keys.length; i++) appendHeader(headers, keys[i], init[keys[i]]);
}

class Headers {
  constructor(init = undefined) {
    this[kList] = new Map();
    this[kGuard] = 'none';
    this[kSorted] = null;
    fillHeaders(this, init);
  }

  append(name, value) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'Headers.append');
    appendHeader(this, name, value);
  }

  delete(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.delete');
    name = byteString(name);
    checkName(name, 'Headers.delete');
    checkMutable(this);
    if (this[kList].delete(name.toLowerCase())) this[kSorted] = null;
  }

  get(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.get');
    name = byteString(name);
    checkName(name, 'Headers.get');
    return listGet(this, name);
  }

  has(name) {
    checkThis(this);
    requireArgs(arguments.length, 1, 'Headers.has');
    name = byteString(name);
    checkName(name, 'Headers.has');
    return this[kList].has(name.toLowerCase());
  }

  set(name, value) {
    checkThis(this);
    requireArgs(arguments.length, 2, 'Headers.set');
    writeHeader(this, name, value, 'Headers.set', listSet);
  }

  getSetCookie() {
    checkThis(this);
    const entry = this[kList].get('set-cookie');
    return entry === undefined ? [] : [...entry.cookies];
  }

  [kInspect](depth, options) {
    lazyInspect ??= require('internal/util/inspect').inspect;
    const object = {};
    for (const entry of this[kList].values()) object[entry.name] = entry.value;
    return `Headers ${lazyInspect(object, options)}`;
  }
}

defineIterable(Headers, 'Headers', sortedList, isHeaders,
               ['append', 'delete', 'get', 'has', 'set', 'getSetCookie']);

// --- internal interface -------------------------------------------------------------
// A Headers object with the given guard ('none', 'request', 'response',
// 'immutable'), filled from `init` (anything the constructor takes) or from
// a [[name, value], ...] list without validation (trusted: from the parser).
function createHeaders(guard, init = undefined, trustedList = undefined) {
  const headers = new Headers(init);
  if (trustedList !== undefined) {
    for (let i = 0; i < trustedList.length; i++) {
      listAppend(headers, `${trustedList[i][0]}`, `${trustedList[i][1]}`);
    }
  }
  headers[kGuard] = guard;
  return headers;
}

function setGuard(headers, guard) {
  headers[kGuard] = guard;
}

// The header list in insertion order as [[lower-cased name, value], ...];
// each set-cookie value is its own pair.
function headersList(headers) {
  return listPairs(headers, false);
}

module.exports = {
  Headers,
  createHeaders,
  headerGet: listGet,
  headerSet: listSet,
  headersList,
  isHeaders,
  isValidHeaderName,
  setGuard,
};
