'use strict';
// 10k concurrent fs.promises.stat calls (Promise.all), over 100 files, x5.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-bench-stat-'));
const names = [];
for (let i = 0; i < 100; i++) {
  const name = path.join(dir, `f${i}`);
  fs.writeFileSync(name, 'x'.repeat(i));
  names.push(name);
}

(async () => {
  const start = process.hrtime.bigint();
  for (let round = 0; round < 5; round++) {
    const all = [];
    for (let i = 0; i < 10000; i++) all.push(fs.promises.stat(names[i % 100]));
    const stats = await Promise.all(all);
    for (let i = 0; i < 100; i++) {
      if (stats[i].size !== i) throw new Error('wrong size');
    }
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(`5 x 10000 concurrent fs.promises.stat: ${ms.toFixed(1)} ms`);
})().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
