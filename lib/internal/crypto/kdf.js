'use strict';

// Key derivation: pbkdf2, scrypt, hkdf (+Sync). Arguments are checked here;
// the binding derives inline (Sync) or on the thread pool (callback).

const {
  codes: {
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_INVALID_KEYLEN,
    ERR_CRYPTO_INVALID_SCRYPT_PARAMS,
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');
const { binding, getArrayBufferOrView, toBuffer } = require('internal/crypto/util');
const { prepareSecretKey } = require('internal/crypto/keys');

// A callback for the binding: node's (err, result) with result made by `wrap`.
function jobCallback(callback, wrap) {
  return (err, bytes) => {
    if (err) callback(err);
    else callback(null, wrap(bytes));
  };
}

// --- pbkdf2 ------------------------------------------------------------------

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2Run(args, callback) {
  const r = binding.pbkdf2(...args, callback);
  if (r === -1) throw new ERR_CRYPTO_INVALID_DIGEST(args[4]);
  return r;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  pbkdf2Run(args, jobCallback(callback, toBuffer));
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return toBuffer(pbkdf2Run(pbkdf2Args(password, salt, iterations, keylen, digest)));
}

// --- scrypt ------------------------------------------------------------------

const kScryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One parameter given by its short name or its long one, never both; 0 or
// absent means the default (as node's).
function scryptParam(options, short, long) {
  const a = options[short];
  const b = options[long];
  if (a !== undefined && b !== undefined) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
  const value = a !== undefined ? a : b;
  if (value === undefined) return kScryptDefaults[short];
  validateUint32(value, a !== undefined ? short : long);
  return value || kScryptDefaults[short];
}

function scryptArgs(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = kScryptDefaults;
  if (options != null) {
    N = scryptParam(options, 'N', 'cost');
    r = scryptParam(options, 'r', 'blockSize');
    p = scryptParam(options, 'p', 'parallelization');
    if (options.maxmem !== undefined) {
      validateInteger(options.maxmem, 'maxmem', 0);
      maxmem = options.maxmem || maxmem;
    }
  }
  const problem = binding.scryptCheck(N, r, p, maxmem);
  if (problem !== undefined) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(problem);
  return [password, salt, N, r, p, maxmem, keylen];
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const args = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  binding.scrypt(...args, jobCallback(callback, toBuffer));
}

function scryptSync(password, salt, keylen, options) {
  return toBuffer(binding.scrypt(...scryptArgs(password, salt, keylen, options)));
}

// --- hkdf --------------------------------------------------------------------

const kHkdfKeyTypes = ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView',
                       'Buffer'];
const kHkdfBufferTypes = ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'];

function hkdfArgs(digest, key, salt, info, length) {
  validateString(digest, 'digest');
  key = prepareSecretKey(key, undefined, 'ikm', kHkdfKeyTypes);
  salt = getArrayBufferOrView(salt, 'salt', undefined, kHkdfBufferTypes);
  info = getArrayBufferOrView(info, 'info', undefined, kHkdfBufferTypes);
  validateInteger(length, 'length', 0, 2 ** 32);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes',
                               info.byteLength);
  }
  const size = binding.digestSize(digest);
  if (size === -1) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  if (length > size * 255) throw new ERR_CRYPTO_INVALID_KEYLEN();
  return [digest, key, salt, info, length];
}

function hkdf(digest, key, salt, info, length, callback) {
  const args = hkdfArgs(digest, key, salt, info, length);
  validateFunction(callback, 'callback');
  binding.hkdf(...args, jobCallback(callback, (ab) => ab));
}

function hkdfSync(digest, key, salt, info, length) {
  return binding.hkdf(...hkdfArgs(digest, key, salt, info, length));
}

module.exports = {
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
};
