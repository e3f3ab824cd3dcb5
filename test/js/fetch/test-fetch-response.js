'use strict';
// Response: status/statusText/headers, body kinds and the Body mixin,
// Response.json/error/redirect, clone via tee, bodyUsed, errors.
const assert = require('assert');
const util = require('util');
const { test } = require('../webstreams/harness');

const typeError = (message) => ({ name: 'TypeError', message });

test('fields and inspect', () => {
  const res = new Response('hello', { status: 201, statusText: 'Created', headers: { a: 'b' } });
  assert.deepStrictEqual([res.status, res.statusText, res.ok, res.type, res.url, res.redirected, res.bodyUsed],
                         [201, 'Created', true, 'default', '', false, false]);
  assert.deepStrictEqual([...res.headers], [['a', 'b'], ['content-type', 'text/plain;charset=UTF-8']]);
  assert.strictEqual(util.inspect(res), `Response {
  status: 201,
  statusText: 'Created',
  headers: Headers { a: 'b', 'content-type': 'text/plain;charset=UTF-8' },
  body: ReadableStream { locked: false, state: 'readable', supportsBYOB: true },
  bodyUsed: false,
  ok: true,
  redirected: false,
  type: 'default',
  url: ''
}`);
  assert.strictEqual(new Response(null, { status: 404 }).ok, false);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Response).sort(), ['error', 'json', 'length', 'name', 'prototype', 'redirect']);
  assert.deepStrictEqual(Object.getOwnPropertyNames(Response.prototype),
                         ['constructor', 'type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers',
                          'body', 'bodyUsed', 'clone', 'blob', 'arrayBuffer', 'text', 'json', 'formData', 'bytes']);
});

test('init errors', () => {
  const range = { name: 'RangeError', message: 'init["status"] must be in the range of 200 to 599, inclusive.' };
  assert.throws(() => new Response('', { status: 99 }), range);
  assert.throws(() => new Response('', { status: 600 }), range);
  assert.throws(() => new Response('', { status: 0 }), range);
  assert.throws(() => new Response('x', { status: 204 }), typeError('Response constructor: Invalid response status code 204'));
  assert.strictEqual(new Response(null, { status: 204 }).status, 204);
  assert.throws(() => new Response('', { statusText: 'a\nb' }), typeError('Invalid statusText'));
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => new Response(locked), typeError('Response body object should not be disturbed or locked'));
});

test('Body mixin over every body kind', async () => {
  assert.deepStrictEqual([...new Uint8Array(await new Response('ab').arrayBuffer())], [97, 98]);
  assert.deepStrictEqual([...await new Response('ab').bytes()], [97, 98]);
  const blob = await new Response('ab', { headers: { 'content-type': 'text/x' } }).blob();
  assert.deepStrictEqual([blob.size, blob.type], [2, 'text/x']);
  assert.deepStrictEqual(await new Response('{"a":1}').json(), { a: 1 });
  await assert.rejects(new Response('{').json(), { name: 'SyntaxError' });
  assert.strictEqual(await new Response(123).text(), '123');
  assert.strictEqual(await new Response(new Uint16Array([0x4141])).text(), 'AA');
  assert.strictEqual(await new Response(new DataView(new Uint8Array([66, 67]).buffer, 1)).text(), 'C');
  assert.strictEqual(await new Response(new Blob(['bl', 'ob'])).text(), 'blob');
  assert.strictEqual(await new Response(new URLSearchParams({ a: 'b c' })).text(), 'a=b+c');
  assert.strictEqual(await new Response('\ufeffbom').text(), 'bom');
  const enc = new TextEncoder();
  assert.strictEqual(await new Response(ReadableStream.from(['ab', 'cd'].map((s) => enc.encode(s)))).text(), 'abcd');
  assert.strictEqual(await new Response((async function* () { yield new Uint8Array([65]); yield 'B'; })()).text(), 'AB');
  const nullBody = new Response(null);
  assert.deepStrictEqual([nullBody.body, await nullBody.text(), nullBody.bodyUsed], [null, '', false]);
  await assert.rejects(new Response(ReadableStream.from(['not bytes'])).text(), { name: 'TypeError' });
});

test('the source buffer is copied', async () => {
  const bytes = new Uint8Array([1, 2]);
  const res = new Response(bytes);
  bytes[0] = 9;
  assert.deepStrictEqual([...await res.bytes()], [1, 2]);
  assert.strictEqual(bytes.byteLength, 2);
});

test('bodyUsed and disturbed bodies', async () => {
  const a = new Response('x');
  await a.text();
  assert.strictEqual(a.bodyUsed, true);
  await assert.rejects(a.text(), typeError('Body is unusable: Body has already been read'));
  const b = new Response('x');
  b.body.getReader();
  assert.strictEqual(b.bodyUsed, false);
  await assert.rejects(b.text(), typeError('Body is unusable: Body has already been read'));
  assert.throws(() => b.clone(), { name: 'TypeError' });
});

test('streaming a body through its reader', async () => {
  const res = new Response('chunked');
  const reader = res.body.getReader();
  const { value } = await reader.read();
  assert.ok(value instanceof Uint8Array);
  assert.strictEqual(Buffer.from(value).toString(), 'chunked');
  assert.strictEqual((await reader.read()).done, true);
  assert.strictEqual(res.bodyUsed, true);
});

test('Response.json', async () => {
  const j = Response.json({ a: 1 });
  assert.deepStrictEqual([...j.headers], [['content-type', 'application/json']]);
  assert.strictEqual(await j.text(), '{"a":1}');
  const j2 = Response.json({ a: 1 }, { status: 202, headers: { 'content-type': 'foo/bar' } });
  assert.deepStrictEqual([j2.status, [...j2.headers]], [202, [['content-type', 'foo/bar']]]);
  assert.throws(() => Response.json(undefined), typeError('Value is not JSON serializable'));
  assert.throws(() => Response.json(1n), typeError('Do not know how to serialize a BigInt'));
});

test('Response.error and Response.redirect', () => {
  const e = Response.error();
  assert.deepStrictEqual([e.type, e.status, e.statusText, e.ok, e.body], ['error', 0, '', false, null]);
  const r = Response.redirect('http://x/y', 301);
  assert.deepStrictEqual([r.status, [...r.headers], r.body], [301, [['location', 'http://x/y']], null]);
  assert.strictEqual(Response.redirect('http://x/').status, 302);
  assert.throws(() => Response.redirect('http://x/y', 200), { name: 'RangeError', message: 'Invalid status code 200' });
  assert.throws(() => Response.redirect('/y'), typeError('Failed to parse URL from /y'));
});

test('clone tees the body; both branches read everything', async () => {
  const a = new Response('abc', { status: 203, headers: { k: 'v' } });
  const b = a.clone();
  assert.deepStrictEqual([b.status, [...b.headers]], [203, [['content-type', 'text/plain;charset=UTF-8'], ['k', 'v']]]);
  assert.deepStrictEqual(await Promise.all([a.text(), b.text()]), ['abc', 'abc']);
  const big = new Uint8Array(200000).fill(7);
  const c = new Response(big);
  const d = c.clone();
  const [x, y] = await Promise.all([c.arrayBuffer(), d.arrayBuffer()]);
  assert.strictEqual(x.byteLength, 200000);
  assert.strictEqual(y.byteLength, 200000);
  b.headers.set('k', 'changed');
  assert.strictEqual(a.headers.get('k'), 'v');
  assert.throws(() => Response.error().clone().headers.set('a', 'b'), typeError('immutable'));
});

test('nested inspect keeps the properties at the caller\'s depth, as node does', () => {
  assert.strictEqual(util.inspect({ f: (() => { const fd = new FormData(); fd.append('a', new Blob(['x'])); return fd; })() }, { depth: 0 }),
                     '{ f: FormData { a: [File] } }');
  assert.strictEqual(util.inspect([new Headers({ a: 'b' })], { depth: 0 }), "[ Headers { a: 'b' } ]");
  assert.match(util.inspect({ r: new Request('http://a') }, { depth: 0 }), /headers: Headers \{\},\n {4}destination/);
  assert.match(util.inspect({ r: new Request('http://a') }, { depth: 0 }), /signal: \[AbortSignal\]/);
});

test('blob() types its Blob with the serialized MIME type', async () => {
  const type = async (ct) => (await new Response('x', { headers: { 'Content-Type': ct } }).blob()).type;
  assert.strictEqual(await type('Text/HTML; Charset=UTF-8'), 'text/html;charset=utf-8');
  assert.strictEqual(await type('not a mime type'), '');
  assert.strictEqual((await new Response('x').blob()).type, 'text/plain;charset=utf-8');
});

test('async iterable bodies take strings and byte arrays; other chunks fail as Buffer.from does', async () => {
  assert.strictEqual(await new Response((async function* () { yield [104, 105]; yield '!'; })()).text(), 'hi!');
  await assert.rejects(new Response((async function* () { yield 1; })()).text(),
                       { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
});

test('a body read whole leaves a used stream behind; clones of unread bodies are independent', async () => {
  const a = new Response('abc');
  assert.strictEqual(await a.text(), 'abc');
  assert.strictEqual(a.bodyUsed, true);
  assert.ok(a.body instanceof ReadableStream);
  assert.strictEqual(a.body.locked, true);
  assert.throws(() => a.body.getReader(), { code: 'ERR_INVALID_STATE' });
  const b = new Response(new Uint8Array([1, 2, 3]));
  const c = b.clone();
  const d = c.clone();
  const [x, y] = [new Uint8Array(await b.arrayBuffer()), await c.bytes()];
  x[0] = 9;
  assert.deepStrictEqual([...y], [1, 2, 3]);
  const reader = d.body.getReader();
  assert.deepStrictEqual([...(await reader.read()).value], [1, 2, 3]);
  const e = new Response('e');
  e.body.getReader().releaseLock();
  const f = e.clone();
  assert.deepStrictEqual(await Promise.all([e.text(), f.text()]), ['e', 'e']);
  const g = new Response('g');
  g.body;  // the stream exists from here on
  assert.strictEqual(await g.text(), 'g');
  assert.strictEqual(g.bodyUsed, true);
});
