'use strict';
// createHmac: RFC 4231 test cases 1-7 for SHA-224/256/384/512 (plus RFC 2202
// for MD5/SHA-1), keys as string, bytes and KeyObject, the Transform side, a
// second digest(), and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const rfc4231 = [
  { key: Buffer.alloc(20, 0x0b), data: Buffer.from('Hi There'),
    sha224: '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22',
    sha256: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    sha384: 'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
      'faea9ea9076ede7f4af152e8b2fa9cb6',
    sha512: '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
      'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854' },
  { key: Buffer.from('Jefe'), data: Buffer.from('what do ya want for nothing?'),
    sha224: 'a30e01098bc6dbbf45690f3a7e9e6d0f8bbea2a39e6148008fd05e44',
    sha256: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    sha384: 'af45d2e376484031617f78d2b58a6b1b9c7ef464f5a01b47e42ec3736322445e' +
      '8e2240ca5e69e2c78b3239ecfab21649',
    sha512: '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
      '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737' },
  { key: Buffer.alloc(20, 0xaa), data: Buffer.alloc(50, 0xdd),
    sha224: '7fb3cb3588c6c1f6ffa9694d7d6ad2649365b0c1f65d69d1ec8333ea',
    sha256: '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe',
    sha384: '88062608d3e6ad8a0aa2ace014c8a86f0aa635d947ac9febe83ef4e55966144b' +
      '2a5ab39dc13814b94e3ab6e101a34f27',
    sha512: 'fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39' +
      'bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb' },
  { key: Buffer.from('0102030405060708090a0b0c0d0e0f10111213141516171819', 'hex'),
    data: Buffer.alloc(50, 0xcd),
    sha224: '6c11506874013cac6a2abc1bb382627cec6a90d86efc012de7afec5a',
    sha256: '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
    sha384: '3e8a69b7783c25851933ab6290af6ca77a9981480850009cc5577c6e1f573b4e' +
      '6801dd23c4a7d679ccf8a386c674cffb',
    sha512: 'b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db' +
      'a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd' },
  { key: Buffer.alloc(131, 0xaa),
    data: Buffer.from('Test Using Larger Than Block-Size Key - Hash Key First'),
    sha224: '95e9a0db962095adaebe9b2d6f0dbce2d499f112f2d2b7273fa6870e',
    sha256: '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
    sha384: '4ece084485813e9088d2c63a041bc5b44f9ef1012a2b588f3cd11f05033ac4c6' +
      '0c2ef6ab4030fe8296248df163f44952',
    sha512: '80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352' +
      '6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598' },
  { key: Buffer.alloc(131, 0xaa),
    data: Buffer.from('This is a test using a larger than block-size key and a larger ' +
      'than block-size data. The key needs to be hashed before being used by the HMAC ' +
      'algorithm.'),
    sha224: '3a854166ac5d9f023f54d517d0b39dbd946770db9c2b95c9f6f565d1',
    sha256: '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
    sha384: '6617178e941f020d351e2f254e8fd32c602420feb0b8fb9adccebb82461e99c5' +
      'a678cc31e799176d3860e6110c46523e',
    sha512: 'e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944' +
      'b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58' },
];
for (const [i, v] of rfc4231.entries()) {
  for (const alg of ['sha224', 'sha256', 'sha384', 'sha512']) {
    assert.strictEqual(crypto.createHmac(alg, v.key).update(v.data).digest('hex'), v[alg],
                       `case ${i} ${alg}`);
  }
}
// RFC 4231 case 5: output truncated to 128 bits.
assert.strictEqual(
  crypto.createHmac('sha256', Buffer.alloc(20, 0x0c)).update('Test With Truncation')
    .digest('hex').slice(0, 32),
  'a3b6167473100ee06e0c796c2955552b');

// RFC 2202.
assert.strictEqual(crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?')
  .digest('hex'), '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?')
  .digest('hex'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');

// Digests outside the SHA-1/SHA-2/MD5 fast path, and keys longer than a block
// (node 20's output).
for (const [digest, hex] of [
  ['sha3-256', 'f7005cd351f68062dae84960737be699fae731135019ae6455f44ad4b874fe67'],
  ['ripemd160', 'e877bf284add1cea7055483c6b6ddfabf111f1c3'],
  ['sha512-256', 'fc7b4ba201770f6c65fb3cca030cc95e9ef188da51d78f76667c64848f478bfc'],
  ['blake2b512', '5c169e8a18362381efbc0f688fa1d48e99f2bd5885a19c29943e28b43d566f33' +
   '0555d6c37a277cd4cbb1deca561f377c02f0d5388c6e1efd6e97de2bd8b2d678'],
]) {
  assert.strictEqual(crypto.createHmac(digest, 'key').update('The quick brown fox').digest('hex'),
                     hex, digest);
}
assert.strictEqual(crypto.createHmac('sha256', 'k'.repeat(200)).update('x').digest('hex'),
                   'a34abd1b081e75091b5f15447fb45ea6a1a7d624c190b880750d5d0f52ca715e');
assert.strictEqual(crypto.createHmac('sha512', 'k'.repeat(200)).update('x').digest('hex'),
                   '3bea04514dec7eac85d846ec90cead0c22ff461ba7250c03635876766055b829' +
                   'aac0109c567fa359e5f177a9e8c30233a682a33467845ac6f966813635668f7a');

// Keys: string (with options.encoding), bytes of any kind, KeyObject, empty.
{
  const expected = rfc4231[1].sha256;
  const msg = 'what do ya want for nothing?';
  const mac = (key, opts) => crypto.createHmac('sha256', key, opts).update(msg).digest('hex');
  assert.strictEqual(mac('Jefe'), expected);
  assert.strictEqual(mac('4a656665', { encoding: 'hex' }), expected);
  assert.strictEqual(mac(new Uint8Array([0x4a, 0x65, 0x66, 0x65])), expected);
  assert.strictEqual(mac(new Uint8Array([0x4a, 0x65, 0x66, 0x65]).buffer), expected);
  const pooled = Buffer.from('xJefe');
  assert.strictEqual(mac(new DataView(pooled.buffer, pooled.byteOffset + 1, 4)), expected);
  assert.strictEqual(mac(crypto.createSecretKey(Buffer.from('Jefe'))), expected);
  assert.strictEqual(crypto.createHmac('sha256', '').update('abc').digest('hex'),
                     'fd7adb152c05ef80dccf50a1fa4c05d5a3ec6da95575fc312ae7c5d091836351');
  assert.strictEqual(crypto.createHmac('sha256', Buffer.alloc(0)).digest('base64'),
                     'thNnmggU2ex3L5XXeMNfxf8Wl8STcVZTxscSFEKSxa0=');
}

// Updates in pieces and in string encodings; output encodings.
{
  const h = crypto.createHmac('sha512', 'key');
  h.update('what do ');
  h.update(Buffer.from('ya want '));
  h.update('666f72206e6f7468696e673f', 'hex');
  const d = h.digest();
  assert.strictEqual(d.toString('hex'),
                     crypto.createHmac('sha512', 'key').update('what do ya want for nothing?')
                       .digest('hex'));
  assert.strictEqual(
    crypto.createHmac('sha256', 'k').update('x').digest('base64url'),
    crypto.createHmac('sha256', 'k').update('x').digest('base64')
      .replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
}

// A second digest() is empty, not an error; update after digest is.
{
  const h = crypto.createHmac('sha256', 'k');
  assert.strictEqual(h.digest().length, 32);
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  assert.strictEqual(h.digest('hex'), '');
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Errors.
assert.throws(() => crypto.createHmac('foo', 'k'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError', message: 'Invalid digest: foo' });
assert.throws(() => crypto.createHmac(1, 'k'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hmac" argument must be of type string. Received type number (1)' });
for (const key of [1, null, undefined, {}, true]) {
  assert.throws(() => crypto.createHmac('sha256', key), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey\./,
  });
}
assert.throws(() => crypto.createHmac('foo', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('sha256', 'k').update([]), { code: 'ERR_INVALID_ARG_TYPE' });

// Hmac is a Transform stream.
{
  const h = crypto.createHmac('sha256', 'Jefe');
  let out = '';
  h.setEncoding('hex');
  h.on('data', (d) => { out += d; });
  h.on('end', () => { assert.strictEqual(out, rfc4231[1].sha256); done = true; });
  let done = false;
  h.end('what do ya want for nothing?');
  process.on('exit', () => assert(done));
}
