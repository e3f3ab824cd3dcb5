// Lenient base64 decoding (both alphabets, junk characters skipped, '=' ends
// the data) of pseudo-random strings long enough to go through eddy's SIMD
// path and its scalar tail; prints a digest line per length class.
let seed = 12345;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const alpha = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const junk = ' \n\t=!.\u00e9\u0100';
for (const [count, maxLen, junkRate] of [[400, 40, 30], [200, 300, 80], [50, 3000, 400], [5, 100000, 5000]]) {
  const lines = [];
  for (let k = 0; k < count; k++) {
    const len = rnd(maxLen);
    let s = '';
    for (let i = 0; i < len; i++) {
      s += rnd(junkRate) === 0 ? junk[rnd(junk.length)] : alpha[rnd(alpha.length)];
    }
    const buf = Buffer.from(s, 'base64');
    const url = Buffer.from(s, 'base64url');
    lines.push(`${buf.length}:${buf.toString('hex').slice(0, 64)}:${buf.toString('base64').slice(-16)}` +
               `:${url.equals(buf)}`);
  }
  console.log(count, maxLen, lines.join('|').length);
  console.log(lines.slice(0, 20).join('\n'));
  // A cheap checksum of every decoded byte.
  let sum = 0;
  for (const line of lines) for (let i = 0; i < line.length; i++) sum = (sum * 31 + line.charCodeAt(i)) >>> 0;
  console.log('sum', sum);
}
