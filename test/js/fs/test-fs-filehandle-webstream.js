'use strict';
// FileHandle.readableWebStream(): a web ReadableStream of the file (chunks
// are ArrayBuffers; { type: 'bytes' } gives a byte stream that BYOB readers
// read into), one per handle ('The FileHandle is locked' after), and node's
// error once the handle is closed.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const file = path.join(os.tmpdir(), `eddy-webstream-${process.pid}.txt`);
const text = 'hello web stream\n'.repeat(3000);  // 51 KiB: several chunks
fs.writeFileSync(file, text);

(async () => {
  const fh = await fsp.open(file);
  const stream = fh.readableWebStream();
  assert.strictEqual(Object.prototype.toString.call(stream), '[object ReadableStream]');
  const parts = [];
  for await (const chunk of stream) {
    assert(chunk instanceof ArrayBuffer);
    parts.push(Buffer.from(chunk));
  }
  assert.strictEqual(Buffer.concat(parts).toString(), text);
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The FileHandle is locked',
  });
  await fh.close();
  assert.throws(() => fh.readableWebStream(), {
    code: 'ERR_INVALID_STATE',
    message: 'Invalid state: The FileHandle is closed',
  });

  const fh2 = await fsp.open(file);
  const reader = fh2.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value, done } = await reader.read(new Uint8Array(5));
  assert.strictEqual(done, false);
  assert(value instanceof Uint8Array);
  assert.strictEqual(Buffer.from(value).toString(), 'hello');
  const rest = [];
  for (;;) {
    const r = await reader.read(new Uint8Array(4096));
    if (r.done) break;
    rest.push(Buffer.from(r.value));
  }
  assert.strictEqual('hello' + Buffer.concat(rest).toString(), text);
  reader.releaseLock();
  await fh2.close();
  fs.unlinkSync(file);
})().then(() => {}, (err) => {
  fs.rmSync(file, { force: true });
  throw err;
});
