'use strict';

// The `url` module: the WHATWG URL API (internal/url) plus node's legacy
// url.parse / url.format / url.resolve / url.resolveObject and the `Url`
// objects they work on. The legacy parser is lenient by design: it splits a
// string into parts without validating much, as node's does.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_URL },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  formatWHATWG,
} = require('internal/url');
const idna = require('internal/idna');

let querystring;
function qs() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Protocols that never have a host, and those that always get '//'.
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:',
  'gopher', 'gopher:', 'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
// Protocols whose rest is left unescaped.
const unsafeProtocol = new Set(['javascript', 'javascript:']);

const protocolRe = /^[a-z0-9.+-]+:/i;
const simplePathRe = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const portRe = /:[0-9]*$/;
const authInSlashesRe = /^\/\/[^@/]+@[^@/]+/;
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIPv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// Characters that end the host part (the host stops at the first one).
const nonHostRe = /[\t\n\r "#%'/;<>?\\^`{|}]/;
// What the rest of the URL gets escaped for.
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', '\'': '%27',
  '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B',
  '|': '%7C', '}': '%7D',
};
const autoEscapeRe = /[\t\n\r "'<>\\^`{|}]/g;

function isWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0A || c === 0x0B || c === 0x0C ||
    c === 0x0D || c === 0xA0 || c === 0xFEFF;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  // Trim whitespace at both ends; inside, turn backslashes before the query
  // or fragment into slashes. (Tabs and newlines inside stay, and are
  // escaped like spaces below.)
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = url.slice(start, end);
  let splitAt = rest.search(/[?#]/);
  if (splitAt === -1) splitAt = rest.length;
  const head = rest.slice(0, splitAt);
  if (head.includes('\\')) rest = head.replace(/\\/g, '/') + rest.slice(splitAt);
  const hasHash = rest.includes('#');
  const hasAt = head.includes('@');

  // Plain paths take a shortcut.
  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathRe.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? qs().parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolRe.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || authInSlashesRe.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) &&
      (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host runs to the first '/', '?' or '#'; userinfo is what precedes
    // the last '@' before it; the host proper stops at the first character
    // that cannot be in one.
    let hostEnd = rest.search(/[/?#]/);
    if (hostEnd === -1) hostEnd = rest.length;
    let authority = rest.slice(0, hostEnd);
    // Tabs and newlines are dropped from the authority (node 20); in the
    // path, query and fragment they stay, escaped.
    if (/[\t\n\r]/.test(authority)) {
      authority = authority.replace(/[\t\n\r]/g, '');
      rest = authority + rest.slice(hostEnd);
      hostEnd = authority.length;
    }
    const at = authority.lastIndexOf('@');
    let hostStart = 0;
    if (at !== -1) {
      this.auth = decodeURIComponent(authority.slice(0, at));
      hostStart = at + 1;
    }
    const m = nonHostRe.exec(authority.slice(hostStart));
    const nonHost = m === null ? hostEnd : hostStart + m.index;
    this.host = rest.slice(hostStart, nonHost);
    rest = rest.slice(nonHost);

    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    let hostname = this.hostname;
    const ipv6 = isIPv6Hostname(hostname);
    if (!ipv6) {
      // A colon left after the port is taken cuts the host; the rest
      // becomes the start of the path.
      const colon = hostname.indexOf(':');
      if (colon !== -1) {
        rest = '/' + hostname.slice(colon) + rest;
        hostname = hostname.slice(0, colon);
      }
    }
    if (hostname.length > 255) hostname = '';
    else hostname = hostname.toLowerCase();
    if (hostname !== '') {
      if (ipv6) {
        if (forbiddenHostCharsIPv6.test(hostname)) throw new ERR_INVALID_URL(url);
      } else {
        // Non-ASCII labels become punycode (no IDNA validation here).
        if (/[^\x00-\x7F]/.test(hostname)) {
          const mapped = hostname.normalize('NFKC').toLowerCase()
            .replace(/[\u3002\uFF0E\uFF61]/g, '.');
          hostname = mapped.split('.').map((label) =>
            (/[^\x00-\x7F]/.test(label) ? 'xn--' + idna.encode(label) : label)).join('.');
        }
        if (forbiddenHostChars.test(hostname)) throw new ERR_INVALID_URL(url);
      }
    }
    this.hostname = hostname;
    this.host = hostname + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) {
    rest = rest.replace(autoEscapeRe, (c) => autoEscape[c]);
  }

  const hashIdx = rest.indexOf('#');
  if (hashIdx !== -1) {
    this.hash = rest.slice(hashIdx);
    rest = rest.slice(0, hashIdx);
  }
  const questionIdx = rest.indexOf('?');
  if (questionIdx !== -1) {
    this.search = rest.slice(questionIdx);
    this.query = rest.slice(questionIdx + 1);
    if (parseQueryString) this.query = qs().parse(this.query);
    rest = rest.slice(0, questionIdx);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (rest.length > 0) this.pathname = rest;
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }
  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }
  this.href = this.format();
  return this;
};

function isIPv6Hostname(hostname) {
  return hostname.charCodeAt(0) === 0x5B && hostname.charCodeAt(hostname.length - 1) === 0x5D;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const m = portRe.exec(host);
  if (m) {
    const port = m[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

// What url.format leaves unescaped in the auth part.
const authKeepRe = /^[A-Za-z0-9!'()*\-.:_~]$/;
function escapeAuth(auth) {
  let out = '';
  for (const ch of auth) {
    out += authKeepRe.test(ch) ? ch : encodeURIComponent(ch).replace(/[!'()*]/g,
      (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = escapeAuth(auth) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && !isIPv6Hostname(this.hostname) ?
      '[' + this.hostname + ']' : this.hostname);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') {
    query = qs().stringify(this.query);
  }
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol.charCodeAt(protocol.length - 1) !== 0x3A) protocol += ':';

  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));

  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== 0x2F) pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== 0x23) hash = '#' + hash;
  if (search && search.charCodeAt(0) !== 0x3F) search = '?' + search;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    return formatWHATWG(urlObject.href, fragment, unicode, search, auth);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

// ---- Reference resolution: url.resolve / url.resolveObject ----------------
//
// Follows RFC 3986 §5.2: the reference keeps the components it has and takes
// the rest from the base (scheme, then authority, then path, then query); a
// relative path is merged onto the base's directory and its dot segments are
// removed. The legacy API deviates from the RFC in ways node 20 exhibits and
// that are reproduced here (test/js/url/test-url-resolve-table.js):
//  * For the special schemes (slashedProtocol) a scheme-only reference such
//    as 'http:g' is relative when the base has the same scheme; against
//    another scheme its first path segment becomes the host ('https://g/').
//  * For any other scheme the host is not kept apart from the path while
//    resolving: 'mailto:u@host/x' resolves like the path 'host/x', and the
//    first segment of the result becomes the host again.
//  * '..' that climb above the start of a relative base path are kept
//    ('a' + '../b' gives '../b'); above a root they are dropped.
//  * The fragment always comes from the reference.

// Recompute `path` after pathname or search changed.
function syncPath(u) {
  if (u.pathname !== null || u.search !== null) {
    u.path = (u.pathname || '') + (u.search || '');
  }
}

function finishResolved(u) {
  u.href = u.format();
  return u;
}

// A host that still carries 'user@' (hosts recovered from a path segment):
// move the user part to auth.
function takeAuthFromHost(u) {
  const host = u.host;
  if (typeof host !== 'string') return;
  const at = host.indexOf('@');
  if (at <= 0) return;
  const end = host.indexOf('@', at + 1);
  u.auth = host.slice(0, at);
  u.host = u.hostname = end === -1 ? host.slice(at + 1) : host.slice(at + 1, end);
}

// Path segments of a Url; for the non-special schemes the host goes in front
// as the first segment.
function segmentsOf(pathname, hostAsSegment) {
  const segs = pathname ? pathname.split('/') : [];
  if (hostAsSegment) {
    if (segs.length > 0 && segs[0] === '') segs[0] = hostAsSegment;
    else segs.unshift(hostAsSegment);
  }
  return segs;
}

// Removes '.' and '..' segments (RFC 3986 §5.2.4, on a segment list). A '..'
// removes the nearest segment before it that is still there, empty ones
// included; `climbed` counts those that found none.
function removeDotSegments(segs) {
  const kept = [];
  let climbed = 0;
  for (const seg of segs) {
    if (seg === '.') continue;
    if (seg === '..') {
      if (kept.length > 0) kept.pop();
      else climbed++;
      continue;
    }
    kept.push(seg);
  }
  return { kept, climbed };
}

// A reference starting with '//': it brings its own authority, and with it
// everything after; only the scheme is the base's.
function resolveNetworkPath(out, rel) {
  for (const key of Object.keys(rel)) {
    if (key !== 'protocol') out[key] = rel[key];
  }
  if (slashedProtocol.has(out.protocol) && out.hostname && !out.pathname) {
    out.pathname = '/';
    out.path = '/';
  }
  return finishResolved(out);
}

// A reference whose scheme differs from the base's: nothing of the base is
// kept, except that a special scheme written without '//' ('http:g/h') is
// read as 'http://g/h'.
function resolveOtherScheme(out, rel) {
  if (!slashedProtocol.has(rel.protocol)) {
    for (const key of Object.keys(rel)) out[key] = rel[key];
    return finishResolved(out);
  }
  out.protocol = rel.protocol;
  let host = rel.host;
  let hostname = rel.hostname;
  let pathname = rel.pathname;
  if (!host && rel.protocol !== 'file:' && rel.protocol !== 'file') {
    // The first non-empty segment is the host; the rest is the path.
    const text = (pathname || '').replace(/^\/+/, '');
    const slash = text.indexOf('/');
    host = slash === -1 ? text : text.slice(0, slash);
    const rest = slash === -1 ? '' : text.slice(slash + 1);
    pathname = rest[0] === '/' ? rest : '/' + rest;
    hostname = hostname || '';
    // node records the host found on a Url object passed in as well.
    rel.host = host;
    rel.hostname = hostname;
  }
  out.pathname = pathname;
  out.search = rel.search;
  out.query = rel.query;
  out.host = host || '';
  out.auth = rel.auth;
  out.hostname = hostname || host;
  out.port = rel.port;
  syncPath(out);
  out.slashes = out.slashes || rel.slashes;
  return finishResolved(out);
}

// A reference with the base's scheme or none: merge paths (RFC 3986 §5.2.2).
function resolveSameScheme(out, rel) {
  // Non-special schemes: the host is the first path segment meanwhile.
  const hostInPath = Boolean(out.protocol) && !slashedProtocol.has(out.protocol);
  const baseRooted = Boolean(out.pathname) && out.pathname[0] === '/';
  const relRooted = Boolean(rel.host) || (Boolean(rel.pathname) && rel.pathname[0] === '/');
  // Whether the result's path is absolute, and with it whether '..' above
  // the start are dropped rather than kept.
  const rooted = relRooted || baseRooted || Boolean(out.host && rel.pathname);
  let endRooted = rooted;

  const baseSegs = segmentsOf(out.pathname, hostInPath ? out.host : null);
  const relSegs = segmentsOf(rel.pathname, hostInPath && rel.protocol ? rel.host : null);
  // The reference's authority as it applies to the result: for a non-special
  // scheme it has gone into the path (relSegs) instead.
  let relHost = rel.host;
  let relHostname = rel.hostname;
  let relPort = rel.port;
  if (hostInPath) {
    out.host = '';
    out.hostname = '';
    out.port = null;
    if (rel.protocol) {
      // A reference with the scheme brings its own authority (in its path);
      // the base's user does not carry over.
      relHost = relHostname = relPort = null;
      out.auth = null;
      // node clears these on a Url object passed in as well.
      rel.host = rel.hostname = rel.port = null;
    }
    endRooted = endRooted && (relSegs[0] === '' || baseSegs[0] === '');
  }

  let segs;
  if (relRooted) {
    // Absolute path (and maybe a host of its own): replaces the base's.
    if (relHost !== null && relHost !== undefined) {
      if (out.host !== relHost) out.auth = null;
      out.host = relHost;
      out.port = relPort;
    }
    if (relHostname !== null && relHostname !== undefined) {
      if (out.hostname !== relHostname) out.auth = null;
      out.hostname = relHostname;
    }
    out.search = rel.search;
    out.query = rel.query;
    segs = relSegs;
  } else if (relSegs.length > 0) {
    // Relative path: merged onto the base's directory.
    segs = baseSegs.slice(0, -1).concat(relSegs);
    out.search = rel.search;
    out.query = rel.query;
  } else if (rel.search !== null && rel.search !== undefined) {
    // Query only: the base's path stays as it is.
    if (hostInPath) {
      out.host = out.hostname = baseSegs[0];
      takeAuthFromHost(out);
    }
    out.search = rel.search;
    out.query = rel.query;
    syncPath(out);
    return finishResolved(out);
  } else {
    // Nothing but maybe a fragment: the base's path, normalized.
    segs = baseSegs;
  }

  if (segs.length === 0) {
    out.pathname = null;
    out.path = out.search ? '/' + out.search : null;
    return finishResolved(out);
  }

  // A final '.' or '..' names a directory, as does a final empty segment.
  const last = segs[segs.length - 1];
  const dirAtEnd = last === '' ||
    ((last === '.' || last === '..') && Boolean(out.host || relHost || segs.length > 1));

  const { kept, climbed } = removeDotSegments(segs);
  segs = kept;
  if (!rooted) {
    for (let i = 0; i < climbed; i++) segs.unshift('..');
  }
  if (endRooted && segs[0] !== '') segs.unshift('');
  if (dirAtEnd && !segs.join('/').endsWith('/')) segs.push('');

  const isAbsolute = segs[0] === '';
  if (hostInPath) {
    out.host = out.hostname = isAbsolute ? '' : (segs.length > 0 ? segs.shift() : '');
    takeAuthFromHost(out);
  }
  if (!isAbsolute && (endRooted || (out.host && segs.length > 0))) segs.unshift('');

  if (segs.length > 0) {
    out.pathname = segs.join('/');
  } else {
    out.pathname = null;
    out.path = null;
  }
  syncPath(out);
  out.auth = rel.auth || out.auth;
  out.slashes = out.slashes || rel.slashes;
  return finishResolved(out);
}

Url.prototype.resolveObject = function resolveObject(relative) {
  const rel = typeof relative === 'string' ? urlParse(relative, false, true) : relative;
  const out = new Url();
  for (const key of Object.keys(this)) out[key] = this[key];
  out.hash = rel.hash;

  if (rel.href === '') return finishResolved(out);
  if (rel.slashes && !rel.protocol) return resolveNetworkPath(out, rel);
  if (rel.protocol && rel.protocol !== out.protocol) return resolveOtherScheme(out, rel);
  return resolveSameScheme(out, rel);
};

module.exports = {
  // Original API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,

  // Utilities
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
