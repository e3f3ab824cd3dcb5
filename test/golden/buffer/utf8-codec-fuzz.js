// eddy has its own UTF-8 encoder/decoder (src/string_bytes.cc): this checks it
// against node 20 on invalid sequences, surrogates and partial writes.
// Random bytes (biased to UTF-8 structure) decoded, and random strings (with
// lone surrogates) encoded: prints a digest to compare node and eddy.
let seed = 987;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const lead = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf4, 0xf5, 0xff, 0xa0, 0x90, 0x8f, 0x9f];
let digest = 0;
const mix = (s) => { for (let i = 0; i < s.length; i++) digest = (digest * 33 + s.charCodeAt(i)) >>> 0; };
const samples = [];
for (let k = 0; k < 20000; k++) {
  const n = rnd(24);
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rnd(3) === 0 ? rnd(256) : lead[rnd(lead.length)];
  const s = b.toString('utf8');
  mix(s);
  if (k < 30) samples.push(b.toString('hex') + ' -> ' + JSON.stringify(s));
}
for (let k = 0; k < 20000; k++) {
  const n = rnd(16);
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rnd(6);
    s += r === 0 ? String.fromCharCode(0xd800 + rnd(0x800)) : r === 1 ? String.fromCharCode(rnd(0x80)) :
      r === 2 ? String.fromCharCode(0x80 + rnd(0x780)) : r === 3 ? String.fromCodePoint(0x10000 + rnd(0xfffff)) :
      r === 4 ? String.fromCharCode(0x800 + rnd(0xd000)) : 'é';
  }
  const b = Buffer.from(s, 'utf8');
  mix(b.toString('hex'));
  mix(String(Buffer.byteLength(s)));
  const small = Buffer.alloc(rnd(12));
  mix(String(small.write(s)) + small.toString('hex'));
  if (k < 10) samples.push(JSON.stringify(s) + ' -> ' + b.toString('hex'));
}
console.log(samples.join('\n'));
console.log('digest', digest);
