// buf.toString(encoding) of a 64 MiB buffer, 4 times.
// usage: to-string.js utf8|base64|hex|latin1
const enc = process.argv[2] || 'utf8';
const MiB = 1024 * 1024;
// For utf8 the bytes are valid UTF-8 text with multi-byte characters;
// for the others any bytes will do.
const pattern = enc === 'utf8' ?
  Buffer.from('The quick brown fox \u00e9\u00e8\u00ea jumps \u20ac\u2603 over \u{1F600} the lazy dog 0123') :
  Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) & 0xff));
const buf = Buffer.alloc(64 * MiB - (64 * MiB) % pattern.length, pattern);
let total = 0;
for (let i = 0; i < 4; i++) total += buf.toString(enc).length;
if (total === 0) throw new Error('empty');
