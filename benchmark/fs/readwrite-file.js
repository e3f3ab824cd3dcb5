'use strict';
// fs.writeFile + fs.readFile: 10k files of 1 KiB, or one 100 MiB file, in the
// sync, callback or promise form.
//   usage: readwrite-file.js <sync|callback|promise> <small|big>
// Small: 10k writeFile then 10k readFile, one after another (100 names reused).
// Big: writeFile of 100 MiB then readFile of it, once.
// Prints the time of the timed part; the process does its work and exits.
const fs = require('fs');
const os = require('os');
const path = require('path');

const form = process.argv[2] || 'sync';
const size = process.argv[3] || 'small';
if (!['sync', 'callback', 'promise'].includes(form) || !['small', 'big'].includes(size)) {
  console.error('usage: readwrite-file.js <sync|callback|promise> <small|big>');
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-rw-'));
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });

const count = size === 'small' ? 10000 : 1;
const data = Buffer.alloc(size === 'small' ? 1024 : 100 * 1024 * 1024, 'eddy');
const names = [];
for (let i = 0; i < Math.min(count, 100); i++) names.push(path.join(dir, `f${i}`));
const nameOf = (i) => names[i % names.length];

function check(buf) {
  if (buf.length !== data.length || buf[buf.length - 1] !== data[data.length - 1]) {
    throw new Error('read back the wrong data');
  }
}

function report(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${form} ${size}: ${count} writeFile + ${count} readFile of ${data.length} bytes: ${ms.toFixed(1)} ms`);
  cleanup();
}

const start = process.hrtime.bigint();
if (form === 'sync') {
  for (let i = 0; i < count; i++) fs.writeFileSync(nameOf(i), data);
  for (let i = 0; i < count; i++) check(fs.readFileSync(nameOf(i)));
  report(start);
} else if (form === 'callback') {
  let i = 0;
  const writeNext = () => {
    if (i === count) {
      i = 0;
      readNext();
      return;
    }
    fs.writeFile(nameOf(i++), data, (err) => {
      if (err) throw err;
      writeNext();
    });
  };
  const readNext = () => {
    if (i === count) {
      report(start);
      return;
    }
    fs.readFile(nameOf(i++), (err, buf) => {
      if (err) throw err;
      check(buf);
      readNext();
    });
  };
  writeNext();
} else {
  (async () => {
    for (let i = 0; i < count; i++) await fs.promises.writeFile(nameOf(i), data);
    for (let i = 0; i < count; i++) check(await fs.promises.readFile(nameOf(i)));
    report(start);
  })().catch((err) => {
    cleanup();
    throw err;
  });
}
