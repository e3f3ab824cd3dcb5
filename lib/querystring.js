'use strict';

// The `querystring` module: node's own query-string flavour (not the WHATWG
// form encoding): '+' and %XX decoding with a lenient fallback, custom
// separators, maxKeys, and escape() that keeps A-Z a-z 0-9 - _ . ! ~ * ' ( ).

const { codes: { ERR_INVALID_URI } } = require('internal/errors');
const { percentDecode, hexTable } = require('internal/url');

// 1 = escaped by querystring.escape (everything but the unreserved marks).
const noEscape = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9\-_.!~*'()]/.test(ch)) noEscape[c] = 1;
}

// UTF-8 percent-encodes `str` except the unreserved characters; a lone
// surrogate is a URIError, as with encodeURIComponent.
function encodeStr(str) {
  const len = str.length;
  let out = '';
  let last = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscape[c] === 1) continue;
      out += str.slice(last, i) + hexTable[c];
      last = i + 1;
      continue;
    }
    let enc;
    if (c < 0x800) {
      enc = hexTable[0xC0 | (c >> 6)] + hexTable[0x80 | (c & 0x3F)];
    } else if (c < 0xD800 || c >= 0xE000) {
      enc = hexTable[0xE0 | (c >> 12)] + hexTable[0x80 | ((c >> 6) & 0x3F)] +
        hexTable[0x80 | (c & 0x3F)];
    } else {
      const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
      if (c > 0xDBFF || d < 0xDC00 || d > 0xDFFF) throw new ERR_INVALID_URI();
      c = 0x10000 + (((c & 0x3FF) << 10) | (d & 0x3FF));
      enc = hexTable[0xF0 | (c >> 18)] + hexTable[0x80 | ((c >> 12) & 0x3F)] +
        hexTable[0x80 | ((c >> 6) & 0x3F)] + hexTable[0x80 | (c & 0x3F)];
      out += str.slice(last, i) + enc;
      i++;
      last = i + 1;
      continue;
    }
    out += str.slice(last, i) + enc;
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeStr(str);
}

// The bytes of `s` with valid %XX escapes decoded (and '+' as a space when
// decodeSpaces); other characters are UTF-8 encoded.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  const len = s.length;
  for (let i = 0; i < len; i++) {
    let c = s.charCodeAt(i);
    if (c === 0x2B && decodeSpaces) {
      bytes.push(0x20);
    } else if (c === 0x25 && i + 2 < len) {
      const h = hexDigit(s.charCodeAt(i + 1));
      const l = hexDigit(s.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
      } else {
        bytes.push(c);
      }
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          c = 0x10000 + (((c & 0x3FF) << 10) | (d & 0x3FF));
          i++;
        }
      }
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      if (c < 0x800) {
        bytes.push(0xC0 | (c >> 6), 0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        bytes.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
      } else {
        bytes.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F),
                   0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F));
      }
    }
  }
  return bytes;
}

function hexDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  return Buffer.from(unescapeBytes(`${s}`, decodeSpaces));
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    // Lenient: keep what does not decode, replace bad UTF-8 with U+FFFD.
    return percentDecode(`${s}`, !!decodeSpaces);
  }
}

// The string form of a value for stringify(): primitives only.
function stringifyPrimitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return Number.isFinite(v) ? `${v}` : '';
    case 'bigint': return `${v}`;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) fields.push(ks + encode(stringifyPrimitive(v[j])));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepStr = sep ? String(sep) : '&';
  const eqStr = eq ? String(eq) : '=';
  const sepLen = sepStr.length;
  const eqLen = eqStr.length;

  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  // Counts down once per pair (empty ones too); a fractional limit never
  // reaches zero exactly and so does not limit (node does the same).
  let pairs = maxKeys > 0 ? maxKeys : Infinity;

  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  // A custom decoder sees '+' as '%20'.
  const plus = custom ? '%20' : ' ';

  const decodePart = (s) => {
    if (s.length === 0) return s;
    if (!custom) return s.includes('%') ? decode(s) : s;
    try {
      return decode(s);
    } catch {
      return module.exports.unescape(s, true);
    }
  };
  const add = (key, value) => {
    key = decodePart(key);
    value = decodePart(value);
    const existing = obj[key];
    if (existing === undefined) obj[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else obj[key] = [existing, value];
  };

  let key = '';
  let value = '';
  let inValue = false; // the key/value separator has been seen
  let lastPos = 0; // start of the text not yet added to key or value
  let sepIdx = 0;
  let eqIdx = 0;
  const len = qs.length;
  for (let i = 0; i < len; i++) {
    const c = qs.charCodeAt(i);
    // Characters matching (part of) the pair separator are never looked at
    // as key/value separator or '+'.
    if (c === sepStr.charCodeAt(sepIdx)) {
      if (++sepIdx === sepLen) {
        const end = i - sepLen + 1;
        if (!inValue) {
          if (lastPos < end) {
            key += qs.slice(lastPos, end);
          } else if (key.length === 0) {
            // An empty pair.
            if (--pairs === 0) return obj;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
          }
        } else if (lastPos < end) {
          value += qs.slice(lastPos, end);
        }
        add(key, value);
        if (--pairs === 0) return obj;
        key = value = '';
        inValue = false;
        lastPos = i + 1;
        sepIdx = eqIdx = 0;
      }
      continue;
    }
    sepIdx = 0;
    if (!inValue) {
      if (c === eqStr.charCodeAt(eqIdx)) {
        if (++eqIdx === eqLen) {
          const end = i - eqLen + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          lastPos = i + 1;
          inValue = true;
        }
        continue;
      }
      eqIdx = 0;
    }
    if (c === 0x2B) {
      if (inValue) value += qs.slice(lastPos, i) + plus;
      else key += qs.slice(lastPos, i) + plus;
      lastPos = i + 1;
    }
  }

  if (lastPos < len) {
    if (!inValue) key += qs.slice(lastPos);
    else value += qs.slice(lastPos);
  } else if (!inValue && key.length === 0) {
    return obj;
  }
  add(key, value);
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
