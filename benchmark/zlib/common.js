'use strict';
// Deterministic, compressible but non-trivial input for the zlib workloads:
// JSON log records (what servers gzip most) whose fields draw words from a
// 2048-word vocabulary with a skewed, Zipf-like frequency, plus counters and
// timestamps. Deflate level 6 makes it about 3.3x smaller.
function makeText(bytes, seed = 12345) {
  let x = seed >>> 0;
  const next = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
  const vocab = [];
  for (let i = 0; i < 2048; i++) {
    let w = '';
    const len = 2 + (next() >>> 28) % 10;
    for (let j = 0; j < len; j++) w += String.fromCharCode(97 + ((next() >>> 16) % 26));
    vocab.push(w);
  }
  // Skewed pick: low indices (common words) far more often.
  const word = () => {
    const r = (next() >>> 8) / 16777216;
    return vocab[Math.floor(2048 * r * r * r)];
  };
  const out = Buffer.allocUnsafe(bytes);
  let pos = 0;
  let id = 1000000;
  let ts = 1700000000000;
  let lines = '';
  while (pos < bytes) {
    id += 1 + (next() >>> 29);
    ts += next() >>> 22;
    let msg = word();
    const n = 3 + (next() >>> 28);
    for (let i = 0; i < n; i++) msg += ' ' + word();
    lines += `{"id":${id},"ts":${ts},"level":"${['info', 'warn', 'debug', 'error'][next() >>> 30]}",` +
      `"user":"${word()}","path":"/${word()}/${word()}","status":${200 + (next() >>> 29) * 50},` +
      `"bytes":${next() >>> 16},"msg":"${msg}"}\n`;
    if (lines.length > 8192) {
      pos += out.write(lines, pos, 'latin1');
      lines = '';
    }
  }
  return out;
}

function report(label, startNs) {
  const ms = Number(process.hrtime.bigint() - startNs) / 1e6;
  console.log(`${label}: ${ms.toFixed(1)} ms`);
}

module.exports = { makeText, report };
