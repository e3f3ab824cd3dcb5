'use strict';

// Hash and Hmac (crypto.createHash / createHmac / hash): thin objects over the
// binding's Hash handle. Both are Transform streams, set up lazily (see
// internal/streams/lazy_transform) so update()/digest() pay nothing for it.

const LazyTransform = require('internal/streams/lazy_transform');
const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const { validateString, validateUint32 } = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const {
  binding,
  bytesResult,
  checkHexLength,
  inputEncodingId,
  kHandle,
  outputEncodingId,
  toBuffer,
} = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');
const kDataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];

function initHash(hash, handle, options) {
  LazyTransform.call(hash, options);
  hash[kHandle] = handle;
  hash[kState] = { [kFinalized]: false };
}

function xofLength(options) {
  const len = options != null ? options.outputLength : undefined;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  return len;
}

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  validateString(algorithm, 'algorithm');
  const handle = binding.hashNew(algorithm, xofLength(options));
  if (handle === undefined) throw new Error('Digest method not supported');
  initHash(this, handle, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  let enc;
  if (typeof data === 'string') {
    checkHexLength(data, encoding);
    enc = inputEncodingId(encoding);
  } else if (!isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', kDataTypes, data);
  }
  if (!this[kHandle].update(data, enc)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
}

function transform(chunk, encoding, callback) {
  this[kHandle].update(chunk, inputEncodingId(encoding));
  callback();
}

function flush(callback) {
  this.push(this.digest());
  callback();
}

Hash.prototype.update = update;
Hash.prototype._transform = transform;
Hash.prototype._flush = flush;

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  state[kFinalized] = true;
  return bytesResult(this[kHandle].digest(outputEncodingId(outputEncoding)));
};

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const h = Object.create(Hash.prototype);
  initHash(h, this[kHandle].copy(xofLength(options)), options);
  return h;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const encoding = options != null ? options.encoding : undefined;
  key = prepareSecretKey(key, encoding);
  const handle = binding.hmacNew(hmac, key);
  if (handle === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  initHash(this, handle, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = update;
Hmac.prototype._transform = transform;
Hmac.prototype._flush = flush;

// A second digest() gives empty output rather than throwing (as node's).
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  const enc = outputEncodingId(outputEncoding);
  if (state[kFinalized]) return enc === 0 ? toBuffer(new Uint8Array(0)) : '';
  state[kFinalized] = true;
  return bytesResult(this[kHandle].digest(enc));
};

// crypto.hash(algorithm, data[, outputEncoding]): one call, no object.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', kDataTypes, input);
  }
  let enc = 0;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    const name = normalizeEncoding(outputEncoding);
    if (name === undefined) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
    enc = outputEncodingId(name);
  }
  const out = binding.oneShotDigest(algorithm, input, enc);
  if (out === undefined) throw new Error(`Digest method ${algorithm} is not supported`);
  return bytesResult(out);
}

module.exports = { Hash, Hmac, hash };
