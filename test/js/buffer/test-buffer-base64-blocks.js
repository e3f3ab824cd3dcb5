'use strict';
// base64 and base64url encoding take 24 bytes a step in eddy (AVX2 where
// the CPU has it): every length around the block sizes and every byte value
// at every position must give what node gives (checked here against a plain
// JS encoder).
const assert = require('assert');

const std = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const url = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function ref(b, alphabet, pad) {
  let s = '';
  let i = 0;
  for (; i + 3 <= b.length; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63] + alphabet[v & 63];
  }
  if (b.length - i === 1) {
    const v = b[i] << 16;
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63] + (pad ? '==' : '');
  } else if (b.length - i === 2) {
    const v = (b[i] << 16) | (b[i + 1] << 8);
    s += alphabet[v >> 18] + alphabet[(v >> 12) & 63] + alphabet[(v >> 6) & 63] + (pad ? '=' : '');
  }
  return s;
}

let seed = 5;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const bytes = Buffer.alloc(600);
for (let i = 0; i < bytes.length; i++) bytes[i] = rnd(256);
for (let len = 0; len <= 120; len++) {
  for (const start of [0, 1, 5]) {
    const b = bytes.subarray(start, start + len);
    assert.strictEqual(b.toString('base64'), ref(b, std, true), `base64 of ${len} bytes`);
    assert.strictEqual(b.toString('base64url'), ref(b, url, false), `base64url of ${len} bytes`);
  }
}
// Every byte value in every position of a 24-byte block.
const all = Buffer.alloc(256 * 3 + 30);
for (let i = 0; i < 256 * 3; i++) all[i] = i % 256;
for (let shift = 0; shift < 24; shift++) {
  const b = all.subarray(shift, shift + 512);
  assert.strictEqual(b.toString('base64'), ref(b, std, true));
  assert.strictEqual(b.toString('base64url'), ref(b, url, false));
}
// A long one round-trips.
const big = Buffer.alloc(3 * 1024 * 1024 + 7);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 11)) & 0xff;
assert.ok(Buffer.from(big.toString('base64'), 'base64').equals(big));
assert.strictEqual(big.toString('base64'), ref(big, std, true));
