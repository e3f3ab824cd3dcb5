'use strict';
// pbkdf2 (RFC 6070), scrypt (RFC 7914), hkdf (RFC 5869): Sync and callback
// forms, argument kinds, and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const mustCall = require('../../fixtures/must-call');

// --- PBKDF2-HMAC-SHA1, RFC 6070 -----------------------------------------------
const pbkdf2Vectors = [
  ['password', 'salt', 1, 20, '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25,
   '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, '56fa6aa75548099dcc37d7f03425e0c3'],
];
for (const [p, s, c, len, hex] of pbkdf2Vectors) {
  const out = crypto.pbkdf2Sync(p, s, c, len, 'sha1');
  assert(Buffer.isBuffer(out));
  assert.strictEqual(out.toString('hex'), hex);
  crypto.pbkdf2(Buffer.from(p), new Uint8Array(Buffer.from(s)), c, len, 'sha1',
                mustCall((err, key) => {
                  assert.strictEqual(err, null);
                  assert(Buffer.isBuffer(key));
                  assert.strictEqual(key.toString('hex'), hex);
                }));
}
// Other digests and lengths (node 20's output).
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 32, 'sha256').toString('hex'),
                   '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b');
// Every digest family, a password longer than the hash block and several output
// blocks (node 20's output).
for (const [digest, hex] of [
  ['sha224',
   '388c169254a28fccf926965e76ff0d49b651a7f3f8955e14622353ca0c707c5e74b1aced60b32d469658f42058383777bc92' +
   '0b2eaabed72fb11e527a59f7f7fc053543ea07148d0cfed838113dbded13ac00609c542984769cee914c50ce1dd0ab5328da'],
  ['sha256',
   '5b7a12dd145313b986b7d0a231ded8e52795b714388a6338573b07ec03af27a1b0a0277ce7e8a3cd905d22fe6d8b23e3abaf' +
   'abd8528fcd828e0af89fd76034b336b1d8c7262db4fefd3894719cdcdc4ae6a988038ec6cde91b0743e98c78542ef3259d94'],
  ['sha384',
   '8ef44bda0c39e1e85c57ddd01488562e4d44de23068da232fadd1f6804cbccffc59a0d2b36545e9299c45c8465e946d55738' +
   '1e225a46a53ca023dfe6af4bb488c53b6969cc3c24f977a407b9441ae67d2b2f9f1b55b4ae834ee621eb5532123212a128af'],
  ['sha512',
   'd0c7a03e629323e072bb01e49f1231e1434685096d955b4cba461e1dda24e320d1b97c242bfb8642f3c64d5e679599691183' +
   '652b3af3c325eb5be0ef7e43f40ce48892fc5187a1e3798c94b84dac73a4cb888413ad493c21cdae3f982999dfad1faa9d1a'],
  ['sha1',
   '7a95f2791d305438252a194fb81f1c7cbf7eff069fa5b6aa16eb0a39bcd1a9a8581b540ffdeab9d384c9494f6c5159ed9f62' +
   'e77153d3bfb4685b54598bae77038d02c2afe0e3edbadb9e2bb7242fba05bca619d87650c4f278735009abc5b8121a74dbbf'],
  ['md5',
   '9df9595048532586db6df81fabd3691f847aa7269d171df33d4a748a32919dc33507984ae3bce2bb49f81e1c5ae9a78561cc' +
   'b0b9c60dc232a1e20307f10c77570bb05783fa4a1ba99226af412b58830a8a021966d1b8cc5c59f80229840fe181b3ab9fb8'],
  ['sha3-256',
   '54ef5d176a3009fe61821bde6f6704b682bc1471402bc79c10a4559308ce77444917f5b703a600d2fa207dc7b3745d703ea4' +
   '8c7b35eb1d712777ef7ce915b64ecb5a8fc0142e12d6b0d3595a1c8359d20183039d0c8bf5ec205f4aee7d1fee9ae8f4b839'],
  ['sha512-256',
   '13f45c56f0ff707a37aed0133328553e18fd0a767973e5dd5165c0552dd20be239049d15ac9c37bc6e5a51f1fb9adf508297' +
   '00ad29b581fe9dc091e3b8a488e9c8dcff88e124df98a2278919636cecd4d62fd1e8da022668fe75e0d980a9b24fe205f151'],
]) {
  assert.strictEqual(crypto.pbkdf2Sync('p'.repeat(150), 'salt', 3, 100, digest).toString('hex'), hex,
                     digest);
}
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 0, 'sha256').length, 0);
assert.strictEqual(crypto.pbkdf2Sync('', '', 1, 8, 'SHA512').toString('hex'), '6d2ecbbbfb2e6dcd');

assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. ' +
    'Received 0' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1.5, 10, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be an integer. Received 1.5' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'foo'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: foo' });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'foo', () => assert.fail()), {
  code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined' });
assert.throws(() => crypto.pbkdf2Sync(1, 'b', 1, 10, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, or DataView. Received type number (1)' });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined' });

// --- scrypt, RFC 7914 section 12 ------------------------------------------------
assert.strictEqual(
  crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'),
  '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
  'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906');
const naclHex = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
  '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
assert.strictEqual(
  crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'), naclHex);
crypto.scrypt('password', 'NaCl', 64, { cost: 1024, blockSize: 8, parallelization: 16 },
              mustCall((err, key) => {
                assert.strictEqual(err, null);
                assert.strictEqual(key.toString('hex'), naclHex);
              }));
// Defaults (N=16384, r=8, p=1), with 0 meaning the default (node 20's output).
crypto.scrypt('a', 'b', 10, mustCall((err, key) => {
  assert.strictEqual(err, null);
  assert.strictEqual(key.toString('hex'), '87c5081bda438d4970b5');
}));
assert.strictEqual(crypto.scryptSync('a', 'b', 4, { N: 0, r: 0, p: 0, maxmem: 0 })
  .toString('hex'), '87c5081b');

assert.throws(() => crypto.scryptSync('a', 'b', 64, { N: 3 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', name: 'RangeError', message: 'Invalid scrypt params' });
assert.throws(() => crypto.scryptSync('a', 'b', 64, { N: 2 ** 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit ' +
    'exceeded' });
assert.throws(() => crypto.scryptSync('a', 'b', 4, { N: 16, r: 1, p: 1, maxmem: 100 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS' });
assert.throws(() => crypto.scryptSync('a', 'b', 64, { N: 16, cost: 16 }), {
  code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter' });
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "N" is out of range. It must be >= 0 && <= 4294967295. Received -1' });
assert.throws(() => crypto.scryptSync('a', 'b', 10, { maxmem: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scryptSync('a', 'b', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('a', 'b', 10), { code: 'ERR_INVALID_ARG_TYPE' });

// --- HKDF, RFC 5869 ---------------------------------------------------------------
const range = (from, to) => Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));
const hkdfVectors = [
  ['sha256', Buffer.alloc(22, 0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
   '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'],
  ['sha256', range(0x00, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82,
   'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c6' +
   '5e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87'],
  ['sha256', Buffer.alloc(22, 0x0b), Buffer.alloc(0), Buffer.alloc(0), 42,
   '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8'],
  ['sha1', Buffer.alloc(11, 0x0b), range(0x00, 0x0c), range(0xf0, 0xf9), 42,
   '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896'],
];
for (const [digest, ikm, salt, info, len, hex] of hkdfVectors) {
  const out = crypto.hkdfSync(digest, ikm, salt, info, len);
  assert(out instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(out).toString('hex'), hex);
  crypto.hkdf(digest, crypto.createSecretKey(ikm), salt, info, len,
              mustCall((err, key) => {
                assert.strictEqual(err, null);
                assert(key instanceof ArrayBuffer);
                assert.strictEqual(Buffer.from(key).toString('hex'), hex);
              }));
}
// String arguments and an empty key (node 20's output).
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', '', 's', 'i', 10)).toString('hex'),
                   'e7ee38c8e709aea46ec6');
assert.strictEqual(crypto.hkdfSync('sha512', 'k', 's', 'i', 255 * 64).byteLength, 255 * 64);
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);

assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length' });
assert.throws(() => crypto.hkdfSync('foo', 'k', 's', 'i', 10), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than 1024 ' +
    'bytes. Received 1025' });
assert.throws(() => crypto.hkdfSync('sha256', 1, 's', 'i', 10), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ikm" argument must be of type string or an instance of SecretKeyObject, ' +
    'ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 1, 'i', 10), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "salt" argument must be of type string or an instance of ArrayBuffer, ' +
    'TypedArray, DataView, or Buffer. Received type number (1)' });
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4294967296. ' +
    'Received -1' });
assert.throws(() => crypto.hkdfSync(1, 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
