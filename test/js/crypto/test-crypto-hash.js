'use strict';
// createHash / crypto.hash / getHashes: FIPS 180-4 and FIPS 202 "abc" vectors
// (the others from node 20's output on the same input), every input and
// output encoding, copy(), XOF lengths, the Transform side, and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const abc = {
  'md5': '900150983cd24fb0d6963f7d28e17f72',
  'sha1': 'a9993e364706816aba3e25717850c26c9cd0d89d',
  'sha224': '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  'sha256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'sha384': 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
    '8086072ba1e7cc2358baeca134c825a7',
  'sha512': 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
  'sha512-224': '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
  'sha512-256': '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
  'sha3-224': 'e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
  'sha3-256': '3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
  'sha3-384': 'ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b2' +
    '98d88cea927ac7f539f1edf228376d25',
  'sha3-512': 'b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e' +
    '10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
  'blake2b512': 'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
    '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
  'blake2s256': '508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
  'ripemd160': '8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
  'sm3': '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
  'md5-sha1': '900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d',
  // Aliases OpenSSL knows, and any case.
  'RSA-SHA256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  'SHA256': 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
};
for (const [alg, hex] of Object.entries(abc)) {
  assert.strictEqual(crypto.createHash(alg).update('abc').digest('hex'), hex, alg);
  assert.strictEqual(crypto.hash(alg, 'abc'), hex, alg);
  assert.strictEqual(crypto.createHash(alg).update('a').update('b').update('c').digest('hex'),
                     hex, alg);
}

// FIPS 180-4: a million 'a', in uneven updates.
{
  const h = crypto.createHash('sha1');
  const chunk = Buffer.alloc(999, 'a');
  let left = 1e6;
  while (left > 0) {
    const n = Math.min(left, chunk.length);
    h.update(chunk.subarray(0, n));
    left -= n;
  }
  assert.strictEqual(h.digest('hex'), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
}
// The empty message.
assert.strictEqual(crypto.createHash('sha256').digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

// XOFs: default and explicit output lengths (0 included); a fixed-size
// digest accepts its own size only.
assert.strictEqual(crypto.createHash('shake128').update('abc').digest('hex'),
                   '5881092dd818bf5cf8a3ddb793fbcba7');
assert.strictEqual(crypto.createHash('shake256').update('abc').digest('hex'),
                   '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).update('abc').digest('hex'),
                   '5881092dd8');
assert.strictEqual(
  crypto.createHash('shake256', { outputLength: 100 }).update('abc').digest('hex'),
  '483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739d5a15bef186a5386c75744c0' +
  '527e1faa9f8726e462a12a4feb06bd8801e751e41385141204f329979fd3047a13c5657724ada64d2470157b' +
  '3cdc288620944d78dbcddbd9');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).update('abc').digest('hex'),
                   abc.sha256);
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }),
              { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH',
                message: 'error:030000B2:digital envelope routines::not XOF or invalid length' });
assert.throws(() => crypto.createHash('shake128', { outputLength: -1 }),
              { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });

// Output encodings (node 20's strings for sha256('abc')).
{
  const h = crypto.createHash('sha256').update('abc');
  const out = {
    hex: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    base64: 'ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=',
    base64url: 'ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0',
  };
  for (const [enc, s] of Object.entries(out)) assert.strictEqual(h.copy().digest(enc), s, enc);
  // String encodings of the raw bytes are Buffer's decodings of them (as node's).
  const raw = Buffer.from(out.hex, 'hex');
  for (const enc of ['latin1', 'binary', 'utf16le', 'ucs2', 'ascii', 'utf8']) {
    assert.strictEqual(h.copy().digest(enc), raw.toString(enc), enc);
  }
  const buf = h.copy().digest();
  assert(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString('hex'), out.hex);
  assert.strictEqual(h.copy().digest('buffer').toString('hex'), out.hex);
  // An unknown output encoding, '', null or a non-string gives a Buffer (node 20).
  for (const enc of ['bogus', '', null, 1]) {
    assert.strictEqual(h.copy().digest(enc).toString('hex'), out.hex, String(enc));
    assert(Buffer.isBuffer(crypto.createHmac('sha256', 'k').digest(enc)));
  }
}

// Input encodings and kinds of bytes.
{
  const s = 'héllo wörld €';
  const hex = (data, enc) => crypto.createHash('sha256').update(data, enc).digest('hex');
  assert.strictEqual(hex(s), 'a3260bb658a2bce4e8e8b9cd613904a51582e107bd16c453b5530bd56be4937a');
  assert.strictEqual(hex(s, 'utf8'), hex(s));
  assert.strictEqual(hex(s, 'bogus'), hex(s));
  assert.strictEqual(hex(s, 'latin1'),
                     '3abeac15fb3665441b4b63e952329e6470da2115ab595335a36520245bfb037c');
  assert.strictEqual(hex(s, 'utf16le'),
                     'd6874c529b4e6f49a126aece82dc784aea06e4ce58cffa97b014725daee86d3f');
  assert.strictEqual(hex('616263', 'hex'), abc.sha256);
  assert.strictEqual(hex('YWJj', 'base64'), abc.sha256);
  assert.strictEqual(hex('😀'.repeat(1000)),
                     '1de38ef75f6a7ffb2c39c1423cb0240c970ef9fd55dd91037bcf42582045435d');
  assert.strictEqual(hex('\ud800x'),
                     'a87ce46793cc659b79bd187e998f8488635f707d5be0957e1d565981efd2b04b');
  assert.strictEqual(crypto.createHash('sha1').update(new Uint16Array([1, 2, 3])).digest('hex'),
                     '5b9ba303e3d8ef9e9d421085303cda49d64c79bf');
  assert.strictEqual(
    crypto.createHash('sha1').update(new DataView(new ArrayBuffer(7))).digest('hex'),
    '77ce0377defbd11b77b1f4ad54ca40ea5ef28490');
  const big = Buffer.from('xabcx');
  assert.strictEqual(hex(big.subarray(1, 4)), abc.sha256);
  assert.strictEqual(hex(new Uint8Array(big.buffer, big.byteOffset + 1, 3)), abc.sha256);
}

// copy() forks the state.
{
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  h.update('c');
  assert.strictEqual(h.digest('hex'), abc.sha256);
  assert.strictEqual(c.update('c').digest('hex'), abc.sha256);
  const x = crypto.createHash('shake256').update('abc');
  assert.strictEqual(x.copy({ outputLength: 4 }).digest('hex'), '48336660');
  assert.throws(() => h.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// crypto.hash's output encodings and input kinds.
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(crypto.hash('sha1', Buffer.from('abc'), 'buffer').toString('hex'), abc.sha1);
assert.strictEqual(crypto.hash('sha1', new Uint8Array([97, 98, 99])), abc.sha1);
assert.throws(() => crypto.hash('foo', 'abc'),
              { message: 'Digest method foo is not supported' });
assert.throws(() => crypto.hash('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash(1, 'abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'abc', 'bogus'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'outputEncoding' is invalid. Received 'bogus'",
});

// Errors.
assert.throws(() => crypto.createHash('foo'), (err) => {
  assert.strictEqual(err.message, 'Digest method not supported');
  assert.strictEqual(err.code, undefined);
  return true;
});
assert.throws(() => crypto.createHash(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "algorithm" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHash('sha256').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
{
  const h = crypto.createHash('sha256');
  h.digest();
  assert.throws(() => h.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED',
                                    message: 'Digest already called' });
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
  assert.throws(() => h.update(1), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// getHashes: sorted names, aliases included, all usable.
{
  const hashes = crypto.getHashes();
  for (const name of ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'shake128', 'blake2b512',
                      'ripemd160', 'RSA-SHA256', 'sha512-256']) {
    assert(hashes.includes(name), name);
  }
  assert.deepStrictEqual([...hashes].sort(), hashes);
  hashes.length = 0;
  assert(crypto.getHashes().length > 0);
}

// Hash is a Transform stream.
{
  const h = crypto.createHash('sha256');
  assert(h instanceof require('stream').Transform);
  assert.strictEqual(typeof crypto.Hash, 'function');
  const chunks = [];
  h.on('data', (d) => chunks.push(d));
  h.on('end', () => {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), abc.sha256);
    ended = true;
  });
  let ended = false;
  h.write('a');
  h.write(Buffer.from('b'));
  h.end('c');
  process.on('exit', () => assert(ended));
}
{
  const h = crypto.createHash('md5');
  h.setEncoding('hex');
  let out = '';
  h.on('data', (d) => { out += d; });
  h.on('finish', () => {});
  h.on('end', () => { assert.strictEqual(out, abc.md5); });
  require('stream').Readable.from(['a', 'b', 'c']).pipe(h);
}

// Hex input of odd length is refused by hash, HMAC and cipher update(), with
// the encoding as given (node 20).
{
  const crypto = require('crypto');
  const oddHex = { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' };
  assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), {
    ...oddHex, message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
  });
  assert.throws(() => crypto.createHash('sha1').update('abc', 'HEX'), {
    ...oddHex, message: "The argument 'encoding' is invalid for data of length 3. Received 'HEX'",
  });
  assert.throws(() => crypto.createHmac('sha1', 'k').update('a', 'hex'), oddHex);
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16))
    .update('abc', 'hex'), oddHex);
  // Even length with bad digits: decoded up to the first bad pair, no error.
  assert.strictEqual(crypto.createHash('sha1').update('abzz', 'hex').digest('hex'),
                     'fe83f217d464f6fdfa5b2b1f87fe3a1a47371196');
}
