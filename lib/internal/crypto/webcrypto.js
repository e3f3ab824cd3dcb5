'use strict';

// WebCrypto, as far as eddy has it: the global `crypto` (a Crypto) with
// getRandomValues and randomUUID, and crypto.subtle.digest. Loaded on first
// touch of the global, without the rest of node:crypto.

const { isArrayBufferView, isArrayBuffer } = require('internal/util/types');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS },
} = require('internal/errors');
const { lazyDOMException } = require('internal/util');
const { binding } = require('internal/crypto/util');
const random = require('internal/crypto/random');

const kConstruct = Symbol('kConstruct');

// WebCrypto digest names → OpenSSL's.
const kDigests = {
  'sha-1': 'sha1',
  'sha-256': 'sha256',
  'sha-384': 'sha384',
  'sha-512': 'sha512',
};

function digestName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm :
    (algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined);
  if (typeof name !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('algorithm.name', 'string', name);
  }
  const md = kDigests[name.toLowerCase()];
  if (md === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
  return md;
}

class SubtleCrypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    if (!(this instanceof SubtleCrypto)) throw new ERR_INVALID_THIS('SubtleCrypto');
    if (arguments.length < 2) {
      throw new ERR_INVALID_ARG_TYPE('data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'],
                                     data);
    }
    if (!isArrayBufferView(data) && !isArrayBuffer(data)) {
      const err = new TypeError("Failed to execute 'digest' on 'SubtleCrypto': 2nd argument " +
                                'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const md = digestName(algorithm);
    // Hashed on the thread pool, from a copy taken now (as node does).
    return new Promise((resolve, reject) => {
      binding.digestJob(md, data, (err, digest) => {
        if (err) reject(err);
        else resolve(digest);
      });
    });
  }
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) throw new ERR_INVALID_THIS('Crypto');
    return random.randomUUID();
  }
}

Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Crypto', configurable: true,
});
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', configurable: true,
});

const crypto = new Crypto(kConstruct);

module.exports = { Crypto, CryptoKey, SubtleCrypto, crypto };
