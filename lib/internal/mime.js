'use strict';

// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the
// WHATWG MIME Sniffing standard says (https://mimesniff.spec.whatwg.org/),
// with node 20's errors (ERR_INVALID_MIME_SYNTAX naming the part and the
// index of the first bad character in it).

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

// HTTP token code points: !#$%&'*+-.^_`|~, digits and letters.
const tokenRe = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
// What a parameter value may hold: tab, space to ~, and U+0080 to U+00FF.
const valueRe = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const whitespace = '\t\n\r ';

function isWhitespace(c) {
  return whitespace.includes(c);
}

// -1 if `s` is a non-empty token, else the index of its first bad character
// (or -1 for an empty one, which the caller reports without an index).
function badTokenIndex(s) {
  const m = tokenRe.exec(s);
  return m === null ? -1 : m.index;
}

function checkToken(production, s) {
  const bad = badTokenIndex(s);
  if (s === '' || bad !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, s, bad);
}

function trimEnd(s) {
  let end = s.length;
  while (end > 0 && isWhitespace(s[end - 1])) end--;
  return s.slice(0, end);
}

// A quoted value: `"` has been read at `pos`; returns [value, next position]
// (backslash escapes one character; an unterminated quote runs to the end).
function readQuoted(input, pos) {
  let value = '';
  pos++;
  while (pos < input.length) {
    const c = input[pos];
    if (c === '"') {
      pos++;
      break;
    }
    if (c === '\\') {
      pos++;
      if (pos >= input.length) {
        value += '\\';
        break;
      }
    }
    value += input[pos];
    pos++;
  }
  return [value, pos];
}

// Parses the parameters after `pos` into `params` (a Map), skipping those the
// standard drops (bad names or values, repeated names).
function parseParameters(input, pos, params) {
  while (pos < input.length) {
    pos++;  // the ';'
    while (pos < input.length && isWhitespace(input[pos])) pos++;
    let nameEnd = pos;
    while (nameEnd < input.length && input[nameEnd] !== ';' && input[nameEnd] !== '=') nameEnd++;
    const name = input.slice(pos, nameEnd).toLowerCase();
    pos = nameEnd;
    if (pos < input.length && input[pos] === ';') continue;
    if (pos >= input.length) break;
    pos++;  // the '='
    let value;
    if (input[pos] === '"') {
      [value, pos] = readQuoted(input, pos);
      while (pos < input.length && input[pos] !== ';') pos++;
    } else {
      let valueEnd = pos;
      while (valueEnd < input.length && input[valueEnd] !== ';') valueEnd++;
      value = trimEnd(input.slice(pos, valueEnd));
      pos = valueEnd;
      if (value === '') continue;
    }
    if (name !== '' && badTokenIndex(name) === -1 && !valueRe.test(value) && !params.has(name)) {
      params.set(name, value);
    }
  }
}

function serializeValue(value) {
  if (value !== '' && badTokenIndex(value) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #map = new Map();

  delete(name) {
    this.#map.delete(name);
  }

  get(name) {
    const value = this.#map.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#map.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    checkToken('parameter name', name);
    const bad = valueRe.exec(value);
    if (bad !== null) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, bad.index);
    this.#map.set(name, value);
  }

  entries() {
    return this.#map.entries();
  }

  keys() {
    return this.#map.keys();
  }

  values() {
    return this.#map.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#map) {
      if (out !== '') out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // The parsed parameters go in without set()'s checks (parsing checked them).
  static fill(params, map) {
    params.#map = map;
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const fillParams = MIMEParams.fill;
delete MIMEParams.fill;

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(input) {
    input = `${input}`;
    let start = 0;
    let end = input.length;
    while (start < end && isWhitespace(input[start])) start++;
    while (end > start && isWhitespace(input[end - 1])) end--;
    input = input.slice(start, end);

    const slash = input.indexOf('/');
    const type = slash === -1 ? input : input.slice(0, slash);
    if (slash === -1 || type === '') {
      const bad = type === '' ? -1 : badTokenIndex(type);
      throw new ERR_INVALID_MIME_SYNTAX('type', input, bad);
    }
    const badType = badTokenIndex(type);
    if (badType !== -1) throw new ERR_INVALID_MIME_SYNTAX('type', input, badType);
    let semi = input.indexOf(';', slash + 1);
    if (semi === -1) semi = input.length;
    const subtype = trimEnd(input.slice(slash + 1, semi));
    if (subtype === '') throw new ERR_INVALID_MIME_SYNTAX('subtype', input, -1);
    const badSub = badTokenIndex(subtype);
    if (badSub !== -1) throw new ERR_INVALID_MIME_SYNTAX('subtype', input, badSub);

    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    const map = new Map();
    parseParameters(input, semi, map);
    this.#params = new MIMEParams();
    fillParams(this.#params, map);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    checkToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    checkToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEType, MIMEParams };
