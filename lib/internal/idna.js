'use strict';

// Punycode (RFC 3492) and the IDNA host processing the URL parser needs
// (UTS #46 ToASCII / ToUnicode with the URL standard's settings:
// CheckHyphens=false, UseSTD3ASCIIRules=false, Transitional_Processing=false,
// VerifyDnsLength=false).
//
// The UTS #46 mapping table is approximated with what the engine has:
// NFKC normalisation, lower-casing and a short list of ignored code points;
// unassigned, control, private-use and a few other code points are
// disallowed. That covers the hosts people type (upper case, full-width
// forms, accented letters, already-encoded `xn--` labels).

// ---- Punycode (RFC 3492 parameters) ----
const BASE = 36;
const TMIN = 1;
const TMAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7FFFFFFF;

function rangeError(kind) {
  const messages = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  };
  return new RangeError(messages[kind]);
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((BASE - TMIN) * TMAX) >> 1) {
    delta = Math.floor(delta / (BASE - TMIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - TMIN + 1) * delta) / (delta + SKEW));
}

// 0..25 → 'a'..'z', 26..35 → '0'..'9'.
function digitToChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

// A code unit → its digit value, or BASE when it is not a digit.
function charToDigit(c) {
  if (c >= 0x30 && c <= 0x39) return c - 22; // '0'..'9' → 26..35
  if (c >= 0x41 && c <= 0x5A) return c - 0x41;
  if (c >= 0x61 && c <= 0x7A) return c - 0x61;
  return BASE;
}

// A string → its code points; a lone surrogate stays a code point of its own.
function ucs2decode(string) {
  const out = [];
  const len = string.length;
  for (let i = 0; i < len; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < len) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        out.push(((c - 0xD800) << 10) + (d - 0xDC00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let s = '';
  for (let i = 0; i < codePoints.length; i += 4096) {
    s += String.fromCodePoint(...codePoints.slice(i, i + 4096));
  }
  return s;
}

// Punycode → Unicode string. Throws RangeError on bad input.
function decode(input) {
  input = String(input);
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) throw rangeError('not-basic');
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (index >= input.length) throw rangeError('invalid-input');
      const digit = charToDigit(input.charCodeAt(index++));
      if (digit >= BASE) throw rangeError('invalid-input');
      if (digit > Math.floor((MAX_INT - i) / w)) throw rangeError('overflow');
      i += digit * w;
      const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) throw rangeError('overflow');
      w *= BASE - t;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > MAX_INT - n) throw rangeError('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return ucs2encode(output);
}

// Unicode string → Punycode. Throws RangeError on overflow.
function encode(input) {
  const cps = ucs2decode(String(input));
  let output = '';
  for (const c of cps) {
    if (c < 0x80) output += String.fromCharCode(c);
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < cps.length) {
    let m = MAX_INT;
    for (const c of cps) {
      if (c >= n && c < m) m = c;
    }
    if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) throw rangeError('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of cps) {
      if (c < n && ++delta > MAX_INT) throw rangeError('overflow');
      if (c === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? TMIN : (k >= bias + TMAX ? TMAX : k - bias);
          if (q < t) break;
          output += digitToChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitToChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// ---- UTS #46 (approximate mapping, see the top of the file) ----

// Code points UTS #46 maps to nothing.
const ignoredRe = /[\u00AD\u034F\u180B-\u180D\u180F\u200B\u2060\u2064\uFE00-\uFE0F\uFEFF\u{1BCA0}-\u{1BCA3}\u{E0100}-\u{E01EF}]/gu;
// Full stops that separate labels like '.'.
const dotsRe = /[\u3002\uFF0E\uFF61]/g;
// Code points no label may hold after mapping.
const disallowedRe = /[\p{Cn}\p{Co}\p{Cs}\u0080-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069\uFFF9-\uFFFF\u200C\u200D]/u;
const startsWithMarkRe = /^\p{M}/u;
const nonAsciiRe = /[^\x00-\x7F]/;

function mapDomain(domain) {
  if (!nonAsciiRe.test(domain)) return domain.toLowerCase();
  let s = domain.replace(ignoredRe, '');
  s = s.normalize('NFKC').toLowerCase().normalize('NFKC');
  return s.replace(dotsRe, '.');
}

// True when a label (after mapping) is acceptable. `fromPunycode` marks the
// decoded form of an xn-- label, which must already be in mapped NFC form.
function validLabel(label, fromPunycode) {
  if (label === '') return true;
  if (disallowedRe.test(label)) return false;
  if (startsWithMarkRe.test(label)) return false;
  if (label.includes('.')) return false;
  if (fromPunycode) {
    if (label !== label.normalize('NFC')) return false;
    if (mapDomain(label) !== label) return false;
  }
  if (label.length >= 4 && label[2] === '-' && label[3] === '-' && !fromPunycode &&
      nonAsciiRe.test(label)) {
    return false;
  }
  return true;
}

// UTS #46 ToASCII for a URL host; returns null on failure.
function domainToASCII(domain) {
  const mapped = mapDomain(domain);
  const labels = mapped.split('.');
  const out = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      let decoded;
      try {
        decoded = decode(label.slice(4));
      } catch {
        return null;
      }
      if (decoded === '') return null;
      if (!validLabel(decoded, true)) return null;
      out.push(label);
    } else if (nonAsciiRe.test(label)) {
      if (!validLabel(label, false)) return null;
      let enc;
      try {
        enc = encode(label);
      } catch {
        return null;
      }
      out.push('xn--' + enc);
    } else {
      out.push(label);
    }
  }
  const result = out.join('.');
  return result === '' ? null : result;
}

// UTS #46 ToUnicode; labels that fail to decode are left as they were.
function domainToUnicode(domain) {
  const mapped = mapDomain(domain);
  const labels = mapped.split('.');
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (label.startsWith('xn--')) {
      try {
        const decoded = decode(label.slice(4));
        if (decoded !== '' && validLabel(decoded, true)) labels[i] = decoded;
      } catch {
        // keep the label as it is
      }
    }
  }
  return labels.join('.');
}

module.exports = {
  decode,
  encode,
  ucs2decode,
  ucs2encode,
  domainToASCII,
  domainToUnicode,
};
