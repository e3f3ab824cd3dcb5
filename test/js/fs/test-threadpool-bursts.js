'use strict';
// Bursts of thread-pool work of every kind (fs, crypto, zlib, dns.lookup),
// submitted all at once and one after another, must all complete, each with
// its own result, in any order, and the process must then exit: a lost
// wake-up of a pool worker would leave work queued and hang here.
const assert = require('assert');
const crypto = require('crypto');
const dns = require('dns');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-pool-'));
const names = [];
for (let i = 0; i < 20; i++) {
  const name = path.join(dir, `f${i}`);
  fs.writeFileSync(name, 'x'.repeat(i));
  names.push(name);
}

async function burst(round) {
  const jobs = [];
  for (let i = 0; i < 2000; i++) {
    const k = i % 20;
    jobs.push(fs.promises.stat(names[k]).then((s) => assert.strictEqual(s.size, k)));
    if (i % 100 === 0) {
      jobs.push(new Promise((resolve, reject) => {
        crypto.pbkdf2(`p${i}`, 's', 1, 8, 'sha256', (err, key) => {
          if (err) return reject(err);
          assert.strictEqual(key.toString('hex'),
                             crypto.pbkdf2Sync(`p${i}`, 's', 1, 8, 'sha256').toString('hex'));
          resolve();
        });
      }));
      jobs.push(new Promise((resolve, reject) => {
        zlib.gzip(`round ${round} item ${i}`, (err, out) => {
          if (err) return reject(err);
          assert.strictEqual(zlib.gunzipSync(out).toString(), `round ${round} item ${i}`);
          resolve();
        });
      }));
      jobs.push(dns.promises.lookup('127.0.0.1').then((r) => assert.strictEqual(r.address, '127.0.0.1')));
    }
  }
  const results = await Promise.all(jobs);
  assert.strictEqual(results.length, 2000 + 3 * 20);
}

async function oneByOne() {
  // Each job waits for the last: the pool goes idle between every two.
  for (let i = 0; i < 200; i++) {
    const s = await fs.promises.stat(names[i % 20]);
    assert.strictEqual(s.size, i % 20);
  }
}

(async () => {
  for (let round = 0; round < 3; round++) {
    await burst(round);
    await oneByOne();
  }
  // Two bursts racing each other.
  await Promise.all([burst(10), burst(11), oneByOne()]);
  fs.rmSync(dir, { recursive: true });
  console.log('ok');
})().catch((err) => {
  fs.rmSync(dir, { recursive: true, force: true });
  throw err;
});
