// eddy's UTF-8 codec takes ASCII in SIMD blocks (16 bytes decoding, 8 units
// encoding) and the rest character by character: this checks long inputs
// where ASCII runs of every length meet multi-byte characters, surrogates
// and invalid bytes at every offset of a block, against node 20. Prints a
// digest and a few samples.
let seed = 4242;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
let digest = 0;
const mix = (s) => { for (let i = 0; i < s.length; i++) digest = (digest * 33 + s.charCodeAt(i)) >>> 0; };
const ascii = (n) => { let s = ''; for (let i = 0; i < n; i++) s += String.fromCharCode(0x20 + rnd(0x5f)); return s; };
const pieces = ['\u00e9', '\u20ac', '\u{1F600}', '\ud800', '\udc00', '\u07ff', '\u0800', '\uffff', '\u0080'];
const badBytes = [[0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0xff], [0xed, 0xa0, 0x80], [0xc0, 0xaf]];
const samples = [];
for (let k = 0; k < 3000; k++) {
  // A string: ASCII runs of 0..40 units between other characters.
  let s = '';
  const parts = 1 + rnd(12);
  for (let p = 0; p < parts; p++) s += ascii(rnd(41)) + (rnd(4) === 0 ? '' : pieces[rnd(pieces.length)]);
  const b = Buffer.from(s);
  mix(b.toString('hex'));
  mix(String(Buffer.byteLength(s)));
  mix(new TextDecoder().decode(new TextEncoder().encode(s)));
  const room = Buffer.alloc(rnd(b.length + 4));
  mix(String(room.write(s)));
  mix(room.toString('hex'));
  // Bytes: ASCII runs between valid and invalid sequences.
  const bytes = [];
  for (let p = 0; p < parts; p++) {
    for (let i = rnd(41); i > 0; i--) bytes.push(0x20 + rnd(0x5f));
    if (rnd(2) === 0) bytes.push(...badBytes[rnd(badBytes.length)]);
    else bytes.push(...Buffer.from(pieces[rnd(pieces.length)]));
  }
  const d = Buffer.from(bytes);
  const t = d.toString('utf8');
  mix(t);
  mix(new TextDecoder().decode(d));
  mix(d.toString('utf8', rnd(4), d.length - rnd(4)));
  if (k < 6) samples.push(JSON.stringify(s).slice(0, 60) + ' / ' + JSON.stringify(t).slice(0, 60));
}
console.log(samples.join('\n'));
console.log('digest', digest);
