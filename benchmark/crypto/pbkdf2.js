// pbkdf2Sync with HMAC-SHA256, 500000 iterations, 32 bytes.
const crypto = require('crypto');
const start = process.hrtime.bigint();
const key = crypto.pbkdf2Sync('password', 'salt', 500000, 32, 'sha256');
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (key.length !== 32) throw new Error('wrong length');
console.log(`pbkdf2Sync 5e5 iterations: ${ms.toFixed(1)} ms`);
