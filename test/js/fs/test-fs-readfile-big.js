'use strict';
// readFile of files big enough to be read in parallel parts: every byte in
// its place, in all three forms and through the utf8 string path, for sizes
// around the part boundaries, sparse files and characters split by a part
// boundary; no descriptor left open.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const MiB = 1024 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-readfile-big-'));
const fdsBefore = fs.readdirSync('/proc/self/fd').length;

// Each 4-byte word holds its own offset: a part read into the wrong place
// or left out changes the words there.
function pattern(size) {
  const b = Buffer.alloc(size);
  for (let i = 0; i + 4 <= size; i += 4) b.writeUInt32LE(i, i);
  for (let i = size - (size % 4); i < size; i++) b[i] = 0xa5;
  return b;
}

const sizes = [8 * MiB - 1, 8 * MiB, 8 * MiB + 1, 12 * MiB + 4097, 16 * MiB + 3, 33 * MiB + 12345];

(async () => {
  try {
    for (const size of sizes) {
      const f = path.join(dir, `f${size}`);
      const want = pattern(size);
      fs.writeFileSync(f, want);
      assert.ok(fs.readFileSync(f).equals(want), `readFileSync ${size}`);
      const viaCallback = await new Promise((resolve, reject) => {
        fs.readFile(f, (err, b) => (err ? reject(err) : resolve(b)));
      });
      assert.ok(viaCallback.equals(want), `readFile ${size}`);
      assert.ok((await fsp.readFile(f)).equals(want), `promises.readFile ${size}`);
      assert.strictEqual(fs.readFileSync(f, 'latin1'), want.toString('latin1'));
      fs.unlinkSync(f);
    }

    // Three-byte characters across every part boundary, as a string.
    const euro = '\u20ac'.repeat(3 * MiB + 7);
    const fe = path.join(dir, 'euro');
    fs.writeFileSync(fe, euro);
    assert.strictEqual(fs.readFileSync(fe, 'utf8'), euro);
    assert.strictEqual(await fsp.readFile(fe, 'utf8'), euro);
    assert.strictEqual(fs.readFileSync(fe).length, Buffer.byteLength(euro));

    // A sparse file: holes read back as zeros.
    const fs2 = path.join(dir, 'sparse');
    const fd = fs.openSync(fs2, 'w');
    fs.ftruncateSync(fd, 20 * MiB);
    fs.writeSync(fd, Buffer.from('end'), 0, 3, 20 * MiB - 3);
    fs.writeSync(fd, Buffer.from('mid'), 0, 3, 10 * MiB);
    fs.closeSync(fd);
    const sparse = fs.readFileSync(fs2);
    assert.strictEqual(sparse.length, 20 * MiB);
    assert.strictEqual(sparse.toString('latin1', 20 * MiB - 3), 'end');
    assert.strictEqual(sparse.toString('latin1', 10 * MiB, 10 * MiB + 3), 'mid');
    assert.strictEqual(sparse.indexOf(1), -1);
    assert.strictEqual(sparse.subarray(0, 10 * MiB).some((x) => x !== 0), false);

    // Errors are still node's.
    assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read' });
    await assert.rejects(fsp.readFile(path.join(dir, 'none')),
                         { code: 'ENOENT', syscall: 'open' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  assert.strictEqual(fs.readdirSync('/proc/self/fd').length, fdsBefore);
  console.log('ok');
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
