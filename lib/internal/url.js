'use strict';

// The WHATWG URL standard in JavaScript: the basic URL parser (a state
// machine over UTF-16 code units; code points only matter when
// percent-encoding, which works on whole runs), the host parser (domains via
// internal/idna, IPv4 in all its legacy forms, IPv6, opaque hosts), the URL
// serializer, the `URL` and `URLSearchParams` classes, and the file-URL and
// http-options helpers of the `url` module.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const idna = require('internal/idna');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// ---------------------------------------------------------------------------
// Code point classes and percent-encoding

const hexTable = new Array(256);
for (let i = 0; i < 256; i++) {
  hexTable[i] = '%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase();
}

// Percent-encode sets as 128-entry tables (1 = encode); every code point
// above U+007E is in all of them.
function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  for (const ch of extra) set[ch.charCodeAt(0)] = 1;
  return set;
}
const C0_CONTROL_SET = new Uint8Array(128);
for (let i = 0; i < 0x20; i++) C0_CONTROL_SET[i] = 1;
C0_CONTROL_SET[0x7F] = 1;
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, '\'');
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_SET = makeSet(COMPONENT_SET, '!\'()~');

// Appends the UTF-8 bytes of code point `cp`, percent-encoded.
function encodeCodePoint(cp) {
  if (cp < 0x80) return hexTable[cp];
  if (cp < 0x800) return hexTable[0xC0 | (cp >> 6)] + hexTable[0x80 | (cp & 0x3F)];
  if (cp < 0x10000) {
    return hexTable[0xE0 | (cp >> 12)] + hexTable[0x80 | ((cp >> 6) & 0x3F)] +
      hexTable[0x80 | (cp & 0x3F)];
  }
  return hexTable[0xF0 | (cp >> 18)] + hexTable[0x80 | ((cp >> 12) & 0x3F)] +
    hexTable[0x80 | ((cp >> 6) & 0x3F)] + hexTable[0x80 | (cp & 0x3F)];
}

// UTF-8 percent-encodes every code point of `str` that is in `set` (lone
// surrogates become U+FFFD). `spaceAsPlus` is the form-urlencoded rule.
function percentEncode(str, set, spaceAsPlus = false) {
  let out = '';
  let last = 0;
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    let enc;
    if (c < 0x80) {
      if (set[c] === 0) continue;
      enc = spaceAsPlus && c === 0x20 ? '+' : hexTable[c];
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      const d = i + 1 < len ? str.charCodeAt(i + 1) : 0;
      if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
        enc = encodeCodePoint(((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000);
        out += str.slice(last, i) + enc;
        i++;
        last = i + 1;
        continue;
      }
      enc = encodeCodePoint(0xFFFD);
    } else {
      enc = encodeCodePoint(c);
    }
    out += str.slice(last, i) + enc;
    last = i + 1;
  }
  if (last === 0) return str;
  return out + str.slice(last);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Decodes UTF-8 bytes, replacing each maximal invalid subpart with U+FFFD.
function utf8Decode(bytes) {
  let out = '';
  const len = bytes.length;
  let i = 0;
  const cps = [];
  const flush = () => {
    out += String.fromCodePoint(...cps);
    cps.length = 0;
  };
  while (i < len) {
    const b = bytes[i];
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xBF;
    if (b < 0x80) {
      cps.push(b);
      i++;
    } else {
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1; cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2; cp = b & 0x0F;
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3; cp = b & 0x07;
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
      } else {
        cps.push(0xFFFD);
        i++;
        need = -1;
      }
      if (need > 0) {
        let j = i + 1;
        let ok = true;
        for (let k = 0; k < need; k++, j++) {
          const n = j < len ? bytes[j] : -1;
          if (n < lower || n > upper) {
            ok = false;
            break;
          }
          lower = 0x80;
          upper = 0xBF;
          cp = (cp << 6) | (n & 0x3F);
        }
        cps.push(ok ? cp : 0xFFFD);
        i = j;
      }
    }
    if (cps.length >= 4096) flush();
  }
  flush();
  return out;
}

// Percent-decodes `str` (UTF-8 encoding what is not a %XX escape), then
// decodes the bytes as UTF-8. With `plus`, '+' means a space.
function percentDecode(str, plus = false) {
  if (plus && str.includes('+')) str = str.replace(/\+/g, ' ');
  if (!str.includes('%')) return str;
  const bytes = [];
  const len = str.length;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < len) {
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
      bytes.push(c);
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      let cp = c;
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          cp = ((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000;
          i++;
        }
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
      if (cp < 0x800) {
        bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
      } else {
        bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F),
                   0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
      }
    }
  }
  return utf8Decode(bytes);
}

const loneSurrogateRe = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toUSVString(value) {
  const str = `${value}`;
  loneSurrogateRe.lastIndex = 0;
  if (!loneSurrogateRe.test(str)) return str;
  return str.replace(loneSurrogateRe, '\uFFFD');
}

// ---------------------------------------------------------------------------
// Schemes

const specialSchemes = {
  __proto__: null,
  'ftp': 21,
  'file': null,
  'http': 80,
  'https': 443,
  'ws': 80,
  'wss': 443,
};

function isSpecialScheme(scheme) {
  return scheme in specialSchemes;
}

function defaultPort(scheme) {
  const port = specialSchemes[scheme];
  return port === undefined ? null : port;
}

function isAsciiAlpha(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}
function isAsciiDigit(c) {
  return c >= 0x30 && c <= 0x39;
}
function isAsciiHexDigit(c) {
  return hexValue(c) >= 0;
}

// "c:" or "c|" (a Windows drive letter); normalized only allows ':'.
function isWindowsDriveLetter(s, normalizedOnly = false) {
  if (s.length !== 2 || !isAsciiAlpha(s.charCodeAt(0))) return false;
  const c = s.charCodeAt(1);
  return c === 0x3A || (!normalizedOnly && c === 0x7C);
}

// Whether input[pointer...] starts with a Windows drive letter followed by
// the end or one of / \ ? #.
function startsWithWindowsDriveLetter(input, pointer) {
  if (input.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(input.slice(pointer, pointer + 2))) return false;
  if (input.length - pointer === 2) return true;
  const c = input.charCodeAt(pointer + 2);
  return c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}
function isDoubleDot(s) {
  switch (s.length) {
    case 2: return s === '..';
    case 4: {
      const l = s.toLowerCase();
      return l === '.%2e' || l === '%2e.';
    }
    case 6: return s.toLowerCase() === '%2e%2e';
    default: return false;
  }
}

// ---------------------------------------------------------------------------
// Hosts

const forbiddenHostRe = /[\0\t\n\r #/:<>?@[\\\]^|]/;
const forbiddenDomainRe = /[\0-\x20#%/:<>?@[\\\]^|\x7F]/;

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) {
    s = s.slice(2);
    radix = 16;
  } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1);
    radix = 8;
  }
  if (s === '') return 0;
  const re = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!re.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInANumber(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

// Returns the serialized IPv4 address or null.
function parseIPv4(s) {
  const parts = s.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  const last = numbers[numbers.length - 1];
  if (last >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = last;
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

// Returns the eight 16-bit pieces or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const len = input.length;
  const at = (i) => (i < len ? input.charCodeAt(i) : -1);
  if (at(0) === 0x3A) {
    if (at(1) !== 0x3A) return null;
    pointer = 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (at(pointer) !== -1) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === 0x3A) {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isAsciiHexDigit(at(pointer))) {
      value = value * 16 + hexValue(at(pointer));
      pointer++;
      length++;
    }
    if (at(pointer) === 0x2E) {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (at(pointer) !== -1) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 0x2E && numbersSeen < 4) pointer++;
          else return null;
        }
        if (!isAsciiDigit(at(pointer))) return null;
        while (isAsciiDigit(at(pointer))) {
          const number = at(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === 0x3A) {
      pointer++;
      if (at(pointer) === -1) return null;
    } else if (at(pointer) !== -1) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let compress = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLen) {
      bestLen = j - i;
      compress = i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === compress) {
      out += i === 0 ? '::' : ':';
      i += bestLen - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// The host parser: the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.charCodeAt(0) === 0x5B) {
    if (input.charCodeAt(input.length - 1) !== 0x5D) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (isOpaque) {
    if (forbiddenHostRe.test(input)) return null;
    return percentEncode(input, C0_CONTROL_SET);
  }
  const domain = percentDecode(input);
  const asciiDomain = idna.domainToASCII(domain);
  if (asciiDomain === null) return null;
  if (forbiddenDomainRe.test(asciiDomain)) return null;
  if (endsInANumber(asciiDomain)) return parseIPv4(asciiDomain);
  return asciiDomain;
}

// ---------------------------------------------------------------------------
// URL records and the basic URL parser

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    this.path = []; // a string when the URL has an opaque path
    this.query = null;
    this.fragment = null;
  }

  get hasOpaquePath() {
    return typeof this.path === 'string';
  }

  get special() {
    return isSpecialScheme(this.scheme);
  }

  get includesCredentials() {
    return this.username !== '' || this.password !== '';
  }

  get cannotHaveUsernamePasswordPort() {
    return this.host === null || this.host === '' || this.scheme === 'file';
  }

  shortenPath() {
    const path = this.path;
    if (this.scheme === 'file' && path.length === 1 &&
        isWindowsDriveLetter(path[0], true)) {
      return;
    }
    path.pop();
  }
}

// States.
const SCHEME_START = 1;
const SCHEME = 2;
const NO_SCHEME = 3;
const SPECIAL_RELATIVE_OR_AUTHORITY = 4;
const PATH_OR_AUTHORITY = 5;
const RELATIVE = 6;
const RELATIVE_SLASH = 7;
const SPECIAL_AUTHORITY_SLASHES = 8;
const SPECIAL_AUTHORITY_IGNORE_SLASHES = 9;
const AUTHORITY = 10;
const HOST = 11;
const HOSTNAME = 12;
const PORT = 13;
const FILE = 14;
const FILE_SLASH = 15;
const FILE_HOST = 16;
const PATH_START = 17;
const PATH = 18;
const OPAQUE_PATH = 19;
const QUERY = 20;
const FRAGMENT = 21;

const EOF = -1;
const leadingTrailingC0Re = /^[\0-\x20]+|[\0-\x20]+$/g;
const tabNewlineRe = /[\t\n\r]/g;

// Most URLs are plain: a special scheme, maybe a user name and password of
// characters that need no encoding, an ASCII host name or canonical IPv4
// address, maybe a port, and a path/query/fragment with no character to
// encode. Those are recognised with one regular expression and turned into
// a record directly (scheme and host lower-cased, '.' and '..' segments
// resolved, as the parser would); everything else (and anything this path
// is unsure of) goes through the state machine, which gives the same
// result, only slower.
const simpleURLRe =
  /^([A-Za-z]{2,5}):\/\/(?:([!$-.0-9A-Z_a-z~]*)(?::([!$-.0-9A-Z_a-z~]*))?@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?)(?::([0-9]{1,5}))?(\/[!$-;=@-\[\]-_a-z|~]*)?(?:\?([!$-&(-;=?-~]*))?(?:#([!#-;=?-_a-~]*))?$/;
const simpleSchemes = { __proto__: null, http: true, https: true, ws: true, wss: true, ftp: true };
const upperCaseRe = /[A-Z]/;
const numericLabelRe = /^(?:0x[0-9a-f]*|[0-9]+)$/;
const canonicalIPv4Re = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
const dotSegmentRe = /\/(?:\.|%2e)/i;

// '/a/b' -> ['a', 'b'] (split() costs ~200 ns even for one segment).
function pathSegments(path) {
  const segments = [];
  let start = 1;
  for (;;) {
    const slash = path.indexOf('/', start);
    if (slash === -1) {
      segments.push(path.slice(start));
      return segments;
    }
    segments.push(path.slice(start, slash));
    start = slash + 1;
  }
}

// The path state's handling of '.' and '..' segments (also written with
// %2e) for a special, non-file URL: dropped, or dropping the one before; a
// last one leaves an empty segment (the path ends in '/').
function resolveDotSegments(segments) {
  const out = [];
  const last = segments.length - 1;
  for (let i = 0; i <= last; i++) {
    const segment = segments[i];
    if (isDoubleDot(segment)) {
      out.pop();
      if (i === last) out.push('');
    } else if (isSingleDot(segment)) {
      if (i === last) out.push('');
    } else {
      out.push(segment);
    }
  }
  return out;
}

// The same shape, but with path, query and fragment characters that the
// parser percent-encodes (spaces, quotes, non-ASCII...): tried when the
// plain form does not match. C0 controls, DEL and '\' still go to the
// state machine, and so does a trailing space (the parser trims it).
const encodedURLRe =
  /^([A-Za-z]{2,5}):\/\/(?:([!$-.0-9A-Z_a-z~]*)(?::([!$-.0-9A-Z_a-z~]*))?@)?([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.?)(?::([0-9]{1,5}))?(\/[^\0-\x1f\x7f#?\\]*)?(?:\?([^\0-\x1f\x7f#]*))?(?:#([^\0-\x1f\x7f]*))?$/;

function simpleParse(input) {
  let m = simpleURLRe.exec(input);
  let encode = false;
  if (m === null) {
    m = encodedURLRe.exec(input);
    if (m === null || input.charCodeAt(input.length - 1) === 0x20) return null;
    encode = true;
  }
  let scheme = m[1];
  if (upperCaseRe.test(scheme)) scheme = scheme.toLowerCase();
  if (simpleSchemes[scheme] !== true) return null;
  let host = m[4];
  if (upperCaseRe.test(host)) host = host.toLowerCase();
  if (host.includes('xn--')) return null;
  // A host whose last label is a number is an IPv4 address: only the
  // canonical dotted quad is taken as it is.
  const trailingDot = host.endsWith('.');
  const bare = trailingDot ? host.slice(0, -1) : host;
  const last = bare.slice(bare.lastIndexOf('.') + 1);
  if (numericLabelRe.test(last) && (trailingDot || !canonicalIPv4Re.test(host))) return null;
  let path = m[6];
  let query = m[7];
  let fragment = m[8];
  if (encode) {
    if (path !== undefined) path = percentEncode(path, PATH_SET);
    if (query !== undefined) query = percentEncode(query, SPECIAL_QUERY_SET);
    if (fragment !== undefined) fragment = percentEncode(fragment, FRAGMENT_SET);
  }
  let port = null;
  if (m[5] !== undefined) {
    port = Number(m[5]);
    if (port > 65535) return null;
    if (port === specialSchemes[scheme]) port = null;
  }
  const url = new URLRecord();
  url.scheme = scheme;
  if (m[2] !== undefined) url.username = m[2];
  if (m[3] !== undefined) url.password = m[3];
  url.host = host;
  url.port = port;
  if (path === undefined) url.path = [''];
  else if (dotSegmentRe.test(path)) url.path = resolveDotSegments(pathSegments(path));
  else url.path = pathSegments(path);
  url.query = query === undefined ? null : query;
  url.fragment = fragment === undefined ? null : fragment;
  return url;
}

// The basic URL parser. Without `url`, returns a new record or null on
// failure. With `url` and `stateOverride`, changes `url` in place and
// returns false on failure (true otherwise).
function basicParse(input, base, url, stateOverride) {
  if (url === undefined) {
    const simple = simpleParse(input);
    if (simple !== null) return simple;
    url = new URLRecord();
    input = input.replace(leadingTrailingC0Re, '');
  }
  input = input.replace(tabNewlineRe, '');

  let state = stateOverride || SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  const len = input.length;
  const failure = stateOverride ? false : null;

  for (let pointer = 0; ; pointer++) {
    const c = pointer < len ? input.charCodeAt(pointer) : EOF;
    switch (state) {
      case SCHEME_START:
        if (isAsciiAlpha(c)) {
          buffer += String.fromCharCode(c | 0x20);
          state = SCHEME;
        } else if (!stateOverride) {
          state = NO_SCHEME;
          pointer--;
        } else {
          return failure;
        }
        break;

      case SCHEME:
        if (isAsciiAlpha(c) || isAsciiDigit(c) || c === 0x2B || c === 0x2D || c === 0x2E) {
          buffer += String.fromCharCode(c >= 0x41 && c <= 0x5A ? c | 0x20 : c);
        } else if (c === 0x3A) {
          if (stateOverride) {
            if (url.special !== isSpecialScheme(buffer)) return true;
            if ((url.includesCredentials || url.port !== null) && buffer === 'file') return true;
            if (url.scheme === 'file' && url.host === '') return true;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return true;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = FILE;
          } else if (url.special && base != null && base.scheme === url.scheme) {
            state = SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (url.special) {
            state = SPECIAL_AUTHORITY_SLASHES;
          } else if (input.charCodeAt(pointer + 1) === 0x2F) {
            state = PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = NO_SCHEME;
          pointer = -1;
        } else {
          return failure;
        }
        break;

      case NO_SCHEME:
        if (base == null || (base.hasOpaquePath && c !== 0x23)) return failure;
        if (base.hasOpaquePath && c === 0x23) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = RELATIVE;
          pointer--;
        } else {
          state = FILE;
          pointer--;
        }
        break;

      case SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = RELATIVE;
          pointer--;
        }
        break;

      case PATH_OR_AUTHORITY:
        if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case RELATIVE:
        url.scheme = base.scheme;
        if (c === 0x2F) {
          state = RELATIVE_SLASH;
        } else if (url.special && c === 0x5C) {
          state = RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            url.shortenPath();
            state = PATH;
            pointer--;
          }
        }
        break;

      case RELATIVE_SLASH:
        if (url.special && (c === 0x2F || c === 0x5C)) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 0x2F) {
          state = AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = PATH;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_SLASHES:
        if (c === 0x2F && input.charCodeAt(pointer + 1) === 0x2F) {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 0x2F && c !== 0x5C) {
          state = AUTHORITY;
          pointer--;
        }
        break;

      case AUTHORITY:
        if (c === 0x40) {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          const colon = passwordTokenSeen ? -1 : buffer.indexOf(':');
          if (colon === -1) {
            if (passwordTokenSeen) url.password += percentEncode(buffer, USERINFO_SET);
            else url.username += percentEncode(buffer, USERINFO_SET);
          } else {
            passwordTokenSeen = true;
            url.username += percentEncode(buffer.slice(0, colon), USERINFO_SET);
            url.password += percentEncode(buffer.slice(colon + 1), USERINFO_SET);
          }
          buffer = '';
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C)) {
          if (atSignSeen && buffer === '') return failure;
          pointer -= buffer.length + 1;
          buffer = '';
          state = HOST;
        } else {
          buffer += input[pointer];
        }
        break;

      case HOST:
      case HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = FILE_HOST;
        } else if (c === 0x3A && !insideBrackets) {
          if (buffer === '') return failure;
          if (stateOverride === HOSTNAME) return failure;
          const host = parseHost(buffer, !url.special);
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = PORT;
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C)) {
          pointer--;
          if (url.special && buffer === '') return failure;
          if (stateOverride && buffer === '' &&
              (url.includesCredentials || url.port !== null)) {
            return failure;
          }
          const host = parseHost(buffer, !url.special);
          if (host === null) return failure;
          url.host = host;
          buffer = '';
          state = PATH_START;
          if (stateOverride) return true;
        } else {
          if (c === 0x5B) insideBrackets = true;
          if (c === 0x5D) insideBrackets = false;
          buffer += input[pointer];
        }
        break;

      case PORT:
        if (isAsciiDigit(c)) {
          buffer += input[pointer];
        } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                   (url.special && c === 0x5C) || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return failure;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return true;
          state = PATH_START;
          pointer--;
        } else {
          return failure;
        }
        break;

      case FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 0x2F || c === 0x5C) {
          state = FILE_SLASH;
        } else if (base != null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(input, pointer)) url.shortenPath();
            else url.path = [];
            state = PATH;
            pointer--;
          }
        } else {
          state = PATH;
          pointer--;
        }
        break;

      case FILE_SLASH:
        if (c === 0x2F || c === 0x5C) {
          state = FILE_HOST;
        } else {
          if (base != null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(input, pointer) &&
                base.path.length > 0 && isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = PATH;
          pointer--;
        }
        break;

      case FILE_HOST:
        if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F || c === 0x23) {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            // The drive letter stays in the buffer for the path state.
            state = PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return true;
            state = PATH_START;
          } else {
            let host = parseHost(buffer, !url.special);
            if (host === null) return failure;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return true;
            buffer = '';
            state = PATH_START;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case PATH_START:
        if (url.special) {
          state = PATH;
          if (c !== 0x2F && c !== 0x5C) pointer--;
        } else if (!stateOverride && c === 0x3F) {
          url.query = '';
          state = QUERY;
        } else if (!stateOverride && c === 0x23) {
          url.fragment = '';
          state = FRAGMENT;
        } else if (c !== EOF) {
          state = PATH;
          if (c !== 0x2F) pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case PATH:
        if (c === EOF || c === 0x2F || (url.special && c === 0x5C) ||
            (!stateOverride && (c === 0x3F || c === 0x23))) {
          const slash = c === 0x2F || (url.special && c === 0x5C);
          let segment = percentEncode(buffer, PATH_SET);
          if (isDoubleDot(segment)) {
            url.shortenPath();
            if (!slash) url.path.push('');
          } else if (isSingleDot(segment)) {
            if (!slash) url.path.push('');
          } else {
            if (url.scheme === 'file' && url.path.length === 0 &&
                isWindowsDriveLetter(segment)) {
              segment = segment[0] + ':';
            }
            url.path.push(segment);
          }
          buffer = '';
          if (c === 0x3F) {
            url.query = '';
            state = QUERY;
          } else if (c === 0x23) {
            url.fragment = '';
            state = FRAGMENT;
          }
        } else {
          buffer += input[pointer];
        }
        break;

      case OPAQUE_PATH: {
        // The whole run up to '?' or '#' at once.
        let end = pointer;
        while (end < len) {
          const d = input.charCodeAt(end);
          if (d === 0x3F || d === 0x23) break;
          end++;
        }
        url.path += percentEncode(input.slice(pointer, end), C0_CONTROL_SET);
        pointer = end;
        if (end < len) {
          if (input.charCodeAt(end) === 0x3F) {
            url.query = '';
            state = QUERY;
          } else {
            url.fragment = '';
            state = FRAGMENT;
          }
        }
        break;
      }

      case QUERY: {
        let end = pointer;
        if (stateOverride) {
          end = len;
        } else {
          while (end < len && input.charCodeAt(end) !== 0x23) end++;
        }
        url.query += percentEncode(input.slice(pointer, end),
                                   url.special ? SPECIAL_QUERY_SET : QUERY_SET);
        pointer = end;
        if (end < len) {
          url.fragment = '';
          state = FRAGMENT;
        }
        break;
      }

      case FRAGMENT:
        url.fragment += percentEncode(input.slice(pointer), FRAGMENT_SET);
        pointer = len;
        break;
    }
    if (pointer >= len) {
      // EOF has been processed by states that look at it; the loop runs
      // once more with c === EOF unless we just did.
      if (c === EOF) break;
    }
  }
  return stateOverride ? true : url;
}

function serializePath(url) {
  if (url.hasOpaquePath) return url.path;
  let out = '';
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (url.includesCredentials) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  } else if (!url.hasOpaquePath && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      const inner = basicParse(serializePath(url));
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp':
    case 'http':
    case 'https':
    case 'ws':
    case 'wss':
      return url.scheme + '://' + url.host + (url.port !== null ? ':' + url.port : '');
    default:
      return 'null';
  }
}

// Strips trailing spaces from an opaque path once the URL has neither query
// nor fragment (they are only allowed there before '?' or '#').
function stripTrailingSpacesFromOpaquePath(url) {
  if (!url.hasOpaquePath || url.fragment !== null || url.query !== null) return;
  url.path = url.path.replace(/ +$/, '');
}

// ---------------------------------------------------------------------------
// application/x-www-form-urlencoded

// One pass over the string (no split() array): name/value pairs between
// '&'s, the first '=' in each splitting them.
function parseUrlencoded(input) {
  const list = [];
  const len = input.length;
  // Most inputs have nothing to decode: then no piece is looked at again.
  const decode = input.includes('%') || input.includes('+');
  let start = 0;
  let eq = -2;  // the next '=' at or after start, -1 if none is left
  while (start < len) {
    let amp = input.indexOf('&', start);
    if (amp === -1) amp = len;
    if (amp > start) {
      if (eq !== -1 && eq < start) eq = input.indexOf('=', start);
      let name;
      let value;
      if (eq === -1 || eq >= amp) {
        name = input.slice(start, amp);
        value = '';
      } else {
        name = input.slice(start, eq);
        value = input.slice(eq + 1, amp);
      }
      if (decode) list.push(percentDecode(name, true), percentDecode(value, true));
      else list.push(name, value);
    }
    start = amp + 1;
  }
  return list;
}

function serializeUrlencoded(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += percentEncode(list[i], FORM_SET, true) + '=' +
      percentEncode(list[i + 1], FORM_SET, true);
  }
  return out;
}

// ---------------------------------------------------------------------------
// URLSearchParams

// Filled in by the classes' static blocks (private state across classes).
let getParamsList;
let setParamsList;
let attachParams;
let getURLRecord;
let updateParamsFromURL;

function isIterableObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

class URLSearchParams {
  #list = [];
  #url = null;

  static {
    getParamsList = (params) => params.#list;
    setParamsList = (params, list) => {
      params.#list = list;
    };
    attachParams = (params, url) => {
      params.#url = url;
    };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        const list = [];
        for (const pair of init) {
          if (!isIterableObject(pair) || typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [];
          for (const item of pair) items.push(toUSVString(item));
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          list.push(items[0], items[1]);
        }
        this.#list = list;
      } else {
        const list = [];
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          // A later key that converts to the same USV string replaces the
          // earlier value in place.
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          let found = false;
          for (let i = 0; i < list.length; i += 2) {
            if (list[i] === name) {
              list[i + 1] = value;
              found = true;
              break;
            }
          }
          if (!found) list.push(name, value);
        }
        this.#list = list;
      }
      return;
    }
    let str = toUSVString(init);
    if (str.charCodeAt(0) === 0x3F) str = str.slice(1);
    this.#list = parseUrlencoded(str);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#list in self)) {
      throw new ERR_INVALID_THIS('URLSearchParams');
    }
  }

  #update() {
    const url = this.#url;
    if (url === null) return;
    const record = getURLRecord(url);
    const serialized = serializeUrlencoded(this.#list);
    record.query = serialized === '' ? null : serialized;
    if (record.query === null) stripTrailingSpacesFromOpaquePath(record);
  }

  get size() {
    URLSearchParams.#check(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#update();
  }

  get(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    URLSearchParams.#check(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    URLSearchParams.#check(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#update();
  }

  sort() {
    URLSearchParams.#check(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    // Array.prototype.sort is stable; names compare by UTF-16 code units.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    this.#update();
  }

  entries() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    URLSearchParams.#check(this);
    validateFunction(callback, 'callback');
    const list = this.#list;
    // The list may change while we iterate: read it afresh each time.
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 'key');
  }

  values() {
    URLSearchParams.#check(this);
    return createParamsIterator(this, 'value');
  }

  toString() {
    URLSearchParams.#check(this);
    return serializeUrlencoded(this.#list);
  }

  [customInspectSymbol](recurseTimes, ctx) {
    URLSearchParams.#check(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const { inspect } = lazyInspect();
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) {
      output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    }
    const name = this.constructor.name;
    return formatEntries(name, output, ctx.breakLength);
  }
}

const colorRe = /\u001b\[\d\d?m/g;
// `Name { a, b }`, or one entry a line when they do not fit breakLength.
function formatEntries(name, output, breakLength) {
  if (output.length === 0) return `${name} {}`;
  let length = -2;
  for (const entry of output) length += entry.replace(colorRe, '').length + 2;
  if (length > breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  return `${name} { ${output.join(', ')} }`;
}

Object.defineProperties(URLSearchParams.prototype, {
  [Symbol.iterator]: {
    configurable: true,
    writable: true,
    value: URLSearchParams.prototype.entries,
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams' },
});
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort',
  'entries', 'forEach', 'keys', 'values', 'toString']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, key, desc);
}

// URLSearchParams iterators: they see changes made to the list while they
// run (the index is into the live list).
const kTarget = Symbol('kTarget');
const kKind = Symbol('kKind');
const kIndex = Symbol('kIndex');
const ArrayIteratorPrototype = Object.getPrototypeOf([][Symbol.iterator]());
const IteratorPrototype = Object.getPrototypeOf(ArrayIteratorPrototype);

const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype);
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    configurable: true,
    enumerable: true,
    writable: true,
    value: function next() {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      const list = getParamsList(this[kTarget]);
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 2;
      const kind = this[kKind];
      const value = kind === 'key' ? list[index] :
        kind === 'value' ? list[index + 1] : [list[index], list[index + 1]];
      return { value, done: false };
    },
  },
  [customInspectSymbol]: {
    configurable: true,
    writable: true,
    value: function(recurseTimes, ctx) {
      if (this === null || typeof this !== 'object' || !(kTarget in this)) {
        throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      }
      if (typeof recurseTimes === 'number' && recurseTimes < 0) {
        return ctx.stylize('[Object]', 'special');
      }
      const { inspect } = lazyInspect();
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = getParamsList(this[kTarget]);
      const kind = this[kKind];
      const output = [];
      for (let i = this[kIndex]; i < list.length; i += 2) {
        const value = kind === 'key' ? list[i] :
          kind === 'value' ? list[i + 1] : [list[i], list[i + 1]];
        output.push(inspect(value, innerOpts));
      }
      return formatEntries('URLSearchParams Iterator', output, ctx.breakLength);
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
});

function createParamsIterator(target, kind) {
  const it = Object.create(URLSearchParamsIteratorPrototype);
  Object.defineProperty(it, kTarget, { value: target });
  Object.defineProperty(it, kKind, { value: kind });
  Object.defineProperty(it, kIndex, { value: 0, writable: true });
  return it;
}

// ---------------------------------------------------------------------------
// URL

const blobURLs = new Map();

function receiverError() {
  return new TypeError('Receiver must be an instance of class URL');
}

let isURLInstance;

class URL {
  #context;
  #searchParams = null;

  static {
    isURLInstance = (value) => value !== null && typeof value === 'object' && #context in value;
    getURLRecord = (url) => url.#context;
    updateParamsFromURL = (url) => {
      if (url.#searchParams !== null) {
        const query = url.#context.query;
        setParamsList(url.#searchParams, query ? parseUrlencoded(query) : []);
      }
    };
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = basicParse(base);
      if (baseRecord === null) throw new ERR_INVALID_URL(input, base);
    }
    const record = basicParse(input, baseRecord);
    if (record === null) throw new ERR_INVALID_URL(input, base);
    this.#context = record;
  }

  static #ctx(self) {
    if (!isURLInstance(self)) throw receiverError();
    return self.#context;
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    let baseRecord;
    if (base !== undefined) {
      baseRecord = basicParse(toUSVString(base));
      if (baseRecord === null) return false;
    }
    return basicParse(url, baseRecord) !== null;
  }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    if (!URL.canParse(url, base)) return null;
    return new URL(url, base);
  }

  static createObjectURL(obj) {
    const BlobClass = globalThis.Blob;
    if (typeof BlobClass !== 'function' || !(obj instanceof BlobClass)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const id = randomUUID();
    blobURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = `${url}`;
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    const { pathname } = parsed;
    if (parsed.protocol !== 'blob:' || !pathname.startsWith('nodedata:')) return;
    blobURLs.delete(pathname.slice(9));
  }

  toString() {
    return serializeURL(URL.#ctx(this));
  }

  get href() {
    return serializeURL(URL.#ctx(this));
  }

  set href(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    const record = basicParse(value);
    if (record === null) throw new ERR_INVALID_URL(value);
    Object.assign(ctx, record);
    updateParamsFromURL(this);
  }

  get origin() {
    return serializeOrigin(URL.#ctx(this));
  }

  get protocol() {
    return URL.#ctx(this).scheme + ':';
  }

  set protocol(value) {
    const ctx = URL.#ctx(this);
    basicParse(toUSVString(value) + ':', null, ctx, SCHEME_START);
  }

  get username() {
    return URL.#ctx(this).username;
  }

  set username(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.cannotHaveUsernamePasswordPort) return;
    ctx.username = percentEncode(value, USERINFO_SET);
  }

  get password() {
    return URL.#ctx(this).password;
  }

  set password(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.cannotHaveUsernamePasswordPort) return;
    ctx.password = percentEncode(value, USERINFO_SET);
  }

  get host() {
    const ctx = URL.#ctx(this);
    // An empty host hides the port (node 20).
    if (ctx.host === null || ctx.host === '') return '';
    if (ctx.port === null) return ctx.host;
    return ctx.host + ':' + ctx.port;
  }

  set host(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.hasOpaquePath) return;
    setHost(ctx, value, HOST);
  }

  get hostname() {
    const ctx = URL.#ctx(this);
    return ctx.host === null ? '' : ctx.host;
  }

  set hostname(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.hasOpaquePath) return;
    setHost(ctx, value, HOSTNAME);
  }

  get port() {
    const ctx = URL.#ctx(this);
    return ctx.port === null ? '' : String(ctx.port);
  }

  set port(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.cannotHaveUsernamePasswordPort) return;
    if (value === '') {
      ctx.port = null;
      return;
    }
    const copy = copyRecord(ctx);
    if (basicParse(value, null, copy, PORT)) ctx.port = copy.port;
  }

  get pathname() {
    return serializePath(URL.#ctx(this));
  }

  set pathname(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (ctx.hasOpaquePath) return;
    const copy = copyRecord(ctx);
    copy.path = [];
    if (basicParse(value, null, copy, PATH_START)) ctx.path = copy.path;
  }

  get search() {
    const query = URL.#ctx(this).query;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (value === '') {
      ctx.query = null;
      stripTrailingSpacesFromOpaquePath(ctx);
    } else {
      if (value.charCodeAt(0) === 0x3F) value = value.slice(1);
      ctx.query = '';
      basicParse(value, null, ctx, QUERY);
    }
    updateParamsFromURL(this);
  }

  get searchParams() {
    URL.#ctx(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#context.query || '');
      attachParams(params, this);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const fragment = URL.#ctx(this).fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    const ctx = URL.#ctx(this);
    value = toUSVString(value);
    if (value === '') {
      ctx.fragment = null;
      stripTrailingSpacesFromOpaquePath(ctx);
      return;
    }
    if (value.charCodeAt(0) === 0x23) value = value.slice(1);
    ctx.fragment = '';
    basicParse(value, null, ctx, FRAGMENT);
  }

  toJSON() {
    return serializeURL(URL.#ctx(this));
  }

  [customInspectSymbol](depth, opts) {
    URL.#ctx(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = lazyInspect();
    const constructor = getConstructorOf(this) || URL;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (opts.showHidden) obj[Symbol('context')] = this.#context;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}

function getConstructorOf(obj) {
  while (obj) {
    const desc = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (desc !== undefined && typeof desc.value === 'function' && desc.value.name !== '') {
      return desc.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

function copyRecord(record) {
  const copy = new URLRecord();
  Object.assign(copy, record);
  if (!record.hasOpaquePath) copy.path = record.path.slice();
  return copy;
}

// host / hostname setters: applied to a copy so a failure changes nothing.
function setHost(ctx, value, state) {
  if (!ctx.special) {
    setNonSpecialHost(ctx, value, state);
    return;
  }
  const copy = copyRecord(ctx);
  if (basicParse(value, null, copy, state)) {
    ctx.host = copy.host;
    ctx.port = copy.port;
  }
}

// Non-special URLs follow node 20 (ada) rather than the letter of the
// standard: the port after a colon is applied first (when the URL can have
// one), an empty host is accepted, and a URL without a host keeps none when
// given an empty one.
function setNonSpecialHost(ctx, value, state) {
  value = value.replace(tabNewlineRe, '');
  let end = 0;
  let inBrackets = false;
  for (; end < value.length; end++) {
    const c = value.charCodeAt(end);
    if (c === 0x5B) inBrackets = true;
    else if (c === 0x5D) inBrackets = false;
    else if (c === 0x2F || c === 0x3F || c === 0x23 || (c === 0x3A && !inBrackets)) break;
  }
  const hostView = value.slice(0, end);
  const oldPort = ctx.port;
  if (value.charCodeAt(end) === 0x3A) {
    if (state === HOSTNAME) return;
    const rest = value.slice(end + 1);
    if (rest !== '' && !ctx.cannotHaveUsernamePasswordPort) {
      const copy = copyRecord(ctx);
      if (basicParse(rest, null, copy, PORT)) ctx.port = copy.port;
    }
  } else if (hostView === '') {
    if (ctx.includesCredentials || ctx.port !== null) return;
    if (ctx.host !== null) ctx.host = '';
    return;
  }
  if (hostView === '' && ctx.host === null) return;
  const host = parseHost(hostView, true);
  if (host === null) {
    ctx.port = oldPort;
    return;
  }
  ctx.host = host;
}

function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(Math.random() * 256);
    if (i === 6) b = (b & 0x0F) | 0x40;
    if (i === 8) b = (b & 0x3F) | 0x80;
    hex.push((b < 16 ? '0' : '') + b.toString(16));
  }
  return `${hex.slice(0, 4).join('')}-${hex.slice(4, 6).join('')}-` +
    `${hex.slice(6, 8).join('')}-${hex.slice(8, 10).join('')}-${hex.slice(10).join('')}`;
}

Object.defineProperties(URL.prototype, {
  [Symbol.toStringTag]: { configurable: true, value: 'URL' },
});
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password',
  'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, key, desc);
}
for (const key of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, key);
  desc.enumerable = true;
  Object.defineProperty(URL, key, desc);
}

function getBlobFromURL(url) {
  const parsed = URL.parse(url);
  if (parsed === null || parsed.protocol !== 'blob:') return undefined;
  const { pathname } = parsed;
  if (!pathname.startsWith('nodedata:')) return undefined;
  return blobURLs.get(pathname.slice(9));
}

// ---------------------------------------------------------------------------
// Helpers of the url module

// Duck-typed as node does: a WHATWG URL-like object (not a legacy Url).
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  return idna.domainToUnicode(host);
}

function fileURLToPath(path, options = undefined) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const windows = options?.windows ?? process.platform === 'win32';
  return windows ? getPathFromURLWin32(path) : getPathFromURLPosix(path);
}

function getPathFromURLPosix(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function getPathFromURLWin32(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if ((pathname[n + 1] === '2' && third === 102) ||
          (pathname[n + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = pathname.replace(/\//g, '\\');
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  const sep = pathname[2];
  if (letter < 97 || letter > 122 || sep !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// What pathToFileURL escapes (node 20): the path percent-encode set plus
// characters the pathname setter would read specially or leave as they are.
const FILE_PATH_SET = makeSet(PATH_SET, '%\\[]^|~');

function pathToFileURL(filepath, options = undefined) {
  validateString(filepath, 'path');
  const path = require('path');
  let resolved = path.posix.resolve(filepath);
  // path.resolve drops a trailing slash; keep it.
  if (filepath.charCodeAt(filepath.length - 1) === 0x2F &&
      resolved[resolved.length - 1] !== '/') {
    resolved += '/';
  }
  const url = new URL('file://');
  url.pathname = percentEncode(resolved, FILE_PATH_SET);
  return url;
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// url.format(URL, options): the href without the parts the options drop,
// the host in Unicode with `unicode`.
function formatWHATWG(href, fragment, unicode, search, auth) {
  const record = basicParse(href);
  if (record === null) return href;
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null && record.host !== '' && record.host[0] !== '[') {
    record.host = idna.domainToUnicode(record.host);
  }
  return serializeURL(record);
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: search,
    pathname: pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

module.exports = {
  parseIPv6,
  URL,
  URLSearchParams,
  isURL,
  isURLInstance: (v) => isURLInstance(v),
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
  formatWHATWG,
  getBlobFromURL,
  // Shared with the legacy parser and querystring.
  percentEncode,
  percentDecode,
  toUSVString,
  encodeStr: percentEncode,
  sets: {
    C0_CONTROL_SET,
    FRAGMENT_SET,
    QUERY_SET,
    SPECIAL_QUERY_SET,
    PATH_SET,
    USERINFO_SET,
    COMPONENT_SET,
    FORM_SET,
  },
  hexTable,
};
