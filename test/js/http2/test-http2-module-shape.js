'use strict';
// node:http2 loads with node 20's constants and default settings (what
// packages such as axios read when they import it for an optional HTTP/2
// path).
const assert = require('assert');
const http2 = require('http2');

const c = http2.constants;
assert.strictEqual(Object.keys(c).length, 240);
assert.strictEqual(c.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(c.HTTP2_HEADER_METHOD, ':method');
assert.strictEqual(c.HTTP2_HEADER_PATH, ':path');
assert.strictEqual(c.HTTP2_HEADER_SCHEME, ':scheme');
assert.strictEqual(c.HTTP2_HEADER_CONTENT_TYPE, 'content-type');
assert.strictEqual(c.HTTP2_METHOD_GET, 'GET');
assert.strictEqual(c.HTTP_STATUS_OK, 200);
assert.strictEqual(c.NGHTTP2_CANCEL, 8);
assert.strictEqual(c.NGHTTP2_SESSION_CLIENT, 1);
assert.deepStrictEqual(http2.getDefaultSettings(), {
  __proto__: null,
  headerTableSize: 4096,
  enablePush: true,
  initialWindowSize: 65535,
  maxFrameSize: 16384,
  maxConcurrentStreams: 4294967295,
  maxHeaderSize: 65535,
  maxHeaderListSize: 65535,
  enableConnectProtocol: false,
});
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');
for (const name of ['connect', 'createServer', 'createSecureServer']) {
  assert.strictEqual(typeof http2[name], 'function', name);
}
