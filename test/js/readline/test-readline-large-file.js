'use strict';
// for await over a 100 MiB file: every line arrives, and memory stays flat
// (the input is paused while lines wait), as node 20 does. Also
// FileHandle.readLines().
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-readline-'));
const file = path.join(dir, 'big.txt');
const line = 'x'.repeat(99);               // 100 bytes with the \n
const block = `${line}\n`.repeat(10486);   // ~1 MiB
const blocks = 100;
const fd = fs.openSync(file, 'w');
for (let i = 0; i < blocks; i++) fs.writeSync(fd, block);
fs.closeSync(fd);
const expected = 10486 * blocks;

(async () => {
  try {
    if (global.gc) global.gc();
    const base = process.memoryUsage().rss;
    let maxRss = base;
    let count = 0;
    const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
    for await (const l of rl) {
      if (l.length !== 99) assert.fail(`line ${count} has ${l.length} characters`);
      if (++count % 100000 === 0) maxRss = Math.max(maxRss, process.memoryUsage().rss);
    }
    assert.strictEqual(count, expected);
    const growth = (maxRss - base) / (1024 * 1024);
    assert.ok(growth < 80, `rss grew by ${growth.toFixed(1)} MiB`);

    const fh = await fs.promises.open(file);
    let n = 0;
    for await (const l of fh.readLines({ start: 0, end: 999 })) {
      assert.strictEqual(l, line);
      n++;
    }
    assert.strictEqual(n, 10);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})().catch((err) => { console.error(err); process.exit(1); });
