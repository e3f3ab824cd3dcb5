'use strict';
// Request: URL parsing, method normalisation, init fields and their errors,
// bodies and Content-Type, signals, clone, and Request-from-Request.
const assert = require('assert');
const util = require('util');
const { test } = require('../webstreams/harness');

const typeError = (message) => ({ name: 'TypeError', message });

test('fields and defaults', async () => {
  const r = new Request('http://example.com/a/../b?q#h', { method: 'post', body: 'hi', headers: { x: 'y' } });
  assert.strictEqual(r.url, 'http://example.com/b?q#h');
  assert.strictEqual(r.method, 'POST');
  assert.deepStrictEqual(
    [r.mode, r.credentials, r.cache, r.redirect, r.referrer, r.referrerPolicy, r.integrity,
     r.keepalive, r.destination, r.signal.aborted, r.bodyUsed, r.duplex, r.isHistoryNavigation,
     r.isReloadNavigation],
    ['cors', 'same-origin', 'default', 'follow', 'about:client', '', '', false, '', false, false,
     'half', false, false]);
  assert.deepStrictEqual([...r.headers], [['content-type', 'text/plain;charset=UTF-8'], ['x', 'y']]);
  assert.strictEqual(util.inspect(r), `Request {
  method: 'POST',
  url: 'http://example.com/b?q#h',
  headers: Headers { x: 'y', 'content-type': 'text/plain;charset=UTF-8' },
  destination: '',
  referrer: 'about:client',
  referrerPolicy: '',
  mode: 'cors',
  credentials: 'same-origin',
  cache: 'default',
  redirect: 'follow',
  integrity: '',
  keepalive: false,
  isReloadNavigation: false,
  isHistoryNavigation: false,
  signal: AbortSignal { aborted: false }
}`);
  assert.ok(r.body instanceof ReadableStream);
  assert.strictEqual(await r.text(), 'hi');
  assert.strictEqual(r.bodyUsed, true);
  await assert.rejects(r.text(), typeError('Body is unusable: Body has already been read'));
  assert.throws(() => r.clone(), typeError('unusable'));
  assert.strictEqual(new Request('http://x').body, null);
  assert.strictEqual(Object.prototype.toString.call(r), '[object Request]');
});

test('URL and method errors', () => {
  assert.throws(() => new Request('/x'), (err) => {
    assert.strictEqual(err.message, 'Failed to parse URL from /x');
    assert.strictEqual(err.cause.code, 'ERR_INVALID_URL');
    return err instanceof TypeError;
  });
  assert.throws(() => new Request('http://u:p@x/'),
                typeError('Request cannot be constructed from a URL that includes credentials: http://u:p@x/'));
  assert.throws(() => new Request('http://x', { method: 'GET', body: 'a' }),
                typeError('Request with GET/HEAD method cannot have body.'));
  assert.throws(() => new Request('http://x', { method: 'HEAD', body: 'a' }), { name: 'TypeError' });
  assert.throws(() => new Request('http://x', { method: 'bad method' }), typeError("'bad method' is not a valid HTTP method."));
  assert.throws(() => new Request('http://x', { method: 'CONNECT' }), typeError("'CONNECT' HTTP method is unsupported."));
  assert.strictEqual(new Request('http://x', { method: 'delete' }).method, 'DELETE');
  assert.strictEqual(new Request('http://x', { method: 'options' }).method, 'OPTIONS');
  assert.strictEqual(new Request('http://x', { method: 'Foo' }).method, 'Foo');
  assert.throws(() => new Request(), { name: 'TypeError' });
});

test('enum fields', () => {
  assert.throws(() => new Request('http://x', { mode: 'navigate' }), typeError('Request constructor: invalid request mode navigate.'));
  assert.throws(() => new Request('http://x', { mode: 'xx' }),
                typeError('Request constructor: xx is not an accepted type. Expected one of navigate, same-origin, no-cors, cors.'));
  assert.throws(() => new Request('http://x', { redirect: 'xx' }),
                typeError('Request constructor: xx is not an accepted type. Expected one of follow, manual, error.'));
  const r = new Request('http://x', { mode: 'same-origin', credentials: 'include', cache: 'no-store',
                                      redirect: 'manual', referrerPolicy: 'no-referrer', integrity: 'sha256-x',
                                      keepalive: true, referrer: '' });
  assert.deepStrictEqual([r.mode, r.credentials, r.cache, r.redirect, r.referrerPolicy, r.integrity, r.keepalive, r.referrer],
                         ['same-origin', 'include', 'no-store', 'manual', 'no-referrer', 'sha256-x', true, '']);
  assert.strictEqual(new Request('http://x', { referrer: 'http://y/z' }).referrer, 'http://y/z');
});

test('stream bodies need duplex', async () => {
  assert.throws(() => new Request('http://x', { method: 'POST', body: new ReadableStream() }),
                typeError('RequestInit: duplex option is required when sending a body.'));
  const r = new Request('http://x', {
    method: 'POST',
    body: ReadableStream.from([new Uint8Array([104, 105])]),
    duplex: 'half',
  });
  assert.strictEqual(await r.text(), 'hi');
});

test('body content types', () => {
  const ct = (body) => new Request('http://x', { method: 'POST', body }).headers.get('content-type');
  assert.strictEqual(ct(new URLSearchParams('a=1&b=2')), 'application/x-www-form-urlencoded;charset=UTF-8');
  assert.strictEqual(ct(new Blob(['x'], { type: 'text/foo' })), 'text/foo');
  assert.strictEqual(ct(new Blob(['x'])), null);
  assert.strictEqual(ct(new ArrayBuffer(2)), null);
  assert.strictEqual(ct('s'), 'text/plain;charset=UTF-8');
  assert.match(ct(new FormData()), /^multipart\/form-data; boundary=-+formdata-/);
  const explicit = new Request('http://x', { method: 'POST', body: 's', headers: { 'Content-Type': 'a/b' } });
  assert.deepStrictEqual([...explicit.headers], [['content-type', 'a/b']]);
});

test('signals', () => {
  const ac = new AbortController();
  const r = new Request('http://x', { signal: ac.signal });
  assert.notStrictEqual(r.signal, ac.signal);
  assert.strictEqual(r.signal.aborted, false);
  ac.abort('why');
  assert.strictEqual(r.signal.aborted, true);
  assert.strictEqual(r.signal.reason, 'why');
  assert.throws(() => new Request('http://x', { signal: {} }),
                typeError("Failed to construct 'Request': member signal is not of type AbortSignal."));
  const aborted = AbortSignal.abort('early');
  assert.strictEqual(new Request('http://x', { signal: aborted }).signal.reason, 'early');
  // One signal may serve many requests without a MaxListenersExceededWarning.
  const shared = new AbortController();
  const many = [];
  for (let i = 0; i < 100; i++) many.push(new Request('http://x', { signal: shared.signal }));
  assert.strictEqual(require('events').getMaxListeners(shared.signal), 1500);
  shared.abort('all');
  assert.ok(many.every((request) => request.signal.reason === 'all'));
  const ac2 = new AbortController();
  const clone = new Request('http://x', { signal: ac2.signal }).clone();
  ac2.abort();
  assert.strictEqual(clone.signal.aborted, true);
});

test('Request from Request moves the body', async () => {
  const a = new Request('http://x', { method: 'PUT', body: 'z', headers: { a: 'b' } });
  const b = new Request(a);
  assert.strictEqual(b.method, 'PUT');
  assert.strictEqual(b.url, 'http://x/');
  assert.strictEqual(a.bodyUsed, true);
  assert.deepStrictEqual([...b.headers], [['a', 'b'], ['content-type', 'text/plain;charset=UTF-8']]);
  assert.strictEqual(await b.text(), 'z');
  assert.throws(() => new Request(a), typeError('Cannot construct a Request with a Request object that has already been used.'));
  const c = new Request(new Request('http://y', { method: 'POST' }), { method: 'GET', headers: { q: '1' } });
  assert.deepStrictEqual([c.method, [...c.headers]], ['GET', [['q', '1']]]);
});

test('clone tees the body', async () => {
  const a = new Request('http://x', { method: 'POST', body: 'abc' });
  const b = a.clone();
  assert.deepStrictEqual(await Promise.all([a.text(), b.text()]), ['abc', 'abc']);
  const names = Object.getOwnPropertyNames(Request.prototype);
  assert.deepStrictEqual(names.slice(names.indexOf('signal'), names.indexOf('signal') + 11),
                         ['signal', 'body', 'bodyUsed', 'duplex', 'clone', 'blob', 'arrayBuffer', 'text',
                          'json', 'formData', 'bytes']);
});
