// Paths with '.' and '..' segments in every spelling (%2e, %2E, mixed),
// empty segments, and look-alikes ('...', '.a'), after plain hosts.
'use strict';
let seed = 99; const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const segs = ['a', 'B', '.', '..', '%2e', '%2E', '.%2e', '%2e.', '%2E%2e', '%2e%2e', '...', '.a', 'a.', '%2f', '', '~', '%2e%2', '..%2e'];
const heads = ['http://h', 'https://x.y:8443', 'ws://h', 'ftp://u:p@h', 'HTTP://H.COM'];
const tails = ['', '?q=1', '#f', '?a#b'];
const out = [];
for (let i = 0; i < 3000; i++) {
  let s = heads[rnd(heads.length)];
  const n = rnd(7);
  for (let j = 0; j < n; j++) s += '/' + segs[rnd(segs.length)];
  s += tails[rnd(tails.length)];
  let r;
  try { const u = new URL(s); r = [u.href, u.pathname].join('|'); } catch (e) { r = 'ERR ' + e.code; }
  out.push(JSON.stringify(s) + ' ' + r);
}
console.log(out.join('\n'));
