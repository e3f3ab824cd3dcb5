// 1e5 crypto.randomBytes(32), synchronous.
const crypto = require('crypto');
const start = process.hrtime.bigint();
let n = 0;
for (let i = 0; i < 1e5; i++) n += crypto.randomBytes(32).length;
const ms = Number(process.hrtime.bigint() - start) / 1e6;
if (n !== 32e5) throw new Error('wrong length');
console.log(`1e5 randomBytes(32): ${ms.toFixed(1)} ms`);
