// createHash(alg) over 256 MiB in 64 KiB updates (argv[2]: the algorithm).
// Prints the time of the hashing alone.
const crypto = require('crypto');
const alg = process.argv[2] || 'sha256';
const chunk = crypto.randomBytes(64 * 1024);
const start = process.hrtime.bigint();
const h = crypto.createHash(alg);
for (let i = 0; i < 4096; i++) h.update(chunk);
const digest = h.digest('hex');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (digest.length === 0) throw new Error('no digest');
console.log(`${alg} 256 MiB: ${ms.toFixed(1)} ms`);
