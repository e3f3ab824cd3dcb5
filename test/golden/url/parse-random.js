// Pseudo-random URL strings from a fixed seed, parsed: the href, host, path,
// query, hash and port (or the error code) must be node's.
'use strict';
let seed = 12345; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const parts = ['http://', 'https://', 'ws://', 'ftp://', 'a', 'b', '.', '..', '/', '%2e', '%2E', '%', '1', '0', '9', '255', '256', '0x', 'x', '-', ':', ':80', '?', '#', '@', ' ', '"', "'", '`', '<', '{', '|', '^', '\\', 'xn--', 'A', 'é', '\t', '[', ']', '~', '!', '$', '&', '(', '*', '+', ',', ';', '='];
const out = [];
for (let i = 0; i < 4000; i++) {
  let s = parts[rnd(4)];
  const n = 1 + rnd(12);
  for (let j = 0; j < n; j++) s += parts[4 + rnd(parts.length - 4)];
  let r;
  try { const u = new URL(s); r = [u.href, u.host, u.pathname, u.search, u.hash, u.port].join('|'); } catch (e) { r = 'ERR ' + e.code; }
  out.push(JSON.stringify(s) + ' ' + r);
}
console.log(out.join('\n'));
