'use strict';
// Every crypto entry point with each kind of argument (undefined, numbers,
// strings, objects, typed arrays, ArrayBuffers, symbols, KeyObjects...): the
// result or error printed, against node 20's output.
const c = require('crypto');
const vals = [undefined, null, 0, 1, -1, 1.5, NaN, 2**31, 2**32, '', 'abc', 'sha256', true, {}, [], [1],
  Buffer.from('key'), new Uint16Array([1, 2]), new DataView(new ArrayBuffer(4)), new ArrayBuffer(3),
  new SharedArrayBuffer(2), Symbol('s'), () => {}, 10n, new Float64Array(1), c.createSecretKey(Buffer.from('k'))];
const name = (v) => typeof v === 'symbol' ? 'sym' : typeof v === 'function' ? 'fn' : typeof v === 'bigint' ? 'big' :
  (v && v.constructor ? v.constructor.name : String(v)) + (typeof v === 'number' || typeof v === 'string' ? ':' + String(v) : '');
function t(label, f) {
  let r;
  try { const x = f(); r = 'OK ' + (Buffer.isBuffer(x) ? x.toString('hex') : x instanceof ArrayBuffer ? Buffer.from(x).toString('hex') : typeof x === 'string' ? x : typeof x); }
  catch (e) { r = `${e.name} ${e.code} ${e.message.split('\n')[0]}`; }
  console.log(label, r);
}
for (const v of vals) {
  t('createHash(' + name(v) + ')', () => c.createHash(v).digest('hex'));
  t('hash.update(' + name(v) + ')', () => c.createHash('sha1').update(v).digest('hex'));
  t('hash.update(abc,' + name(v) + ')', () => c.createHash('sha1').update('abc', v).digest('hex'));
  t('createHash(sha256, {outputLength:' + name(v) + '})', () => c.createHash('sha256', { outputLength: v }).digest('hex'));
  t('createHmac(sha1,' + name(v) + ')', () => c.createHmac('sha1', v).digest('hex'));
  t('pbkdf2Sync(' + name(v) + ')', () => c.pbkdf2Sync(v, 's', 1, 8, 'sha1'));
  t('pbkdf2Sync iter ' + name(v), () => c.pbkdf2Sync('p', 's', v, 8, 'sha1'));
  t('pbkdf2Sync keylen ' + name(v), () => c.pbkdf2Sync('p', 's', 1, v === 2**31 || v === 2**32 ? 3 : v, 'sha1'));
  t('pbkdf2Sync digest ' + name(v), () => c.pbkdf2Sync('p', 's', 1, 8, v));
  t('hkdfSync key ' + name(v), () => c.hkdfSync('sha256', v, 's', 'i', 8));
  t('hkdfSync salt ' + name(v), () => c.hkdfSync('sha256', 'k', v, 'i', 8));
  t('hkdfSync len ' + name(v), () => c.hkdfSync('sha256', 'k', 's', 'i', v === 2**31 || v === 2**32 ? 3 : v));
  t('scryptSync keylen ' + name(v), () => c.scryptSync('p', 's', v === 2**31 || v === 2**32 ? 3 : v, { N: 16 }));
  t('scryptSync opts ' + name(v), () => c.scryptSync('p', 's', 4, v));
  t('scryptSync N ' + name(v), () => c.scryptSync('p', 's', 4, { N: v }));
  t('cipher key ' + name(v), () => c.createCipheriv('aes-128-cbc', v, Buffer.alloc(16)).final('hex'));
  t('cipher iv ' + name(v), () => c.createCipheriv('aes-128-ecb', Buffer.alloc(16), v).final('hex'));
  t('cipher opts ' + name(v), () => c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12), v).final('hex'));
  t('cipher update ' + name(v), () => c.createCipheriv('aes-128-ctr', Buffer.alloc(16), Buffer.alloc(16)).update(v));
  t('randomBytes ' + name(v), () => c.randomBytes(v === 2**31 || v === 2**32 || v === 1.5 ? 'x' : v).length + '');
  t('randomInt ' + name(v), () => typeof c.randomInt(v));
  t('timingSafeEqual ' + name(v), () => c.timingSafeEqual(v, v));
  t('createSecretKey ' + name(v), () => c.createSecretKey(v).symmetricKeySize + '');
  t('getCipherInfo ' + name(v), () => JSON.stringify(c.getCipherInfo(v)));
  t('getCipherInfo opts ' + name(v), () => JSON.stringify(c.getCipherInfo('aes-128-gcm', v)));
  t('hash() ' + name(v), () => c.hash('sha1', v));
  t('hash() enc ' + name(v), () => c.hash('sha1', 'x', v));
  t('randomUUID ' + name(v), () => c.randomUUID(v).length + '');
  t('setAAD ' + name(v), () => c.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAAD(Buffer.alloc(1), v) && 'ok');
  t('setAuthTag ' + name(v), () => c.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12)).setAuthTag(v) && 'ok');
}
