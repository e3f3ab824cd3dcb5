'use strict';
// Hex in and out of Buffers is done 16 bytes (32 digits) at a time in eddy:
// every position of a block must give node's answer, including where a
// decode stops at the first pair that isn't hex.
const assert = require('assert');

let seed = 77;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const bytes = Buffer.alloc(200);
for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);
const ref = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

for (let len = 0; len <= 70; len++) {
  const b = bytes.subarray(0, len);
  const hex = b.toString('hex');
  assert.strictEqual(hex, ref(b));
  assert.ok(Buffer.from(hex, 'hex').equals(b));
  assert.ok(Buffer.from(hex.toUpperCase(), 'hex').equals(b));
  // Odd length: the last digit is dropped.
  assert.ok(Buffer.from(hex + 'a', 'hex').equals(b));
}

const hex = bytes.toString('hex');
for (let pos = 0; pos < 100; pos++) {
  for (const ch of ['g', 'G', '/', ':', '@', '`', '\u00e9', ' ', '\0']) {
    const s = hex.slice(0, pos) + ch + hex.slice(pos + 1);
    const got = Buffer.from(s, 'hex');
    assert.strictEqual(got.length, pos >> 1, `bad digit ${JSON.stringify(ch)} at ${pos}`);
    assert.ok(got.equals(bytes.subarray(0, pos >> 1)));
    const into = Buffer.alloc(120);
    assert.strictEqual(into.write(s, 'hex'), pos >> 1);
  }
}
// Mixed case within a block, and a capacity that ends inside one.
assert.strictEqual(Buffer.from('aBcDeF0123456789AbCdEf0123456789ff', 'hex').toString('hex'),
                   'abcdef0123456789abcdef0123456789ff');
const small = Buffer.alloc(5);
assert.strictEqual(small.write(hex, 'hex'), 5);
assert.ok(small.equals(bytes.subarray(0, 5)));
