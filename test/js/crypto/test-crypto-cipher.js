'use strict';
// createCipheriv / createDecipheriv: NIST SP 800-38A (ECB, CBC, CTR), the
// GCM spec's test cases, RFC 8439 ChaCha20-Poly1305, padding, AAD and tags,
// streams, getCipherInfo/getCiphers, and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const hex = (s) => Buffer.from(s, 'hex');

function encrypt(alg, key, iv, pt, { padding = true, aad, tagLength } = {}) {
  const c = crypto.createCipheriv(alg, key, iv,
                                  tagLength ? { authTagLength: tagLength } : undefined);
  c.setAutoPadding(padding);
  if (aad) c.setAAD(aad);
  const ct = Buffer.concat([c.update(pt), c.final()]);
  return { ct, tag: aad !== undefined || /gcm|poly/.test(alg) ? c.getAuthTag() : undefined };
}

function decrypt(alg, key, iv, ct, { padding = true, aad, tag } = {}) {
  const d = crypto.createDecipheriv(alg, key, iv);
  d.setAutoPadding(padding);
  if (aad) d.setAAD(aad);
  if (tag) d.setAuthTag(tag);
  return Buffer.concat([d.update(ct), d.final()]);
}

// --- NIST SP 800-38A, AES-128 ----------------------------------------------------
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const pt = hex('6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51' +
               '30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710');
const sp800 = [
  ['aes-128-ecb', null, '3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf' +
   '43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4'],
  ['aes-128-cbc', hex('000102030405060708090a0b0c0d0e0f'),
   '7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2' +
   '73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7'],
  ['aes-128-ctr', hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
   '874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff' +
   '5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee'],
];
for (const [alg, iv, ctHex] of sp800) {
  assert.strictEqual(encrypt(alg, key128, iv, pt, { padding: false }).ct.toString('hex'), ctHex,
                     alg);
  assert.deepStrictEqual(decrypt(alg, key128, iv, hex(ctHex), { padding: false }), pt, alg);
}

// --- round trips with padding, every key size, odd lengths, string I/O ----------
for (const bits of [128, 192, 256]) {
  for (const mode of ['cbc', 'ecb', 'ctr', 'gcm']) {
    const alg = `aes-${bits}-${mode}`;
    const info = crypto.getCipherInfo(alg);
    const key = crypto.randomBytes(bits / 8);
    const iv = info.ivLength ? crypto.randomBytes(info.ivLength) : null;
    for (const len of [0, 1, 15, 16, 17, 1000]) {
      const msg = crypto.randomBytes(len);
      const { ct, tag } = encrypt(alg, key, iv, msg);
      if (mode === 'cbc' || mode === 'ecb') assert.strictEqual(ct.length, (len >> 4 << 4) + 16);
      else assert.strictEqual(ct.length, len);
      assert.deepStrictEqual(decrypt(alg, key, iv, ct, { tag }), msg, `${alg} ${len}`);
    }
  }
}
{
  const key = Buffer.alloc(32, 7);
  const iv = Buffer.alloc(16, 9);
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  const ctHex = c.update('héllo wörld', 'utf8', 'hex') + c.final('hex');
  // node 20's output.
  assert.strictEqual(ctHex, '81447e90693029925d89488a1b829eb9');
  const d = crypto.createDecipheriv('aes-256-cbc', key, iv);
  assert.strictEqual(d.update(ctHex, 'hex', 'utf8') + d.final('utf8'), 'héllo wörld');
  const b = crypto.createCipheriv('aes-256-cbc', key, iv);
  const ct64 = b.update('héllo wörld', 'utf8', 'base64') + b.final('base64');
  assert.strictEqual(Buffer.from(ct64, 'base64').toString('hex'), ctHex);
  // Keys and IVs as strings, ArrayBuffers and KeyObjects.
  const k2 = crypto.createCipheriv('aes-256-cbc', 'x'.repeat(32), 'y'.repeat(16));
  const k3 = crypto.createCipheriv('aes-256-cbc', crypto.createSecretKey(Buffer.from('x'.repeat(32))),
                                   new Uint8Array(Buffer.from('y'.repeat(16))).buffer);
  assert.deepStrictEqual(Buffer.concat([k2.update('abc'), k2.final()]),
                         Buffer.concat([k3.update('abc'), k3.final()]));
}

// --- encodings (node 20's behaviour) --------------------------------------------------
{
  const make = () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  // An unknown input encoding is utf8; an unknown output one is an error.
  let c = make();
  assert.strictEqual(c.update('abc', 'bogus', 'hex') + c.final('hex'),
                     '976a995f94cf4c1e24b6e2fb067e7a69');
  assert.throws(() => make().update('abc', 'utf8', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
  // Output split across calls stays one base64 string; switching encodings throws.
  c = make();
  assert.strictEqual(c.update('abc', 'utf8', 'base64') +
                     c.update('defghijklmnopqrstuvwxyz', 'utf8', 'base64') + c.final('base64'),
                     'w69xrd/k/KxpQShqdt3twlLGp8ZCikR2eQBgyHISEDA=');
  c = make();
  c.update('abc', 'utf8', 'hex');
  assert.throws(() => c.final('base64'), { code: 'ERR_INTERNAL_ASSERTION',
                                          message: /^Cannot change encoding/ });
  assert.throws(() => make().update(new ArrayBuffer(3)), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
      'or DataView. Received an instance of ArrayBuffer' });
  // setAutoPadding() without an argument turns padding off (node 20).
  c = make();
  c.setAutoPadding();
  c.update('a');
  assert.throws(() => c.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
}

// --- GCM (McGrew & Viega test cases 2 and 4) ---------------------------------------
{
  const { ct, tag } = encrypt('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), Buffer.alloc(16));
  assert.strictEqual(ct.toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
  assert.strictEqual(tag.toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');
}
const gcm4 = {
  key: hex('feffe9928665731c6d6a8f9467308308'),
  iv: hex('cafebabefacedbaddecaf888'),
  pt: hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
          '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39'),
  aad: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
  ct: '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
      '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091',
  tag: '5bc94fbc3221a5db94fae95ae7121a47',
};
{
  const { ct, tag } = encrypt('aes-128-gcm', gcm4.key, gcm4.iv, gcm4.pt, { aad: gcm4.aad });
  assert.strictEqual(ct.toString('hex'), gcm4.ct);
  assert.strictEqual(tag.toString('hex'), gcm4.tag);
  assert.deepStrictEqual(decrypt('aes-128-gcm', gcm4.key, gcm4.iv, ct,
                                 { aad: gcm4.aad, tag }), gcm4.pt);
  // Truncated tags with authTagLength.
  const short = encrypt('aes-128-gcm', gcm4.key, gcm4.iv, gcm4.pt,
                        { aad: gcm4.aad, tagLength: 8 });
  assert.strictEqual(short.tag.toString('hex'), gcm4.tag.slice(0, 16));
  // A bad tag, bad AAD, a flipped bit, or no tag: node's message, no code.
  const auth = { message: 'Unsupported state or unable to authenticate data' };
  const badTag = Buffer.from(tag);
  badTag[0] ^= 1;
  assert.throws(() => decrypt('aes-128-gcm', gcm4.key, gcm4.iv, ct, { aad: gcm4.aad, tag: badTag }),
                auth);
  assert.throws(() => decrypt('aes-128-gcm', gcm4.key, gcm4.iv, ct, { aad: hex('00'), tag }), auth);
  const badCt = Buffer.from(ct);
  badCt[5] ^= 0x80;
  assert.throws(() => decrypt('aes-128-gcm', gcm4.key, gcm4.iv, badCt, { aad: gcm4.aad, tag }),
                auth);
  assert.throws(() => decrypt('aes-128-gcm', gcm4.key, gcm4.iv, ct, { aad: gcm4.aad }), auth);
  // Any IV length but 0.
  const iv60 = crypto.randomBytes(60);
  const long = encrypt('aes-256-gcm', Buffer.alloc(32, 1), iv60, Buffer.from('abc'));
  assert.deepStrictEqual(decrypt('aes-256-gcm', Buffer.alloc(32, 1), iv60, long.ct,
                                 { tag: long.tag }), Buffer.from('abc'));
}

// --- ChaCha20-Poly1305, RFC 8439 section 2.8.2 --------------------------------------
{
  const key = range(0x80, 0x9f);
  const iv = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const msg = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you " +
                          'only one tip for the future, sunscreen would be it.');
  const ctHex = 'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6' +
    '3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36' +
    '92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc' +
    '3ff4def08e4b7a9de576d26586cec64b6116';
  const { ct, tag } = encrypt('chacha20-poly1305', key, iv, msg, { aad, tagLength: 16 });
  assert.strictEqual(ct.toString('hex'), ctHex);
  assert.strictEqual(tag.toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
  assert.deepStrictEqual(decrypt('chacha20-poly1305', key, iv, ct, { aad, tag }), msg);
  const bad = Buffer.from(tag);
  bad[15] ^= 1;
  assert.throws(() => decrypt('chacha20-poly1305', key, iv, ct, { aad, tag: bad }),
                { message: 'Unsupported state or unable to authenticate data' });
}

function range(from, to) {
  return Buffer.from(Array.from({ length: to - from + 1 }, (_, i) => from + i));
}

// --- padding ---------------------------------------------------------------------------
{
  const key = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(16, 2);
  const c = crypto.createCipheriv('aes-128-cbc', key, iv);
  c.setAutoPadding(false);
  c.update('a');
  assert.throws(() => c.final(), {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
    reason: 'wrong final block length',
    library: 'Provider routines',
  });
  const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
  d.update(Buffer.alloc(16));
  assert.throws(() => d.final(), { code: 'ERR_OSSL_BAD_DECRYPT',
                                   message: 'error:1C800064:Provider routines::bad decrypt' });
}

// --- state errors ---------------------------------------------------------------------
{
  const key = Buffer.alloc(32, 1);
  const iv = Buffer.alloc(16, 2);
  const iv12 = Buffer.alloc(12, 3);
  const c = crypto.createCipheriv('aes-256-cbc', key, iv);
  c.final();
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
  assert.throws(() => c.update('a'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.setAutoPadding(false), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding' });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', key, iv).getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', key, iv12).getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', key, iv).setAAD(Buffer.alloc(3)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD' });
  const g = crypto.createCipheriv('aes-256-gcm', key, iv12);
  g.update('a');
  assert.throws(() => g.setAAD(Buffer.alloc(3)), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.strictEqual(g.setAuthTag, undefined);
  assert.strictEqual(crypto.createDecipheriv('aes-256-gcm', key, iv12).getAuthTag, undefined);
  const d = crypto.createDecipheriv('aes-256-gcm', key, iv12);
  assert.throws(() => d.setAuthTag(Buffer.alloc(3)), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', name: 'TypeError',
    message: 'Invalid authentication tag length: 3' });
  assert.throws(() => d.setAuthTag('x'), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
                                           message: 'Invalid authentication tag length: 1' });
  d.setAuthTag(Buffer.alloc(16));
  assert.throws(() => d.setAuthTag(Buffer.alloc(16)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag' });
  assert.throws(() => crypto.createDecipheriv('aes-256-gcm', key, iv12, { authTagLength: 8 })
    .setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
}

// --- construction errors -----------------------------------------------------------
{
  const k = Buffer.alloc(32, 1);
  const iv = Buffer.alloc(16, 2);
  const iv12 = Buffer.alloc(12, 3);
  assert.throws(() => crypto.createCipheriv('foo', k, iv), {
    code: 'ERR_CRYPTO_UNKNOWN_CIPHER', name: 'Error', message: 'Unknown cipher' });
  assert.throws(() => crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(5), iv), {
    code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError', message: 'Invalid key length' });
  for (const badIv of [Buffer.alloc(5), null]) {
    assert.throws(() => crypto.createCipheriv('aes-256-cbc', k, badIv), {
      code: 'ERR_CRYPTO_INVALID_IV', name: 'TypeError', message: 'Invalid initialization vector' });
  }
  assert.throws(() => crypto.createCipheriv('aes-256-ecb', k, iv), { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', k, Buffer.alloc(0)), {
    code: 'ERR_CRYPTO_INVALID_IV' });
  assert.strictEqual(crypto.createCipheriv('aes-256-ecb', k, Buffer.alloc(0)).final('hex'),
                     'cce1a41155667587123071beb30ed5c8');
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', k, iv12, { authTagLength: 3 }), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
  assert.throws(() => crypto.createCipheriv('aes-256-gcm', k, iv12, { authTagLength: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.authTagLength' is invalid. Received 'x'" });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', 1, iv), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
      'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)' });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', k, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
      'TypedArray, or DataView. Received type number (1)' });
  assert.throws(() => crypto.createCipheriv(1, k, iv), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "cipher" argument must be of type string. Received type number (1)' });
  assert.throws(() => crypto.createCipheriv('aes-256-cbc', k, iv).update(1), {
    code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), iv12).setAAD(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "aadbuf" argument must be of type string or an instance of ArrayBuffer, ' +
      'Buffer, TypedArray, or DataView. Received type number (1)' });
  assert.strictEqual(crypto.createCipheriv('AES-128-CBC', Buffer.alloc(16), Buffer.alloc(16))
    .final('hex'), '0143db63ee66b0cdff9f69917680151e');
}

// --- getCipherInfo / getCiphers (node 20's answers) ------------------------------------
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'),
                       { mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1,
                         ivLength: 12, keyLength: 32 });
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-cbc'),
                       { mode: 'cbc', name: 'aes-128-cbc', nid: 419, blockSize: 16,
                         ivLength: 16, keyLength: 16 });
assert.deepStrictEqual(crypto.getCipherInfo(419), crypto.getCipherInfo('aes-128-cbc'));
assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'),
                       { mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12,
                         keyLength: 32 });
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'),
                       { mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16,
                         keyLength: 16 });
assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ctr'),
                       { mode: 'ctr', name: 'aes-128-ctr', nid: 904, blockSize: 1,
                         ivLength: 16, keyLength: 16 });
assert.strictEqual(crypto.getCipherInfo('foo'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { keyLength: 5 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 5 }).ivLength, 5);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 5 }), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 16 }).ivLength, 16);
{
  const ciphers = crypto.getCiphers();
  for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'aes-256-ecb',
                      'chacha20-poly1305']) {
    assert(ciphers.includes(name), name);
  }
  assert.deepStrictEqual([...ciphers].sort(), ciphers);
}

// --- streams -------------------------------------------------------------------------
{
  const key = Buffer.alloc(32, 5);
  const iv = Buffer.alloc(12, 6);
  const msg = crypto.randomBytes(100000);
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const parts = [];
  c.on('data', (d) => parts.push(d));
  c.on('end', () => {
    const ct = Buffer.concat(parts);
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAuthTag(c.getAuthTag());
    const out = [];
    d.on('data', (x) => out.push(x));
    d.on('end', () => { assert.deepStrictEqual(Buffer.concat(out), msg); done = true; });
    for (let i = 0; i < ct.length; i += 7777) d.write(ct.subarray(i, i + 7777));
    d.end();
  });
  let done = false;
  for (let i = 0; i < msg.length; i += 4096) c.write(msg.subarray(i, i + 4096));
  c.end();
  process.on('exit', () => assert(done));
}
{
  // A failed tag check surfaces as the stream's 'error'.
  const d = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
  d.setAuthTag(Buffer.alloc(16));
  let error;
  d.on('error', (e) => { error = e; });
  d.resume();
  d.end(Buffer.alloc(16));
  process.on('exit', () => {
    assert.strictEqual(error.message, 'Unsupported state or unable to authenticate data');
  });
}

// --- CCM and OCB (node 20's output) -------------------------------------------------
{
  const k = Buffer.alloc(16, 1);
  const iv = Buffer.alloc(12, 2);
  const seal = (alg, opts, aad, nonce = iv) => {
    const c = crypto.createCipheriv(alg, k, nonce, opts);
    if (aad) c.setAAD(aad, { plaintextLength: 5 });
    const ct = Buffer.concat([c.update('hello'), c.final()]);
    return [ct, c.getAuthTag()];
  };
  const hexOf = ([ct, tag]) => `${ct.toString('hex')} ${tag.toString('hex')}`;
  assert.strictEqual(hexOf(seal('aes-128-ocb', { authTagLength: 16 }, Buffer.from('aad'))),
                     'ed5b35df80 e9915cbf1408867e0856af73f569af2c');
  assert.strictEqual(hexOf(seal('aes-128-ocb', { authTagLength: 8 })), '2047e5d004 f934f8a8d9b73ab4');
  assert.strictEqual(hexOf(seal('aes-128-ccm', { authTagLength: 16 }, Buffer.from('aad'))),
                     '397d4536d6 ecc0b407fdb57c0871ffb41005ceeeb8');
  assert.strictEqual(hexOf(seal('aes-128-ccm', { authTagLength: 4 }, null, Buffer.alloc(7))),
                     '2596185788 117870f8');
  for (const aad of [null, Buffer.from('xy')]) {
    for (const flip of [false, true]) {
      const [ct, tag] = seal('aes-128-ccm', { authTagLength: 12 }, aad);
      if (flip) tag[0] ^= 1;
      const d = crypto.createDecipheriv('aes-128-ccm', k, iv, { authTagLength: 12 });
      d.setAuthTag(tag);
      if (aad) d.setAAD(aad, { plaintextLength: 5 });
      const pt = d.update(ct);
      if (flip) {
        assert.throws(() => d.final(), { message: 'Unsupported state or unable to authenticate data' });
      } else {
        assert.strictEqual(pt.toString() + d.final().toString(), 'hello');
      }
    }
  }
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', k, iv), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm' });
  assert.throws(() => crypto.createCipheriv('aes-128-ocb', k, iv), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ocb' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', k, iv, { authTagLength: 5 }), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 5' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', k, Buffer.alloc(14), { authTagLength: 16 }),
                { code: 'ERR_CRYPTO_INVALID_IV' });
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', k, iv, { authTagLength: 16 })
    .setAAD(Buffer.from('aad')), {
    code: 'ERR_MISSING_ARGS', name: 'TypeError',
    message: 'options.plaintextLength required for CCM mode with AAD' });
}

// --- every cipher OpenSSL lists: a round trip or node's error, never a crash ----------
for (const name of crypto.getCiphers()) {
  const info = crypto.getCipherInfo(name);
  const key = Buffer.alloc(info.keyLength, 1);
  const iv = info.ivLength ? Buffer.alloc(info.ivLength, 2) : null;
  const msg = Buffer.alloc(64, 3);
  if (/ccm|ocb/i.test(name)) {
    assert.throws(() => crypto.createCipheriv(name, key, iv), { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
    continue;
  }
  if (/xts/.test(name)) {
    assert.throws(() => crypto.createCipheriv(name, key, iv),
                  { code: 'ERR_OSSL_XTS_DUPLICATED_KEYS' });
    continue;
  }
  const e = crypto.createCipheriv(name, key, iv);
  const ct = Buffer.concat([e.update(msg), e.final()]);
  const d = crypto.createDecipheriv(name, key, iv);
  if (info.mode === 'gcm' || /poly1305/.test(name)) d.setAuthTag(e.getAuthTag());
  assert.deepStrictEqual(Buffer.concat([d.update(ct), d.final()]), msg, name);
}
