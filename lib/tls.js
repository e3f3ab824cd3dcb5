'use strict';
// node:tls — not implemented yet (TLS is the next crypto issue). The module
// loads, with node's constants, so packages that import it for an optional
// secure path (ws, undici-style clients) work over plain connections; every
// operation that would need TLS throws ERR_TLS_NOT_SUPPORTED.

const { unsupportedClass, unsupportedFunction } = require('internal/not_supported');

const unsupported = (name) => unsupportedFunction(`tls.${name}()`, 'TLS', 'ERR_TLS_NOT_SUPPORTED');
const TLSSocket = unsupportedClass('TLSSocket', 'TLS', 'ERR_TLS_NOT_SUPPORTED');
const Server = unsupportedClass('Server', 'TLS', 'ERR_TLS_NOT_SUPPORTED');
const SecureContext = unsupportedClass('SecureContext', 'TLS', 'ERR_TLS_NOT_SUPPORTED');

// (Without TLS there are no TLS cipher suites to list.)
function getCiphers() {
  return [];
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:' +
    'DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:' +
    'ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:' +
    '!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  rootCertificates: Object.freeze([]),
  convertALPNProtocols: unsupported('convertALPNProtocols'),
  checkServerIdentity: unsupported('checkServerIdentity'),
  createSecureContext: unsupported('createSecureContext'),
  SecureContext,
  TLSSocket,
  Server,
  createServer: unsupported('createServer'),
  connect: unsupported('connect'),
  createSecurePair: unsupported('createSecurePair'),
};
