'use strict';
// base64, base64url and hex decoding of two-byte strings: node reads the low
// byte of each UTF-16 unit ('\u0438' decodes as '8', '\ud83d' ends base64
// data as '=' does). Every unit from U+0100 to U+FFFF, in the middle and at
// the end of the data, through Buffer.from, buf.write and byteLength; prints
// a digest per encoding (expected output from node 20) and a few samples.
const crypto = require('crypto');
for (const enc of ['base64', 'base64url', 'hex']) {
  const h = crypto.createHash('sha256');
  for (let u = 0x100; u < 0x10000; u += 7) {
    const c = String.fromCharCode(u);
    const s = enc === 'hex' ? `ab${c}cd${c}` : `QUJD${c}QUJ${c}Q${c}`;
    h.update(Buffer.from(s, enc));
    h.update(String(Buffer.byteLength(s, enc)));
    const b = Buffer.alloc(7);
    h.update(String(b.write(s, 1, enc)));
    h.update(b);
  }
  console.log(enc, h.digest('hex'));
}
for (const s of ['\u0438\u0438\u0438\u0438', 'QUJDQQ\ud83d\ude00', 'QU\uff4aD', '\u0141\u0142\u0143\u0144']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'hex').toString('hex'));
}
