'use strict';
// stream/consumers over Readables, web ReadableStreams and async iterables,
// and the path/posix, path/win32 and sys aliases. Expected values from node 20.
const assert = require('assert');
const consumers = require('stream/consumers');
const { Readable } = require('stream');

let warned = null;
process.on('warning', (w) => { warned = w; });

(async () => {
  assert.deepStrictEqual(Object.keys(consumers).sort(), ['arrayBuffer', 'blob', 'buffer', 'json', 'text']);
  // A character split across chunks, and strings mixed with bytes.
  assert.strictEqual(
    await consumers.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac, 0x62])])), 'a\u20acb');
  // An incomplete character at the end becomes U+FFFD.
  assert.strictEqual(await consumers.text((async function* () { yield 'q'; yield Buffer.from([0xe2]); })()), 'q\ufffd');
  assert.deepStrictEqual(await consumers.json(Readable.from([Buffer.from('{"a":'), '[1,2]}'])), { a: [1, 2] });
  await assert.rejects(consumers.json(Readable.from(['{bad'])), SyntaxError);
  const buf = await consumers.buffer(Readable.from([Buffer.from('ab'), new Uint8Array([99])]));
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.toString(), 'abc');
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('xyz')]));
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 3);
  const blob = await consumers.blob(new ReadableStream({
    start(c) { c.enqueue(new Uint8Array([1, 2])); c.close(); },
  }));
  assert.strictEqual(blob.size, 2);
  assert.strictEqual(blob.type, '');
  assert.deepStrictEqual([...new Uint8Array(await blob.arrayBuffer())], [1, 2]);
  assert.strictEqual(require('node:stream/consumers'), consumers);

  const path = require('path');
  assert.strictEqual(require('path/posix'), path.posix);
  assert.strictEqual(require('path/win32'), path.win32);
  assert.strictEqual(require('node:path/win32').join('a', 'b'), 'a\\b');
  const mod = require('module');
  for (const name of ['stream/consumers', 'path/posix', 'path/win32', 'sys']) {
    assert.ok(mod.isBuiltin(name), name);
    assert.ok(mod.builtinModules.includes(name), name);
  }
  assert.strictEqual(require('sys'), require('util'));
  setImmediate(() => {
    assert.strictEqual(warned.name, 'DeprecationWarning');
    assert.strictEqual(warned.code, 'DEP0025');
    assert.strictEqual(warned.message, 'sys is deprecated. Use util instead.');
  });
})();
