'use strict';

// KeyObject for secret (symmetric) keys: crypto.createSecretKey, and the
// key arguments of createHmac/createCipheriv/hkdf, which also take strings
// and bytes. Asymmetric keys are not supported yet.

const { isAnyArrayBuffer } = require('internal/util/types');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { binding, getArrayBufferOrView, toBuffer } = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || handle === null) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    Object.defineProperty(this, kKeyBytes, {
      __proto__: null, value: handle, enumerable: false, configurable: false, writable: false,
    });
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.byteLength === b.byteLength &&
      binding.timingSafeEqual(a, b);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kKeyBytes].byteLength;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') {
        return { kty: 'oct', k: toBuffer(this[kKeyBytes].slice()).toString('base64url') };
      }
      if (format !== undefined && format !== 'buffer') {
        throw new ERR_INVALID_ARG_VALUE('options.format', format,
                                        "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return toBuffer(this[kKeyBytes].slice());
  }
}

// The key bytes as a private copy (a Uint8Array no one else can change).
function copyBytes(bytes) {
  if (isAnyArrayBuffer(bytes)) return new Uint8Array(bytes.slice(0));
  return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

function createSecretKey(key, encoding) {
  key = getArrayBufferOrView(key, 'key', encoding,
                             ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
  return new SecretKeyObject(copyBytes(key));
}

const kKeyTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
                   'KeyObject', 'CryptoKey'];

// A secret key argument (string, bytes or a secret KeyObject) as bytes.
function prepareSecretKey(key, encoding, name = 'key', types = kKeyTypes) {
  if (key instanceof KeyObject) {
    if (key.type !== 'secret') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
    }
    return key[kKeyBytes];
  }
  return getArrayBufferOrView(key, name, encoding, types);
}

module.exports = {
  KeyObject,
  SecretKeyObject,
  createSecretKey,
  prepareSecretKey,
};
