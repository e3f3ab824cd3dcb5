'use strict';

// Cipheriv / Decipheriv (createCipheriv, createDecipheriv) and
// getCiphers/getCipherInfo. Objects are lazy Transform streams (see hash.js)
// over the binding's CipherBase handle.

const LazyTransform = require('internal/streams/lazy_transform');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_CRYPTO_INVALID_AUTH_TAG,
    ERR_CRYPTO_INVALID_IV,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_STATE,
    ERR_CRYPTO_UNKNOWN_CIPHER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INTERNAL_ASSERTION,
  },
} = require('internal/errors');
const { normalizeEncoding } = require('internal/util');
const { validateInt32, validateObject, validateString } = require('internal/validators');
const {
  binding,
  bytesResult,
  checkHexLength,
  getArrayBufferOrView,
  kHandle,
  toBuffer,
} = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');

// src/crypto.cc: must match CipherInitError.
const kUnknownCipher = -1;
const kInvalidKeyLength = -2;
const kInvalidIv = -3;
const kInvalidAuthTag = -4;
const kAuthTagRequired = -5;
const kLengthRequired = -1;  // setAAD: CCM without options.plaintextLength

const kIvTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

let StringDecoder;
// One decoder per object, so a multi-byte character split across update()
// calls comes out whole; node refuses to switch encodings midway.
function decoderFor(cipher, encoding) {
  if (cipher._decoder === null) {
    if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
    cipher._decoder = new StringDecoder(encoding);
  } else if (cipher._decoder.encoding !== normalizeEncoding(encoding)) {
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return cipher._decoder;
}

function invalidTagLength(length) {
  return new ERR_CRYPTO_INVALID_AUTH_TAG(`Invalid authentication tag length: ${length}`);
}

function invalidState() {
  const err = new Error('Invalid state');
  err.code = 'ERR_CRYPTO_INVALID_STATE';
  return err;
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  key = prepareSecretKey(key, options != null ? options.encoding : undefined);
  if (iv !== null) iv = getArrayBufferOrView(iv, 'iv', undefined, kIvTypes);
  let authTagLength = -1;
  // Any value is taken as options (node checks none).
  if (options != null && options.authTagLength !== undefined) {
    authTagLength = options.authTagLength;
    if (!Number.isInteger(authTagLength) || authTagLength < 0 || authTagLength > 2 ** 31 - 1) {
      throw new ERR_INVALID_ARG_VALUE('options.authTagLength', authTagLength);
    }
  }
  const handle = binding.cipherNew(cipher, key, iv, encrypt, authTagLength);
  switch (handle) {
    case kUnknownCipher: throw new ERR_CRYPTO_UNKNOWN_CIPHER();
    case kInvalidKeyLength: throw new ERR_CRYPTO_INVALID_KEYLEN();
    case kInvalidIv: throw new ERR_CRYPTO_INVALID_IV();
    case kInvalidAuthTag: throw invalidTagLength(authTagLength);
    case kAuthTagRequired:
      throw new ERR_CRYPTO_INVALID_AUTH_TAG(`authTagLength required for ${cipher}`);
  }
  self._decoder = null;
  LazyTransform.call(self, options);
  self[kHandle] = handle;
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    checkHexLength(data, inputEncoding);
    // An unknown input encoding means utf8 (as node's).
    const enc = typeof inputEncoding === 'string' ? normalizeEncoding(inputEncoding) : undefined;
    data = getArrayBufferOrView(data, 'data', enc || 'utf8');
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const out = this[kHandle].update(data);
  if (out === undefined) throw new Error('Trying to add data in unsupported state');
  const buf = toBuffer(out);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return decoderFor(this, outputEncoding).write(buf);
  }
  return buf;
}

function final(outputEncoding) {
  const out = this[kHandle].final();
  if (out === undefined) throw invalidState();
  const buf = toBuffer(out);
  if (outputEncoding && outputEncoding !== 'buffer') {
    return decoderFor(this, outputEncoding).end(buf);
  }
  return buf;
}

function setAutoPadding(ap) {
  if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = options != null ? options.encoding : undefined;
  const aad = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  let plaintextLength = -1;
  if (options != null && options.plaintextLength !== undefined) {
    plaintextLength = options.plaintextLength;
    validateInt32(plaintextLength, 'options.plaintextLength', 0);
  }
  const r = this[kHandle].setAAD(aad, plaintextLength);
  if (r === kLengthRequired) {
    const err = new TypeError('options.plaintextLength required for CCM mode with AAD');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (!r) throw new ERR_CRYPTO_INVALID_STATE('setAAD');
  return this;
}

function transform(chunk, encoding, callback) {
  this.push(this[kHandle].update(typeof chunk === 'string' ?
    getArrayBufferOrView(chunk, 'data', encoding) : chunk));
  callback();
}

function flush(callback) {
  try {
    this.push(this.final());
  } catch (err) {
    callback(err);
    return;
  }
  callback();
}

function addMethods(proto) {
  proto.update = update;
  proto.final = final;
  proto.setAutoPadding = setAutoPadding;
  proto.setAAD = setAAD;
  proto._transform = transform;
  proto._flush = flush;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
addMethods(Cipheriv.prototype);

Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const tag = this[kHandle].getAuthTag();
  if (tag === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return bytesResult(tag);
};

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
addMethods(Decipheriv.prototype);

Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const tag = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const r = this[kHandle].setAuthTag(tag);
  if (r === 0) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  if (r === -1) throw invalidTagLength(tag.byteLength);
  return this;
};

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength = -1;
  let ivLength = -1;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.keyLength !== undefined) {
      keyLength = options.keyLength;
      validateInt32(keyLength, 'options.keyLength');
    }
    if (options.ivLength !== undefined) {
      ivLength = options.ivLength;
      validateInt32(ivLength, 'options.ivLength');
    }
  }
  return binding.getCipherInfo(nameOrNid, keyLength, ivLength);
}

let ciphers;
function getCiphers() {
  if (ciphers === undefined) ciphers = binding.getCiphers();
  return ciphers.slice();
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv,
  createDecipheriv,
  getCipherInfo,
  getCiphers,
};
