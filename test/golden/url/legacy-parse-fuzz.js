'use strict';
// url.parse on 20k strings built from URL pieces with tabs, newlines,
// spaces, userinfo, ports and odd characters (with and without
// parseQueryString and slashesDenoteHost): a digest of every result and the
// first few, expected output from node 20.
process.noDeprecation = true;
const url = require('url');
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const parts = ['http:', 'https:', 'mailto:', 'file:', '//', '/', '\t', '\n', '\r', ' ', 'a', 'B', '@', ':', '?', '#', '.', 'x.com', '8080', '%', '\\', '[::1]', 'é', 'q=1', '&', '"', '<', '`'];
const crypto = require('crypto'); const h = crypto.createHash('sha256'); const lines = [];
for (let i = 0; i < 20000; i++) {
  let s = ''; const n = 1 + Math.floor(rnd() * 8);
  for (let j = 0; j < n; j++) s += parts[Math.floor(rnd() * parts.length)];
  let out; try { out = JSON.stringify(url.parse(s, rnd() < 0.3, rnd() < 0.3)); } catch (e) { out = e.code; }
  lines.push(JSON.stringify(s) + ' ' + out);
}
console.log(h.update(lines.join('\n')).digest('hex'));
console.log(lines.slice(0, 5).join('\n'));
