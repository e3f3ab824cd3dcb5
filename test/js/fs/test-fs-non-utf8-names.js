'use strict';
// File names that aren't UTF-8 (Linux allows any bytes): readdir with
// encoding 'buffer' gives their exact bytes (sync, callback, promise, Dirent
// names and opendir), and a Buffer path with those bytes opens the file;
// with the default encoding the name is decoded with U+FFFD, as in node.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-names-'));
const nameBytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);  // "caf\xe9.txt"
const fileBytes = Buffer.concat([Buffer.from(dir + '/'), nameBytes]);

(async () => {
  fs.writeFileSync(fileBytes, 'latin1 name');
  assert.strictEqual(fs.readFileSync(fileBytes, 'utf8'), 'latin1 name');
  assert.strictEqual(fs.statSync(fileBytes).size, 11);

  const hex = (list) => list.map((b) => b.toString('hex'));
  assert.deepStrictEqual(hex(fs.readdirSync(dir, { encoding: 'buffer' })), [nameBytes.toString('hex')]);
  assert.deepStrictEqual(fs.readdirSync(dir), ['caf\ufffd.txt']);
  const dirents = fs.readdirSync(dir, { encoding: 'buffer', withFileTypes: true });
  assert(Buffer.isBuffer(dirents[0].name));
  assert.deepStrictEqual(dirents[0].name, nameBytes);
  assert(dirents[0].isFile());
  assert.deepStrictEqual(hex(await fs.promises.readdir(dir, { encoding: 'buffer' })),
                         [nameBytes.toString('hex')]);
  const viaCallback = await new Promise((resolve, reject) => {
    fs.readdir(dir, { encoding: 'buffer' }, (err, list) => (err ? reject(err) : resolve(list)));
  });
  assert.deepStrictEqual(hex(viaCallback), [nameBytes.toString('hex')]);
  const d = fs.opendirSync(dir, { encoding: 'buffer' });
  const entry = d.readSync();
  assert.deepStrictEqual(entry.name, nameBytes);
  d.closeSync();

  fs.unlinkSync(fileBytes);
  fs.rmdirSync(dir);
})().catch((err) => {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
});
