'use strict';

// node:crypto. The logic lives in lib/internal/crypto/*; the native half is
// src/crypto.cc (internalBinding('crypto')). Hashes, HMAC, randomness, key
// derivation, symmetric ciphers and secret keys; public-key crypto is not
// there yet.

const {
  codes: { ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH },
} = require('internal/errors');
const { isArrayBufferView, isAnyArrayBuffer } = require('internal/util/types');
const { binding } = require('internal/crypto/util');
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const { hkdf, hkdfSync, pbkdf2, pbkdf2Sync, scrypt, scryptSync } = require('internal/crypto/kdf');
const {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  getCiphers,
} = require('internal/crypto/cipher');
const { KeyObject, createSecretKey } = require('internal/crypto/keys');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

let hashes;
function getHashes() {
  if (hashes === undefined) hashes = binding.getHashes();
  return hashes.slice();
}

// node's message here names no received value.
function notBytes(name) {
  const err = new TypeError(`The "${name}" argument must be an instance of ` +
                            'ArrayBuffer, Buffer, TypedArray, or DataView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function timingSafeEqual(buf1, buf2) {
  if (!isAnyArrayBuffer(buf1) && !isArrayBufferView(buf1)) throw notBytes('buf1');
  if (!isAnyArrayBuffer(buf2) && !isArrayBufferView(buf2)) throw notBytes('buf2');
  if (buf1.byteLength !== buf2.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(buf1, buf2);
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  getCiphers,
  getCipherInfo,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual,
  getFips() { return 0; },
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject,
  getRandomValues(array) {
    return require('internal/crypto/webcrypto').crypto.getRandomValues(array);
  },
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
};

// Public-key cryptography is the next crypto piece. Its functions exist and
// throw, as tls's do: packages test for them (jsonwebtoken's jwa accepts a
// secret KeyObject only when createPublicKey exists, then tries
// createPrivateKey and falls back to createSecretKey for HMAC keys).
{
  const { unsupportedClass, unsupportedFunction } = require('internal/not_supported');
  const feature = 'public-key cryptography';
  const code = 'ERR_CRYPTO_PUBLIC_KEY_NOT_SUPPORTED';
  for (const name of ['createPrivateKey', 'createPublicKey', 'createSign', 'createVerify',
                      'generateKeyPair', 'generateKeyPairSync', 'privateDecrypt',
                      'privateEncrypt', 'publicDecrypt', 'publicEncrypt', 'sign', 'verify']) {
    module.exports[name] = unsupportedFunction(`crypto.${name}()`, feature, code);
  }
  module.exports.Sign = unsupportedClass('Sign', feature, code);
  module.exports.Verify = unsupportedClass('Verify', feature, code);
}

// node's default TLS cipher list (node 20's value).
const defaultCipherList = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:' +
  '!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

// crypto.constants as node's: a null-prototype object of read-only values in
// node's key order (the cipher lists among the OpenSSL values);
// defaultCipherList stays settable (tls.DEFAULT_CIPHERS changes it).
const constants = { __proto__: null };
for (const [key, value] of Object.entries(binding.constants)) {
  Object.defineProperty(constants, key, { __proto__: null, value, enumerable: true });
  if (key === 'RSA_PSS_SALTLEN_AUTO') {
    Object.defineProperty(constants, 'defaultCoreCipherList', {
      __proto__: null, value: defaultCipherList, enumerable: true,
    });
  }
}
let cipherList = defaultCipherList;
Object.defineProperty(constants, 'defaultCipherList', {
  __proto__: null,
  enumerable: true,
  get() { return cipherList; },
  set(value) { cipherList = value; },
});

Object.defineProperties(module.exports, {
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    writable: false,
    value: constants,
  },
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto; },
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return require('internal/crypto/webcrypto').crypto.subtle; },
  },
});
