'use strict';

// The `path` module: POSIX and Windows path arithmetic, both always available
// (`path.posix`, `path.win32`); `path` itself is the flavour of the host
// (POSIX on Linux). Pure string work: nothing here touches the file system
// except resolve(), which reads the current directory.
//
// Results match node 20 exactly, including its corner cases (noted inline).

const { validateObject, validateString } = require('internal/validators');

const CHAR_DOT = 46; // .
const CHAR_FORWARD_SLASH = 47; // /
const CHAR_BACKWARD_SLASH = 92; // \
const CHAR_COLON = 58; // :
const CHAR_QUESTION_MARK = 63; // ?

const isWindows = process.platform === 'win32';

function isPosixSep(code) {
  return code === CHAR_FORWARD_SLASH;
}

function isWinSep(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

// A-Z or a-z: the letters a Windows drive can have.
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// True when path[i] and path[i + 1] are a drive letter and a colon.
function hasDrive(path, i = 0) {
  return path.length > i + 1 && isDriveLetter(path.charCodeAt(i)) &&
    path.charCodeAt(i + 1) === CHAR_COLON;
}

// Collapses '.', '..' and repeated separators in a root-less path. With
// `allowAboveRoot`, leading '..' segments that cannot be cancelled are kept
// (relative paths); otherwise they are dropped (absolute paths). Segments are
// joined with `sep`; no leading or trailing separator is produced.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  // Built as a string; `segs` counts its segments, `ups` the leading '..'
  // ones among them (they can only lead), so '..' cancels a segment exactly
  // when segs > ups.
  let res = '';
  let segs = 0;
  let ups = 0;
  const len = path.length;
  let segStart = 0;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const segLen = i - segStart;
    if (segLen === 0 || (segLen === 1 && path.charCodeAt(segStart) === CHAR_DOT)) {
      // empty or '.': nothing to add
    } else if (segLen === 2 && path.charCodeAt(segStart) === CHAR_DOT &&
               path.charCodeAt(segStart + 1) === CHAR_DOT) {
      if (segs > ups) {
        const cut = res.lastIndexOf(sep);
        res = cut === -1 ? '' : res.slice(0, cut);
        segs--;
      } else if (allowAboveRoot) {
        res = res.length === 0 ? '..' : `${res}${sep}..`;
        segs++;
        ups++;
      }
    } else {
      const seg = path.slice(segStart, i);
      res = res.length === 0 ? seg : `${res}${sep}${seg}`;
      segs++;
    }
    segStart = i + 1;
  }
  return res;
}

// Locates the last segment of path[from..]: skips trailing separators, then
// walks back to the separator before the segment. Returns undefined when
// there is no segment, else { start, end, dot, walkedToFrom }: the segment
// is path[start..end), `dot` is the index of its last '.' (-1 if none), and
// `walkedToFrom` tells that no separator preceded it (start === from).
function lastSegment(path, from, isSep) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  if (end === from) return undefined;
  let start = end - 1;
  let dot = -1;
  while (start >= from) {
    const code = path.charCodeAt(start);
    if (isSep(code)) break;
    if (code === CHAR_DOT && dot === -1) dot = start;
    start--;
  }
  return { start: start + 1, end, dot, walkedToFrom: start < from };
}

// Where the extension of the segment found by lastSegment() starts, or -1.
// A leading dot ('.bashrc') does not start one, and '..' has none, except
// that (as in node) POSIX parse() skips the '..' test for a segment right
// after the root: parse('/..') has ext '.'; `dotDotTest` is false then.
function extStart(path, seg, dotDotTest = true) {
  const { start, end, dot } = seg;
  if (dot === -1 || dot === start) return -1;
  if (dotDotTest && end - start === 2 && path.charCodeAt(start) === CHAR_DOT) return -1;
  return dot;
}

// basename() for both flavours; on Windows (`win`) a drive prefix is skipped.
function basenameImpl(path, suffix, win) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  const from = win && hasDrive(path) ? 2 : 0;
  const isSep = win ? isWinSep : isPosixSep;
  const seg = lastSegment(path, from, isSep);
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // node's matching, quirks included: with no name at all the path (past
    // any drive) comes back whole; a name that is itself a proper tail of
    // the suffix comes back with its trailing separators.
    if (seg === undefined) return path.slice(from);
    const base = path.slice(seg.start, seg.end);
    if (base.length > suffix.length) {
      return base.endsWith(suffix) ? base.slice(0, base.length - suffix.length) : base;
    }
    if (base === suffix) return base;
    return suffix.endsWith(base) ? path.slice(seg.start) : base;
  }
  return seg === undefined ? '' : path.slice(seg.start, seg.end);
}

function extnameImpl(path, win) {
  validateString(path, 'path');
  const from = win && hasDrive(path) ? 2 : 0;
  const isSep = win ? isWinSep : isPosixSep;
  const seg = lastSegment(path, from, isSep);
  if (seg === undefined) return '';
  const dot = extStart(path, seg);
  return dot === -1 ? '' : path.slice(dot, seg.end);
}

function formatImpl(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    // An extension given without its dot gets one.
    base = `${pathObject.name || ''}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// ---------------------------------------------------------------------------
// POSIX

function posixCwd() {
  if (isWindows) {
    // Turn C:\x\y into /x/y (the drive cannot be expressed in POSIX form).
    const cwd = process.cwd().replace(/\\/g, '/');
    return cwd.slice(cwd.indexOf('/'));
  }
  return process.cwd();
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    // Right to left until the accumulated path is absolute; the cwd is the
    // implicit leftmost argument.
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = resolved.length === 0 ? path : `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    }
    const tail = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    const trailingSep = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;
    let tail = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (tail.length === 0) {
      if (absolute) return '/';
      return trailingSep ? './' : '.';
    }
    if (trailingSep) tail += '/';
    return absolute ? `/${tail}` : tail;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both are normalized absolute paths now: compare segment by segment.
    const fromSegs = from === '/' ? [] : from.slice(1).split('/');
    const toSegs = to === '/' ? [] : to.slice(1).split('/');
    const n = Math.min(fromSegs.length, toSegs.length);
    let common = 0;
    while (common < n && fromSegs[common] === toSegs[common]) common++;
    let out = '';
    for (let i = common; i < fromSegs.length; i++) out += out.length === 0 ? '..' : '/..';
    for (let i = common; i < toSegs.length; i++) {
      out += out.length === 0 ? toSegs[i] : `/${toSegs[i]}`;
    }
    return out;
  },

  toNamespacedPath(path) {
    // Only meaningful on Windows.
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    // Drop trailing separators, then cut at the separator before the last
    // segment (only that one separator goes: '/a//b' → '/a/').
    let end = path.length;
    while (end > 1 && path.charCodeAt(end - 1) === CHAR_FORWARD_SLASH) end--;
    const cut = path.lastIndexOf('/', end - 1);
    if (cut < 1) return hasRoot ? '/' : '.';
    if (hasRoot && cut === 1) return '//';
    return path.slice(0, cut);
  },

  basename(path, suffix) {
    return basenameImpl(path, suffix, false);
  },

  extname(path) {
    return extnameImpl(path, false);
  },

  format: formatImpl.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    const from = absolute ? 1 : 0;
    if (absolute) ret.root = '/';
    const seg = lastSegment(path, from, isPosixSep);
    // Start of the last segment when a separator (other than the root)
    // precedes it, else 0.
    const partStart = seg === undefined || seg.walkedToFrom ? 0 : seg.start;
    if (seg !== undefined) {
      ret.base = path.slice(seg.start, seg.end);
      const dot = extStart(path, seg, partStart === seg.start);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(seg.start, dot);
        ret.ext = path.slice(dot, seg.end);
      }
    }
    if (partStart > 0) {
      ret.dir = path.slice(0, partStart - 1);
    } else if (absolute) {
      ret.dir = '/';
    }
    return ret;
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

// ---------------------------------------------------------------------------
// Windows

// Names Windows reserves for devices; 'CON:' in a relative path must not
// turn into a device reference after normalization.
const winReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

// Whether path[0..colon) is a reserved device name. Node passes the index of
// the first ':' even when there is none (-1), which tests the path minus its
// last character; we do the same so results match.
function isReservedName(path, colon) {
  return winReservedNames.has(path.slice(0, colon).toUpperCase());
}

// Matches a UNC root at the start of `path`: two separators, a server name,
// separators, a share name. Returns { server, shareStart, end } (end: index
// after the share name) or undefined.
function matchUnc(path) {
  const len = path.length;
  if (len < 2 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) {
    return undefined;
  }
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return undefined;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return undefined;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, shareStart, end: j };
}

// Splits off the root of a Windows path. Returns
//   { device, rootEnd, absolute, uncRootOnly }
// device: 'C:', '\\server\share', or a device namespace '\\.' / '\\?'
// ('' when none); rootEnd: index after the root; absolute: starts with a
// separator (after any drive); uncRootOnly: the path is exactly
// '\\server\share' (with no separator after it).
// With `reservedDevices` (normalize() only), a leading reserved device name
// with its colon ('CON:') counts as a device too.
function winRoot(path, reservedDevices = false) {
  const len = path.length;
  const ret = { device: '', rootEnd: 0, absolute: false, uncRootOnly: false };
  if (len === 0) return ret;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    ret.absolute = true;
    ret.rootEnd = 1;
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = matchUnc(path);
      if (unc === undefined) {
        // '\\' followed by something that is not server\share.
        ret.rootEnd = 0;
      } else if (unc.server === '.' || unc.server === '?') {
        // Device namespace (\\.\PhysicalDrive0, \\?\C:\...): the root is
        // always the first four characters.
        ret.device = `\\\\${unc.server}`;
        ret.rootEnd = 4;
      } else {
        ret.device = `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.end)}`;
        ret.rootEnd = unc.end;
        ret.uncRootOnly = unc.end === len;
      }
    }
  } else if (hasDrive(path)) {
    ret.device = path.slice(0, 2);
    ret.rootEnd = 2;
    if (len > 2 && isWinSep(path.charCodeAt(2))) {
      ret.absolute = true;
      ret.rootEnd = 3;
    }
  } else if (reservedDevices) {
    const colon = path.indexOf(':');
    if (colon > 0 && isReservedName(path, colon)) {
      ret.device = path.slice(0, colon + 1);
      ret.rootEnd = colon + 1;
    }
  }
  return ret;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
        // Shortcut for the current directory itself.
        if (args.length === 0 ||
            (args.length === 1 && (args[0] === '' || args[0] === '.') &&
             isWinSep(path.charCodeAt(0)))) {
          return isWindows ? path : path.replace(/\//g, '\\');
        }
      } else {
        // The per-drive current directory Windows keeps in the environment
        // ('=C:'), or the cwd when it is on that drive, else the drive root.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKWARD_SLASH)) {
          path = `${device}\\`;
        }
      }

      const root = winRoot(path);
      if (root.device.length > 0) {
        if (device.length > 0) {
          // A path on another device does not contribute.
          if (root.device.toLowerCase() !== device.toLowerCase()) continue;
        } else {
          device = root.device;
        }
      }

      if (absolute) {
        if (device.length > 0) break;
      } else {
        tail = `${path.slice(root.rootEnd)}\\${tail}`;
        absolute = root.absolute;
        if (absolute && device.length > 0) break;
      }
    }

    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isPosixSep(path.charCodeAt(0)) ? '\\' : path;

    const root = winRoot(path, true);
    if (root.uncRootOnly) return `${root.device}\\`;
    const device = root.device.length > 0 ? root.device : undefined;
    const { absolute, rootEnd } = root;

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !absolute, '\\', isWinSep) :
      '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative path must not come out looking like a drive ('c:') or a
    // device ('CON:') that it did not start as: prefix '.\' then.
    if (!absolute && device === undefined && path.includes(':')) {
      if (hasDrive(tail)) return `.\\${tail}`;
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isWinSep(path.charCodeAt(index + 1))) return `.\\${tail}`;
      } while ((index = path.indexOf(':', index + 1)) !== -1);
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;

    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    return isWinSep(path.charCodeAt(0)) ||
      (len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = first = arg;
        } else {
          joined += `\\${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';

    // Joining must not manufacture a UNC root ('\\server\share') out of
    // parts that did not start with one: unless the first part itself begins
    // with exactly two separators and more text, squash leading separators
    // of the result to one.
    const firstLen = first.length;
    const uncStart = firstLen > 2 && isWinSep(first.charCodeAt(0)) &&
      isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!uncStart) {
      let n = 0;
      while (n < joined.length && isWinSep(joined.charCodeAt(n))) n++;
      if (n >= 2) joined = `\\${joined.slice(n)}`;
    }

    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';

    // Compare case-insensitively, as Windows file systems do.
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';

    // Ignore leading backslashes, and trailing ones (UNC roots have them).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) {
      fromStart++;
    }
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) {
      fromEnd--;
    }
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) toStart++;
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) toEnd--;
    const toLen = toEnd - toStart;

    // Longest common prefix, remembering the last separator inside it.
    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === CHAR_BACKWARD_SLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // They differ before any common separator (e.g. other drives).
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is an ancestor of `to`.
        if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) {
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // `from` is a drive root such as 'c:\'.
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        // `to` is an ancestor of `from`.
        if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) {
          lastCommonSep = i;
        } else if (i === 2) {
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    // One '..' per segment of `from` after the common part.
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }

    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Only strings can be long-path prefixed; anything else passes through.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
      if (resolved.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
          // \\server\share\x → \\?\UNC\server\share\x
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
      // C:\x → \\?\C:\x
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';

    // rootEnd: end of the root that dirname never removes (-1: no root).
    let rootEnd = -1;
    let offset = 0;
    if (isWinSep(path.charCodeAt(0))) {
      rootEnd = offset = 1;
      const unc = matchUnc(path);
      if (unc !== undefined) {
        // The UNC root is kept whole, with the separator after it.
        if (unc.end === len) return path;
        rootEnd = offset = unc.end + 1;
      }
    } else if (hasDrive(path)) {
      rootEnd = offset = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }

    // Cut at the separator before the last segment.
    let end = -1;
    let seenName = false;
    for (let i = len - 1; i >= offset; --i) {
      if (isWinSep(path.charCodeAt(i))) {
        if (seenName) {
          end = i;
          break;
        }
      } else {
        seenName = true;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    return basenameImpl(path, suffix, true);
  },

  extname(path) {
    return extnameImpl(path, true);
  },

  format: formatImpl.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    let rootEnd = 0;
    const code = path.charCodeAt(0);
    if (len === 1) {
      if (isWinSep(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isWinSep(code)) {
      rootEnd = 1;
      const unc = matchUnc(path);
      if (unc !== undefined) rootEnd = unc.end === len ? len : unc.end + 1;
    } else if (hasDrive(path)) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isWinSep(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const seg = lastSegment(path, rootEnd, isWinSep);
    const partStart = seg === undefined || seg.walkedToFrom ? rootEnd : seg.start;
    if (seg !== undefined) {
      ret.base = path.slice(seg.start, seg.end);
      const dot = extStart(path, seg);
      if (dot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = path.slice(seg.start, dot);
        ret.ext = path.slice(dot, seg.end);
      }
    }
    if (partStart > 0 && partStart !== rootEnd) {
      ret.dir = path.slice(0, partStart - 1);
    } else {
      ret.dir = ret.root;
    }
    return ret;
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Node's `path._makeLong` alias, still used by some packages.
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = isWindows ? win32 : posix;
