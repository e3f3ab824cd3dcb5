// URLs whose path, query or fragment hold characters the parser
// percent-encodes (spaces, quotes, <>, backticks, braces, apostrophes,
// non-ASCII, surrogates) next to ones it keeps, with dot segments and
// trailing spaces.
'use strict';
let seed = 777; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const heads = ['http://h', 'https://Ex.com:444', 'ws://u:p@h', 'ftp://h', 'HTTP://H'];
const bits = ['a', 'Z', ' ', '"', '<', '>', '`', '{', '}', "'", '^', '|', '%', '%20', '%zz', 'é', '€', '😀', '\ud800', '~', '!', '$', '&', '=', ';', ':', '@', '[', ']', '.', '..', '/', '\t', '\\', '\x01', '\x7f'];
const out = [];
for (let i = 0; i < 4000; i++) {
  let s = heads[rnd(heads.length)];
  const part = (n) => { let t = ''; for (let j = 0; j < n; j++) t += bits[rnd(bits.length)]; return t; };
  if (rnd(4) !== 0) s += '/' + part(rnd(6));
  if (rnd(2) === 0) s += '?' + part(rnd(5));
  if (rnd(3) === 0) s += '#' + part(rnd(5));
  if (rnd(8) === 0) s += ' ';
  let r;
  try { const u = new URL(s); r = [u.href, u.pathname, u.search, u.hash].join('|'); } catch (e) { r = 'ERR ' + e.code; }
  out.push(JSON.stringify(s) + ' ' + r);
}
console.log(out.join('\n'));
