'use strict';
// createSecretKey / KeyObject, timingSafeEqual, the global crypto object and
// crypto.subtle.digest (FIPS 180-4 "abc" vectors), and node's errors.
const assert = require('assert');
const crypto = require('crypto');
const util = require('util');

// Secret keys.
{
  const key = crypto.createSecretKey(Buffer.from('abc'));
  assert(key instanceof crypto.KeyObject);
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 3);
  assert.strictEqual(key.asymmetricKeyType, undefined);
  assert.deepStrictEqual(key.export(), Buffer.from('abc'));
  assert.deepStrictEqual(key.export({ format: 'buffer' }), Buffer.from('abc'));
  assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
  assert.strictEqual(util.inspect(key), "SecretKeyObject [KeyObject] { [Symbol(kKeyType)]: 'secret' }");
  // The key owns a copy of the bytes.
  const src = Buffer.from('xyz');
  const k2 = crypto.createSecretKey(src);
  src[0] = 0;
  assert.deepStrictEqual(k2.export(), Buffer.from('xyz'));
  const out = k2.export();
  out[0] = 0;
  assert.deepStrictEqual(k2.export(), Buffer.from('xyz'));
  // Strings, with an encoding; ArrayBuffers; views.
  assert.deepStrictEqual(crypto.createSecretKey('abc', 'utf8').export(), Buffer.from('abc'));
  assert.deepStrictEqual(crypto.createSecretKey('616263', 'hex').export(), Buffer.from('abc'));
  assert.deepStrictEqual(crypto.createSecretKey(new Uint8Array([97, 98, 99]).buffer).export(),
                         Buffer.from('abc'));
  assert.deepStrictEqual(crypto.createSecretKey(new Uint16Array([0x6261])).export(),
                         Buffer.from('ab'));
  // equals
  assert(key.equals(crypto.createSecretKey(Buffer.from('abc'))));
  assert(!key.equals(crypto.createSecretKey(Buffer.from('abd'))));
  assert(!key.equals(crypto.createSecretKey(Buffer.from('abcd'))));
  assert.throws(() => key.equals(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "otherKeyObject" argument must be an instance of KeyObject. ' +
      'Received type number (1)' });
  assert.throws(() => key.export({ format: 'pem' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.format' must be one of: undefined, 'buffer', 'jwk'. " +
      "Received 'pem'" });
  assert.throws(() => crypto.createSecretKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ' +
      'DataView. Received type number (1)' });
  assert.throws(() => new crypto.KeyObject('secret', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "handle" argument must be of type object. Received type number (1)' });
}

// timingSafeEqual
{
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
  assert.strictEqual(crypto.timingSafeEqual(new ArrayBuffer(2), new Uint16Array(1)), true);
  assert.strictEqual(crypto.timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)), true);
  assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), Buffer.alloc(3)), {
    code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', name: 'RangeError',
    message: 'Input buffers must have the same byte length' });
  assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, ' +
      'or DataView.' });
  assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(2), 'ab'), {
    message: 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, ' +
      'or DataView.' });
}

// crypto.constants: node 20's values (OpenSSL's own version number aside).
{
  const { constants } = crypto;
  assert.strictEqual(Object.getPrototypeOf(constants), null);
  assert(constants.OPENSSL_VERSION_NUMBER >= 0x30000000);
  const expected = {
    SSL_OP_ALL: 2147485776, SSL_OP_NO_SSLv3: 33554432, SSL_OP_NO_TLSv1_3: 536870912,
    SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648, ENGINE_METHOD_ALL: 65535, DH_NOT_SUITABLE_GENERATOR: 8,
    RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_AUTO: -2, TLS1_2_VERSION: 771,
    TLS1_3_VERSION: 772, POINT_CONVERSION_UNCOMPRESSED: 4,
  };
  for (const [k, v] of Object.entries(expected)) assert.strictEqual(constants[k], v, k);
  assert.strictEqual(Object.keys(constants).length, 56);
  assert.match(constants.defaultCipherList, /^TLS_AES_256_GCM_SHA384:/);
  assert.strictEqual(constants.defaultCoreCipherList, constants.defaultCipherList);
  assert.throws(() => { 'use strict'; constants.RSA_NO_PADDING = 1; }, TypeError);
}

// The global crypto.
{
  const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(d.set, undefined);
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, true);
  assert.strictEqual(globalThis.crypto, crypto.webcrypto);
  assert.strictEqual(crypto.subtle, crypto.webcrypto.subtle);
  assert(globalThis.crypto instanceof Crypto);
  assert(crypto.subtle instanceof SubtleCrypto);
  assert.strictEqual(typeof CryptoKey, 'function');
  assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.throws(() => new SubtleCrypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
  assert.strictEqual(Object.prototype.toString.call(globalThis.crypto), '[object Crypto]');
}

// subtle.digest
(async () => {
  const vectors = {
    'SHA-1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
    'SHA-256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    'SHA-384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
      '8086072ba1e7cc2358baeca134c825a7',
    'SHA-512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  };
  const data = new TextEncoder().encode('abc');
  for (const [name, hex] of Object.entries(vectors)) {
    const p = crypto.subtle.digest(name, data);
    assert(p instanceof Promise);
    const out = await p;
    assert(out instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(out).toString('hex'), hex);
    assert.strictEqual(Buffer.from(await crypto.subtle.digest({ name }, data.buffer))
      .toString('hex'), hex);
    assert.strictEqual(Buffer.from(await crypto.subtle.digest(name.toLowerCase(),
                                                              new DataView(data.buffer)))
      .toString('hex'), hex);
  }
  // Hashed from a copy taken at the call, on the thread pool.
  const big = new Uint8Array(1 << 20).fill(97);
  const pending = crypto.subtle.digest('SHA-256', big);
  big.fill(98);
  assert.strictEqual(Buffer.from(await pending).toString('hex'),
                     crypto.createHash('sha256').update(Buffer.alloc(1 << 20, 97)).digest('hex'));
  await assert.rejects(crypto.subtle.digest('SHA-1', new SharedArrayBuffer(3)),
                      { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(crypto.subtle.digest('SHA-7', data), (e) => {
    assert.strictEqual(e.name, 'NotSupportedError');
    assert.strictEqual(e.message, 'Unrecognized algorithm name');
    return true;
  });
  await assert.rejects(crypto.subtle.digest('SHA-1', 1), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance of " +
      'ArrayBuffer, Buffer, TypedArray, or DataView.' });
  done = true;
})();
let done = false;
process.on('exit', () => assert(done));

// The flow jsonwebtoken uses for an HMAC secret: createPublicKey exists,
// createPrivateKey refuses a plain secret (node: not a PEM key; eddy: no
// public-key crypto yet), and the secret becomes a secret KeyObject that
// createHmac takes.
{
  const crypto = require('crypto');
  for (const name of ['createPublicKey', 'createPrivateKey', 'createSign', 'createVerify',
                      'sign', 'verify', 'generateKeyPair', 'generateKeyPairSync',
                      'publicEncrypt', 'privateDecrypt']) {
    assert.strictEqual(typeof crypto[name], 'function', name);
  }
  let key;
  try {
    key = crypto.createPrivateKey('my-secret');
  } catch {
    key = crypto.createSecretKey(Buffer.from('my-secret'));
  }
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(crypto.createHmac('sha256', key).update('payload').digest('hex'),
                     crypto.createHmac('sha256', 'my-secret').update('payload').digest('hex'));
}
