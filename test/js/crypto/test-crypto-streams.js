'use strict';
// Hash, Hmac and ciphers in stream pipelines with fs streams and async
// generators (the Transform side, set up on first stream use).
const assert = require('assert');
const crypto = require('crypto');
const fs = require('fs');
const { pipeline } = require('stream');
const mustCall = require('../../fixtures/must-call');

const file = fs.readFileSync(__filename);

const h = crypto.createHash('sha256');
h.on('finish', mustCall());
pipeline(fs.createReadStream(__filename, { highWaterMark: 100 }), h, mustCall((err) => {
  assert.ifError(err);
  assert.strictEqual(h.read().toString('hex'),
                     crypto.createHash('sha256').update(file).digest('hex'));
}));

const key = crypto.randomBytes(16);
const iv = crypto.randomBytes(16);
const chunks = [];
pipeline(
  fs.createReadStream(__filename, { highWaterMark: 77 }),
  crypto.createCipheriv('aes-128-cbc', key, iv),
  crypto.createDecipheriv('aes-128-cbc', key, iv),
  async function* (source) { for await (const chunk of source) chunks.push(chunk); },
  mustCall((err) => {
    assert.ifError(err);
    assert.deepStrictEqual(Buffer.concat(chunks), file);
  }));

const hm = crypto.createHmac('sha1', 'k');
hm.setEncoding('base64');
hm.end('data', mustCall(() => {
  assert.strictEqual(hm.read(), crypto.createHmac('sha1', 'k').update('data').digest('base64'));
}));

// A wrong key fails the pipeline with OpenSSL's padding error.
pipeline(
  fs.createReadStream(__filename),
  crypto.createCipheriv('aes-128-cbc', key, iv),
  crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), iv),
  async function* (source) { for await (const chunk of source) assert(chunk); },
  mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_OSSL_BAD_DECRYPT');
  }));
