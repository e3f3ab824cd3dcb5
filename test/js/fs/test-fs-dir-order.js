'use strict';
// fs.Dir yields every entry once, in the directory's own order (which depends
// on the file system, so only its content is compared here); readdir sorts.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'dord-'));
try {
  const names = ['zeta', 'alpha', 'mid', 'b', 'a1', 'Z'];
  for (const n of names) fs.writeFileSync(path.join(d, n), n);
  fs.mkdirSync(path.join(d, 'sub'));
  const dir = fs.opendirSync(d);
  const seen = [];
  let e;
  while ((e = dir.readSync()) !== null) seen.push(e.name);
  dir.closeSync();
  assert.deepStrictEqual([...seen].sort(), [...names, 'sub'].sort());
  assert.deepStrictEqual(fs.readdirSync(d), ['Z', 'a1', 'alpha', 'b', 'mid', 'sub', 'zeta']);
  assert.throws(() => fs.opendirSync(path.join(d, 'nope')),
                { code: 'ENOENT', syscall: 'opendir', message: 'ENOENT: no such file or directory, opendir' });
} finally {
  fs.rmSync(d, { recursive: true });
}
