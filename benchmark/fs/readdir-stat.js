'use strict';
// readdir + stat of every entry, in a directory of 10k files.
//   usage: readdir-stat.js [sync|callback|promise]   (default: promise)
// The files are made first (outside the timed part); the timed part is done
// 3 times.
const fs = require('fs');
const os = require('os');
const path = require('path');

const form = process.argv[2] || 'promise';
if (!['sync', 'callback', 'promise'].includes(form)) {
  console.error('usage: readdir-stat.js [sync|callback|promise]');
  process.exit(2);
}
const kFiles = 10000;
const kRounds = 3;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-readdir-'));
for (let i = 0; i < kFiles; i++) fs.writeFileSync(path.join(dir, `file-${i}.txt`), '');
const cleanup = () => fs.rmSync(dir, { recursive: true, force: true });

function checkTotal(n) {
  if (n !== kFiles) throw new Error(`saw ${n} files`);
}

function report(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`${form}: ${kRounds} x (readdir + ${kFiles} stat): ${ms.toFixed(1)} ms`);
  cleanup();
}

const start = process.hrtime.bigint();
if (form === 'sync') {
  for (let r = 0; r < kRounds; r++) {
    let files = 0;
    for (const name of fs.readdirSync(dir)) {
      if (fs.statSync(path.join(dir, name)).isFile()) files++;
    }
    checkTotal(files);
  }
  report(start);
} else if (form === 'callback') {
  let round = 0;
  const next = () => {
    if (round++ === kRounds) {
      report(start);
      return;
    }
    fs.readdir(dir, (err, names) => {
      if (err) throw err;
      let pending = names.length;
      let files = 0;
      for (const name of names) {
        fs.stat(path.join(dir, name), (err2, st) => {
          if (err2) throw err2;
          if (st.isFile()) files++;
          if (--pending === 0) {
            checkTotal(files);
            next();
          }
        });
      }
    });
  };
  next();
} else {
  (async () => {
    for (let r = 0; r < kRounds; r++) {
      const names = await fs.promises.readdir(dir);
      const stats = await Promise.all(names.map((name) => fs.promises.stat(path.join(dir, name))));
      checkTotal(stats.filter((s) => s.isFile()).length);
    }
    report(start);
  })().catch((err) => {
    cleanup();
    throw err;
  });
}
