// buf.indexOf on a 64 MiB buffer: a string near the end, an absent string,
// a Buffer needle, a single byte, and lastIndexOf; 4 rounds.
const MiB = 1024 * 1024;
const buf = Buffer.alloc(64 * MiB, 'abcdefghijklmnopqrstuvwxyz0123456789');
const end = buf.length - 100;
buf.write('needle in the haystack', end);
const needleBuf = Buffer.from('needle in the haystack');
for (let i = 0; i < 4; i++) {
  if (buf.indexOf('needle in the haystack') !== end) throw new Error('string');
  if (buf.indexOf('abcdefghijklmnopqrstuvwxyz0123456789!') !== -1) throw new Error('absent');
  if (buf.indexOf(needleBuf) !== end) throw new Error('buffer');
  if (buf.indexOf(0x21) !== -1) throw new Error('byte');
  if (buf.lastIndexOf('abcdefghijklmnopqrstuvwxyz0123456789', 36) !== 36) throw new Error('last');
  if (!buf.includes('haystack', MiB)) throw new Error('includes');
}
