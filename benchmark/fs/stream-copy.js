'use strict';
// Copy a 1 GiB file with createReadStream().pipe(createWriteStream()).
//   usage: stream-copy.js [MiB]   (default 1024)
// The source is written first with writeSync (outside the timed part), and
// both files are deleted at the end.
const fs = require('fs');
const os = require('os');
const path = require('path');

const mib = Number(process.argv[2] || 1024);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-copy-'));
const src = path.join(dir, 'src.bin');
const dst = path.join(dir, 'dst.bin');
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });

const block = Buffer.alloc(8 * 1024 * 1024);
for (let i = 0; i < block.length; i += 4) block.writeUInt32LE((i * 2654435761) >>> 0, i);
const fd = fs.openSync(src, 'w');
for (let written = 0; written < mib * 1024 * 1024; written += block.length) {
  fs.writeSync(fd, block, 0, Math.min(block.length, mib * 1024 * 1024 - written));
}
fs.closeSync(fd);

const start = process.hrtime.bigint();
const r = fs.createReadStream(src);
const w = fs.createWriteStream(dst);
r.on('error', (err) => { cleanup(); throw err; });
w.on('error', (err) => { cleanup(); throw err; });
w.on('close', () => {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const size = fs.statSync(dst).size;
  if (size !== mib * 1024 * 1024 || w.bytesWritten !== size) {
    cleanup();
    throw new Error(`copied ${size} bytes`);
  }
  console.log(`stream copy of ${mib} MiB: ${ms.toFixed(1)} ms (${(mib / (ms / 1000)).toFixed(0)} MiB/s)`);
  cleanup();
});
r.pipe(w);
