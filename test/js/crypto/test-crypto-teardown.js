'use strict';
// Crypto objects and thread-pool jobs at exit: process.exit() with scrypt,
// pbkdf2, hkdf and randomFill jobs in flight and live Hash/Hmac/Cipher
// objects; nothing calls back, the runtime tears down cleanly and keeps
// the exit code.
const crypto = require('crypto');
const fail = (what) => () => { throw new Error(`${what} callback ran after exit`); };
for (let i = 0; i < 4; i++) {
  crypto.scrypt('pw', 'salt', 64, { N: 2 ** 14 }, fail('scrypt'));
  crypto.pbkdf2('pw', 'salt', 1e5, 32, 'sha256', fail('pbkdf2'));
  crypto.hkdf('sha256', 'k', 's', 'i', 32, fail('hkdf'));
  crypto.randomFill(Buffer.alloc(1 << 20), fail('randomFill'));
  crypto.randomBytes(1 << 20, fail('randomBytes'));
}
const live = [
  crypto.createHash('sha256').update('x'),
  crypto.createHmac('sha512', 'k').update('x'),
  crypto.createHmac('sha3-256', 'k').update('x'),
  crypto.createCipheriv('aes-256-gcm', Buffer.alloc(32), Buffer.alloc(12)),
  crypto.createHash('md5').pipe(new (require('stream').PassThrough)()),
];
process.on('exit', (code) => {
  if (code !== 3) throw new Error('unexpected exit code ' + code);
  if (live.length !== 5) throw new Error('objects lost');
  process.exitCode = 0;  // the test passes when this handler ran to here
});
process.exit(3);
