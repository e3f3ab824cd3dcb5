// AES-256-GCM encryption of 256 MiB in 64 KiB updates, then the tag.
const crypto = require('crypto');
const chunk = crypto.randomBytes(64 * 1024);
const key = crypto.randomBytes(32);
const iv = crypto.randomBytes(12);
const start = process.hrtime.bigint();
const c = crypto.createCipheriv('aes-256-gcm', key, iv);
let n = 0;
for (let i = 0; i < 4096; i++) n += c.update(chunk).length;
n += c.final().length;
const tag = c.getAuthTag();
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (n !== 256 * 1024 * 1024 || tag.length !== 16) throw new Error('wrong output');
console.log(`aes-256-gcm 256 MiB: ${ms.toFixed(1)} ms`);
