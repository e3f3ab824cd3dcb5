'use strict';
// The native handles behind Hash/Hmac/Cipher objects (reachable through
// their symbol-keyed property) refuse any other receiver instead of
// crashing: V8's "Illegal invocation".
const assert = require('assert');
const crypto = require('crypto');

const handleOf = (obj) => {
  const sym = Object.getOwnPropertySymbols(obj).find((s) => String(s) === 'Symbol(kHandle)');
  return obj[sym];
};
const hash = handleOf(crypto.createHash('md5'));
const hmac = handleOf(crypto.createHmac('sha256', 'k'));
const cipher = handleOf(crypto.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)));
const foreign = [{}, [], Object.create(Object.getPrototypeOf(hash)), new (require('events'))()];
for (const [method, own] of [[hash.update, hash], [hash.digest, hash],
                             [cipher.update, cipher], [cipher.final, cipher],
                             [cipher.setAutoPadding, cipher]]) {
  for (const recv of [...foreign, own === hash ? cipher : hash]) {
    assert.throws(() => method.call(recv, Buffer.from('x')),
                  { name: 'TypeError', message: 'Illegal invocation' });
  }
}
assert.strictEqual(typeof hmac.update, 'function');
