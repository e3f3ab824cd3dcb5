'use strict';
// node:https and node:tls load with node 20's shape (what packages such as
// ws read when they import them for optional secure URLs): the https Agent
// on port 443 with protocol 'https:', the global agent's options, tls's
// version and renegotiation constants.
const assert = require('assert');
const http = require('http');
const https = require('https');
const tls = require('tls');

assert.strictEqual(typeof https.request, 'function');
assert.strictEqual(typeof https.get, 'function');
assert.strictEqual(typeof https.createServer, 'function');
const agent = new https.Agent({ keepAlive: true });
assert(agent instanceof http.Agent);
assert.strictEqual(agent.defaultPort, 443);
assert.strictEqual(agent.protocol, 'https:');
assert.strictEqual(agent.maxCachedSessions, 100);
assert(https.globalAgent instanceof https.Agent);
assert.strictEqual(https.globalAgent.options.keepAlive, true);
assert.strictEqual(https.globalAgent.options.timeout, 5000);
assert.strictEqual(https.globalAgent.options.scheduling, 'lifo');

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
assert.strictEqual(tls.CLIENT_RENEG_LIMIT, 3);
assert.strictEqual(tls.CLIENT_RENEG_WINDOW, 600);
for (const name of ['connect', 'createServer', 'createSecureContext', 'checkServerIdentity']) {
  assert.strictEqual(typeof tls[name], 'function', name);
}
assert.strictEqual(typeof tls.TLSSocket, 'function');
