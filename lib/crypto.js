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

Object.defineProperties(module.exports, {
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
