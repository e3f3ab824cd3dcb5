'use strict';
// Strings of Latin-1 characters (one-byte strings in V8) written as UTF-8
// into buffers with room for the worst case (eddy copies them in and widens
// in place) and into buffers too small (whole characters only), at offsets.
// Prints a digest of every result; the expected digest comes from node 20.
const crypto = require('crypto');
const h = crypto.createHash('sha256');
let seed = 1;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
for (let t = 0; t < 3000; t++) {
  const n = Math.floor(rnd() * 200);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += String.fromCharCode(rnd() < 0.7 ? 32 + Math.floor(rnd() * 95) : Math.floor(rnd() * 256));
  }
  const roomy = Buffer.alloc(n * 2 + Math.floor(rnd() * 5));
  const written = roomy.write(s, Math.min(roomy.length, Math.floor(rnd() * 3)));
  h.update(roomy);
  h.update(String(written));
  const tight = Buffer.alloc(Math.floor(rnd() * n * 2));
  h.update(String(tight.write(s)));
  h.update(tight);
  h.update(Buffer.from(s, 'utf8'));
}
console.log(h.digest('hex'));
