'use strict';
// FileHandle.createReadStream / createWriteStream and FileHandles as `fd`.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-streams-fh-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

function once(emitter, name) {
  return new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
}

async function main() {
  const file = path.join(dir, 'fh.txt');
  const text = 'filehandle streams\n'.repeat(5000);

  {
    const fh = await fs.promises.open(file, 'w');
    const w = fh.createWriteStream();
    assert.strictEqual(w.fd, fh.fd);
    assert.strictEqual(w.pending, false);
    w.write(text.slice(0, 1000));
    w.end(text.slice(1000));
    await once(w, 'close');
    assert.strictEqual(w.bytesWritten, text.length);
    // autoClose closed the handle.
    assert.strictEqual(fh.fd, -1);
  }
  assert.strictEqual(fs.readFileSync(file, 'utf8'), text);

  {
    const fh = await fs.promises.open(file, 'r');
    const r = fh.createReadStream({ encoding: 'utf8', start: 19, end: 37 });
    let got = '';
    r.on('data', (c) => { got += c; });
    await once(r, 'close');
    assert.strictEqual(got, text.slice(19, 38));
    assert.strictEqual(fh.fd, -1);
  }

  // createReadStream(null, { fd: fileHandle }), autoClose false: the handle
  // stays usable.
  {
    const fh = await fs.promises.open(file, 'r');
    const r = fs.createReadStream(null, { fd: fh, autoClose: false, highWaterMark: 4096 });
    const chunks = [];
    for await (const c of r) chunks.push(c);
    assert.strictEqual(Buffer.concat(chunks).toString(), text);
    const { bytesRead } = await fh.read(Buffer.alloc(8), 0, 8, 0);
    assert.strictEqual(bytesRead, 8);
    await fh.close();
  }

  // Closing the FileHandle closes the stream.
  {
    const fh = await fs.promises.open(file, 'r');
    const r = fh.createReadStream();
    const closed = once(r, 'close');
    await fh.close();
    await closed;
    assert.strictEqual(r.destroyed, true);
  }
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
