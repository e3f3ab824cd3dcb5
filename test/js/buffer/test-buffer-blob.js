'use strict';
// Blob and File from node:buffer.
const assert = require('assert');
const util = require('util');
const { Blob, File, resolveObjectURL } = require('buffer');

const b = new Blob(['ab', new Uint8Array([99]), new Uint16Array([0x6564]).buffer, 5, new Blob(['x'])],
                   { type: 'Text/Plain' });
assert.strictEqual(b.size, 7);
assert.strictEqual(b.type, 'text/plain');
assert.strictEqual(util.inspect(b), "Blob { size: 7, type: 'text/plain' }");
assert.strictEqual(Object.prototype.toString.call(b), '[object Blob]');
assert.strictEqual(util.inspect({ a: new Blob(['x']) }, { depth: 0 }), '{ a: [Blob] }');

const seqMsg = 'The "sources" argument must be a sequence.';
assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE', message: `${seqMsg} Received type string ('abc')` });
assert.throws(() => new Blob(null), { message: `${seqMsg} Received null` });
assert.throws(() => new Blob({}), { message: `${seqMsg} Received an instance of Object` });
assert.strictEqual(new Blob(undefined).size, 0);
assert.strictEqual(new Blob().size, 0);
assert.strictEqual(new Blob(new Set(['a', 'b'])).size, 2);
assert.strictEqual(new Blob([], { type: 'a\u0100' }).type, '');
assert.strictEqual(new Blob([], { type: 5 }).type, '5');
assert.strictEqual(new Blob([], null).type, '');
assert.throws(() => new Blob([], 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be a dictionary. Received type number (5)',
});
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
});
assert.strictEqual(new Blob(['a\r\nb\nc\rd'], { endings: 'native' }).size, process.platform === 'win32' ? 10 : 7);
assert.strictEqual(new Blob(['a\r\nb']).size, 4);
assert.strictEqual(new Blob(['\ud800']).size, 3);
assert.throws(() => Blob([]), TypeError);

// The sources are copied when the blob is made.
{
  const u8 = new Uint8Array([1, 2]);
  const blob = new Blob([u8]);
  u8[0] = 9;
  blob.arrayBuffer().then((ab) => assert.deepStrictEqual([...new Uint8Array(ab)], [1, 2]));
}

assert.deepStrictEqual(Object.getOwnPropertyNames(Blob.prototype),
                       ['constructor', 'type', 'size', 'slice', 'arrayBuffer', 'text', 'bytes', 'stream']);
assert.strictEqual(Object.getOwnPropertyDescriptor(Blob.prototype, 'size').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(Blob.prototype, 'slice').enumerable, true);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Blob.prototype, Symbol.toStringTag),
                       { value: 'Blob', writable: false, enumerable: false, configurable: true });

// slice
{
  const s = new Blob(['abcdef']);
  assert.deepStrictEqual(
    [s.slice(1, -1).size, s.slice(-2).size, s.slice(4, 2).size, s.slice(1, 3, 'X/Y').type,
      s.slice(undefined, undefined).size, s.slice(0, Infinity).size, s.slice(-Infinity).size,
      s.slice(1, -Infinity).size, s.slice(null, 2).size],
    [4, 2, 0, 'x/y', 6, 6, 6, 0, 2]);
}

const notBlob = { code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type Blob' };
assert.throws(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}), notBlob);
assert.throws(() => Object.getOwnPropertyDescriptor(Blob.prototype, 'type').get.call({}), notBlob);
assert.throws(() => Blob.prototype.slice.call({}), notBlob);

// File
{
  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 42 });
  assert.deepStrictEqual([f.name, f.lastModified, f.size, f.type], ['a.txt', 42, 3, 'text/plain']);
  assert.strictEqual(util.inspect(f), "File { size: 3, type: 'text/plain', name: 'a.txt', lastModified: 42 }");
  assert.ok(f instanceof Blob);
  assert.strictEqual(Object.prototype.toString.call(f), '[object File]');
  assert.strictEqual(new File([], 'x', { lastModified: 'abc' }).lastModified, 0);
  assert.strictEqual(new File([], 'x', { lastModified: '12' }).lastModified, 12);
  assert.strictEqual(typeof new File([], 'x').lastModified, 'number');
  assert.strictEqual(new File(['abc'], 'x').slice(1) instanceof File, false);
  assert.throws(() => new File([]), {
    code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
  });
  assert.throws(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])), TypeError);
  assert.deepStrictEqual(Object.getOwnPropertyNames(File.prototype), ['constructor', 'name', 'lastModified']);
}

assert.strictEqual(resolveObjectURL('blob:nodedata:abc'), undefined);
assert.strictEqual(resolveObjectURL('x'), undefined);

(async () => {
  const blob = new Blob(['héllo', new Uint8Array([0xff])]);
  assert.strictEqual(await blob.text(), 'héllo\ufffd');
  const ab = await blob.arrayBuffer();
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f, 0xff]);
  assert.strictEqual(await blob.slice(1, 3).text(), 'é');
  assert.strictEqual(await new Blob(['\ufeffab']).text(), 'ab');
  assert.strictEqual(await new Blob([]).text(), '');
  const bytes = await blob.bytes();
  assert.ok(bytes instanceof Uint8Array);
  assert.strictEqual(bytes.length, 7);
  await assert.rejects(Blob.prototype.text.call({}), notBlob);
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), notBlob);
})().then(() => console.log('ok'));
