'use strict';
// fs.watchFile / fs.unwatchFile: a change is seen with Stats objects; a
// missing file reports zeroed stats; unwatchFile stops the polling.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-watchfile-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

const kTimeout = 20000;

function withTimeout(promise, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), kTimeout);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  // Validation.
  assert.throws(() => fs.watchFile(path.join(dir, 'x')), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received undefined',
  });
  assert.throws(() => fs.watchFile(path.join(dir, 'x'), { interval: 'a' }, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "interval" argument must be of type number. Received type string (\'a\')',
  });
  assert.throws(() => fs.watchFile(path.join(dir, 'x'), { interval: -1 }, () => {}), {
    code: 'ERR_OUT_OF_RANGE',
  });
  assert.throws(() => fs.watchFile(123, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  // Unwatching something never watched is fine.
  fs.unwatchFile(path.join(dir, 'never'));
  fs.unwatchFile(path.join(dir, 'never'), () => {});

  // A change to an existing file.
  {
    const file = path.join(dir, 'watched.txt');
    fs.writeFileSync(file, 'one');
    let n = 0;
    let poke;
    const seen = new Promise((resolve) => {
      const listener = (curr, prev) => {
        if (curr.size === prev.size && curr.mtimeMs === prev.mtimeMs) return;
        fs.unwatchFile(file, listener);
        resolve([curr, prev]);
      };
      const w = fs.watchFile(file, { interval: 20 }, listener);
      assert.strictEqual(w instanceof require('events'), true);
      assert.strictEqual(typeof w.ref, 'function');
      assert.strictEqual(typeof w.unref, 'function');
      // The same watcher for the same file.
      const other = () => {};
      assert.strictEqual(fs.watchFile(file, other), w);
      assert.strictEqual(w.listenerCount('change'), 2);
      fs.unwatchFile(file, other);
      assert.strictEqual(w.listenerCount('change'), 1);
      // Keep changing the file until the poller notices (no timing assumptions).
      poke = setInterval(() => fs.writeFileSync(file, 'x'.repeat(10 + (n++ % 50))), 100);
    });
    const [curr, prev] = await withTimeout(seen, 'a watchFile change');
    clearInterval(poke);
    assert.strictEqual(curr instanceof fs.Stats, true);
    assert.strictEqual(prev instanceof fs.Stats, true);
    assert.strictEqual(curr.isFile(), true);
    assert.strictEqual(prev.size, 3);
    assert.notStrictEqual(curr.size, 3);
    assert.strictEqual(curr.ino, fs.statSync(file).ino);
  }

  // A missing file: one call with zeroed stats; then its creation.
  {
    const file = path.join(dir, 'missing.txt');
    const calls = [];
    let created = false;
    const first = new Promise((resolve) => {
      fs.watchFile(file, { interval: 20 }, (curr, prev) => {
        calls.push([curr, prev]);
        if (calls.length === 1) resolve();
        if (created && curr.size > 0) resolve2();
      });
    });
    let resolve2;
    const second = new Promise((resolve) => { resolve2 = resolve; });
    await withTimeout(first, 'the missing-file call');
    const [curr, prev] = calls[0];
    for (const s of [curr, prev]) {
      assert.strictEqual(s.size, 0);
      assert.strictEqual(s.ino, 0);
      assert.strictEqual(s.mtimeMs, 0);
      assert.strictEqual(s.mode, 0);
      assert.strictEqual(s.isFile(), false);
    }
    created = true;
    fs.writeFileSync(file, 'now here');
    await withTimeout(second, 'the file creation');
    const last = calls[calls.length - 1];
    assert.strictEqual(last[0].size, 8);
    assert.strictEqual(last[1].size, 0);
    fs.unwatchFile(file);
  }

  // bigint stats.
  {
    const file = path.join(dir, 'big.txt');
    fs.writeFileSync(file, 'a');
    let n = 0;
    let poke;
    const seen = new Promise((resolve) => {
      fs.watchFile(file, { interval: 20, bigint: true }, (curr, prev) => {
        if (curr.size === prev.size) return;
        resolve([curr, prev]);
      });
      poke = setInterval(() => fs.writeFileSync(file, 'b'.repeat(2 + (n++ % 50))), 100);
    });
    const [curr, prev] = await withTimeout(seen, 'a bigint change');
    clearInterval(poke);
    fs.unwatchFile(file);
    assert.strictEqual(typeof curr.size, 'bigint');
    assert.strictEqual(typeof prev.mtimeNs, 'bigint');
    assert.strictEqual(prev.size, 1n);
  }

  // unwatchFile without a listener removes them all and stops ('stop' event).
  {
    const file = path.join(dir, 'stop.txt');
    fs.writeFileSync(file, 'a');
    const w = fs.watchFile(file, { interval: 20 }, () => {});
    fs.watchFile(file, () => {});
    const stopped = new Promise((resolve) => w.on('stop', resolve));
    fs.unwatchFile(file);
    await withTimeout(stopped, "'stop'");
    assert.strictEqual(w.listenerCount('change'), 0);
    // A new watchFile makes a new watcher.
    const w2 = fs.watchFile(file, { interval: 20, persistent: false }, () => {});
    assert.notStrictEqual(w2, w);
    fs.unwatchFile(file);
  }
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
