'use strict';

// The deprecated `punycode` module (API of punycode.js 2.1.0, which node
// bundles): plain RFC 3492 conversions, no IDNA mapping or validation.

const idna = require('internal/idna');

const separatorsRe = /[\x2E\u3002\uFF0E\uFF61]/g;
const nonAsciiRe = /[^\0-\x7F]/;
const xnRe = /^xn--/;

// Applies `fn` to each label of a domain (or of the domain part of an
// e-mail address, keeping the local part as it is).
function mapDomain(domain, fn) {
  let prefix = '';
  const at = domain.indexOf('@');
  if (at !== -1) {
    prefix = domain.slice(0, at + 1);
    domain = domain.slice(at + 1);
  }
  const labels = domain.replace(separatorsRe, '.').split('.');
  return prefix + labels.map(fn).join('.');
}

function toASCII(input) {
  return mapDomain(String(input), (label) =>
    (nonAsciiRe.test(label) ? 'xn--' + idna.encode(label) : label));
}

function toUnicode(input) {
  return mapDomain(String(input), (label) =>
    (xnRe.test(label) ? idna.decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: idna.ucs2decode,
    encode: idna.ucs2encode,
  },
  decode: idna.decode,
  encode: idna.encode,
  toASCII,
  toUnicode,
};
