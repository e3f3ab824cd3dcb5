'use strict';
// IP address syntax checks shared by net (and later dns/dgram/http).
// Rules (node's): IPv4 is four decimal octets 0-255 without leading zeros;
// IPv6 is up to eight groups of 1-4 hex digits, with at most one '::'
// standing for one or more zero groups, the last 32 bits optionally written
// as an IPv4 address, and an optional zone id ('%' then letters, digits,
// '-', '.', ':').

const kOctet = /^(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const kHexGroup = /^[0-9a-fA-F]{1,4}$/;
const kZone = /^[0-9a-zA-Z.:-]+$/;

// Non-strings are converted to strings first, as node's regular-expression
// test does (isIP(new String('::1')) is 6).
function isIPv4(s) {
  if (typeof s !== 'string') s = `${s}`;
  if (s.length > 15) return false;
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    if (!kOctet.test(parts[i])) return false;
  }
  return true;
}

// Counts the groups in a ':'-separated run (no '::' inside); -1 if invalid.
// `allowV4Tail` lets the last element be an IPv4 address (two groups).
function countGroups(run, allowV4Tail) {
  if (run === '') return 0;
  const parts = run.split(':');
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (kHexGroup.test(p)) {
      n++;
    } else if (allowV4Tail && i === parts.length - 1 && isIPv4(p)) {
      n += 2;
    } else {
      return -1;
    }
  }
  return n;
}

function isIPv6(s) {
  if (typeof s !== 'string') s = `${s}`;
  let addr = s;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (!kZone.test(s.slice(pct + 1))) return false;
    addr = s.slice(0, pct);
  }
  if (addr.length < 2) return false;
  const dbl = addr.indexOf('::');
  if (dbl === -1) {
    return countGroups(addr, true) === 8;
  }
  if (addr.indexOf('::', dbl + 1) !== -1) return false;
  const head = addr.slice(0, dbl);
  const tail = addr.slice(dbl + 2);
  const h = countGroups(head, false);
  const t = countGroups(tail, true);
  return h !== -1 && t !== -1 && h + t <= 7;
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
