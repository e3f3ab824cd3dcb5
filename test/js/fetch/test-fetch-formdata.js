'use strict';
// FormData, and fetch bodies in multipart/form-data and
// application/x-www-form-urlencoded, both ways.
const assert = require('assert');
const util = require('util');
const { test } = require('../webstreams/harness');

const typeError = (message) => ({ name: 'TypeError', message });

test('append/get/getAll/has/set/delete', () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('b', new Blob(['xx'], { type: 'text/plain' }));
  fd.append('c', new Blob(['y']), 'f.txt');
  fd.append('a', '2');
  assert.strictEqual(fd.get('a'), '1');
  assert.deepStrictEqual(fd.getAll('a'), ['1', '2']);
  assert.strictEqual(fd.has('b'), true);
  assert.strictEqual(fd.get('nope'), null);
  const b = fd.get('b');
  assert.ok(b instanceof File);
  assert.deepStrictEqual([b.name, b.type, b.size], ['blob', 'text/plain', 2]);
  assert.strictEqual(fd.get('c').name, 'f.txt');
  assert.deepStrictEqual([...fd.keys()], ['a', 'b', 'c', 'a']);
  fd.set('a', '3');
  assert.deepStrictEqual([...fd.keys()], ['a', 'b', 'c']);
  assert.deepStrictEqual(fd.getAll('a'), ['3']);
  fd.delete('b');
  assert.deepStrictEqual([...fd.keys()], ['a', 'c']);
  assert.strictEqual(Object.prototype.toString.call(fd.entries()), '[object FormData Iterator]');
  assert.strictEqual(FormData.prototype[Symbol.iterator], FormData.prototype.entries);
});

test('values, files and errors', () => {
  const fd = new FormData();
  fd.append(1, 2);
  fd.append('l\nf', 'a\rb');
  assert.deepStrictEqual([...fd], [['1', '2'], ['l\nf', 'a\rb']]);
  const f = new FormData();
  f.append('f', new File(['z'], 'orig.txt', { type: 'a/b' }));
  assert.deepStrictEqual([f.get('f').name, f.get('f').type], ['orig.txt', 'a/b']);
  f.set('f', new File(['z'], 'orig.txt'), 'new.txt');
  assert.strictEqual(f.get('f').name, 'new.txt');
  assert.throws(() => f.append('x', {}, 'name'), typeError("Failed to execute 'append' on 'FormData': parameter 2 is not of type 'Blob'"));
  assert.throws(() => f.append('x'), typeError('FormData.append: 2 arguments required, but only 1 found.'));
  assert.throws(() => new FormData({}), typeError('FormData constructor: Argument 1 could not be converted to: undefined.'));
});

test('inspect groups by name', () => {
  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', '2');
  fd.append('b', 'x');
  assert.strictEqual(util.inspect(fd), "FormData { a: [ '1', '2' ], b: 'x' }");
});

test('multipart round trip with escaped names', async () => {
  const body = new FormData();
  body.append('field', 'v"al\r\nue');
  body.append('fi"le\n', new File(['content'], 'a"b\n.txt', { type: 'text/plain' }));
  body.append('raw', new Blob([new Uint8Array([0, 1, 2])]));
  const req = new Request('http://x', { method: 'POST', body });
  const ct = req.headers.get('content-type');
  const boundary = /boundary=(.*)$/.exec(ct)[1];
  const text = await req.text();
  assert.strictEqual(text.slice(0, text.indexOf('raw')),
                     `--${boundary}\r\nContent-Disposition: form-data; name="field"\r\n\r\nv"al\r\nue\r\n` +
                     `--${boundary}\r\nContent-Disposition: form-data; name="fi%22le%0D%0A"; filename="a%22b%0A.txt"\r\n` +
                     'Content-Type: text/plain\r\n\r\ncontent\r\n' +
                     `--${boundary}\r\nContent-Disposition: form-data; name="`);
  assert.ok(text.endsWith(`\r\n--${boundary}--\r\n`));
  const back = await new Response(text, { headers: { 'content-type': ct } }).formData();
  const entries = [...back].map(([k, v]) => [k, typeof v === 'string' ? v : [v.name, v.type, v.size]]);
  assert.deepStrictEqual(entries.slice(0, 2), [['field', 'v"al\r\nue'], ['fi"le\r\n', ['a"b\n.txt', 'text/plain', 7]]]);
  assert.strictEqual(back.get('raw').size, 3);
});

test('parsing multipart written by hand', async () => {
  const b = '--B\r\nContent-Disposition: form-data; name="x"\r\n\r\nhello\r\n' +
    '--B\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\n' +
    'Content-Type: application/octet-stream\r\n\r\n\x00\x01\r\n--B--\r\n';
  const f = await new Response(b, { headers: { 'content-type': 'multipart/form-data; boundary=B' } }).formData();
  assert.deepStrictEqual([f.get('x'), f.get('f').name, f.get('f').size, f.get('f').type],
                         ['hello', 'a.bin', 2, 'application/octet-stream']);
  const quoted = await new Response(b, { headers: { 'content-type': 'multipart/form-data; boundary="B"' } }).formData();
  assert.strictEqual(quoted.get('x'), 'hello');
});

test('urlencoded and content-type errors', async () => {
  const fd = await new Response('a=1&b=%20x+y&a=3', { headers: { 'content-type': 'application/x-www-form-urlencoded' } }).formData();
  assert.deepStrictEqual([...fd], [['a', '1'], ['b', ' x y'], ['a', '3']]);
  const fromParams = await new Request('http://x', { method: 'POST', body: new URLSearchParams('k=v') }).formData();
  assert.deepStrictEqual([...fromParams], [['k', 'v']]);
  const wrong = typeError('Content-Type was not one of "multipart/form-data" or "application/x-www-form-urlencoded".');
  await assert.rejects(new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(), wrong);
  await assert.rejects(new Response('x').formData(), wrong);
  await assert.rejects(new Response('x', { headers: { 'content-type': 'multipart/form-data; boundary=abc' } }).formData(),
                       typeError('Failed to parse body as FormData.'));
});

test('constructor and method lengths match node', () => {
  assert.strictEqual(FormData.length, 1);
  assert.deepStrictEqual(['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach']
    .map((name) => FormData.prototype[name].length), [2, 1, 1, 1, 1, 2, 1]);
});
