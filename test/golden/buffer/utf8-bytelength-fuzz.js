// Buffer.byteLength of UTF-8 strings (short ones are measured in JS since
// the fourth session): surrogate pairs, lone surrogates, the 64-unit edge,
// and random mixes, beside Buffer.from(s).length.
const cases = ['', 'a', 'Hello World', 'é', '€', '😀', '\ud83d', '\ude00', 'a\ud83d', '\ud83da', '\ud83d\ud83d\ude00', 'x'.repeat(64), 'é'.repeat(64), 'é'.repeat(65), '€😀é\ud800\udfff\udbff\udc00', String.fromCharCode(0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0xd7ff, 0xe000)];
const out = [];
for (const c of cases) out.push([Buffer.byteLength(c), Buffer.byteLength(c, 'utf8'), Buffer.byteLength(c, 'utf-8'), Buffer.byteLength(c, 'bogus'), Buffer.from(c).length].join(','));
// random strings
let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
for (let k = 0; k < 2000; k++) { let s = ''; const len = (rnd() * 70) | 0; for (let i = 0; i < len; i++) { const r = rnd(); s += String.fromCharCode(r < 0.4 ? (rnd() * 128) | 0 : r < 0.6 ? (rnd() * 0x800) | 0 : r < 0.8 ? 0xd800 + ((rnd() * 0x800) | 0) : (rnd() * 0x10000) | 0); } out.push(Buffer.byteLength(s) + ':' + Buffer.from(s).length); }
console.log(out.join('\n'));
