'use strict';
// fs.watch(dir, { recursive: true }) (node 20 supports it on Linux too) and
// fs.promises.watch.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-watch-rec-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

const kTimeout = 20000;

function waitFor(watcher, pred, act) {
  return new Promise((resolve, reject) => {
    const seen = [];
    const timer = setTimeout(() => {
      watcher.removeListener('change', onChange);
      clearInterval(poke);
      reject(new Error(`timed out; events seen: ${JSON.stringify(seen)}`));
    }, kTimeout);
    const poke = setInterval(act, 200);
    function onChange(eventType, filename) {
      seen.push([eventType, String(filename)]);
      if (pred(eventType, filename)) {
        clearTimeout(timer);
        clearInterval(poke);
        watcher.removeListener('change', onChange);
        resolve([eventType, filename]);
      }
    }
    watcher.on('change', onChange);
    act();
  });
}

async function main() {
  const missing = path.join(dir, 'nope');
  assert.throws(() => fs.watch(missing, { recursive: true }), { code: 'ENOENT' });

  fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
  const w = fs.watch(dir, { recursive: true });
  assert.strictEqual(w.constructor.name, 'FSWatcher');

  // A file in an existing subdirectory, reported relative to the root.
  const deep = path.join(dir, 'a', 'b', 'deep.txt');
  let n = 0;
  await waitFor(w, (t, f) => f === path.join('a', 'b', 'deep.txt'), () => {
    fs.writeFileSync(deep, `v${n++}`);
  });

  // A directory created after the watch started is watched too.
  const later = path.join(dir, 'later');
  const inLater = path.join(later, 'file.txt');
  await waitFor(w, (t, f) => f === path.join('later', 'file.txt'), () => {
    fs.mkdirSync(later, { recursive: true });
    fs.writeFileSync(inLater, `v${n++}`);
  });

  const closed = new Promise((resolve) => w.on('close', resolve));
  w.close();
  await closed;

  // fs.promises.watch: an async iterator of { eventType, filename }.
  {
    const ac = new AbortController();
    const file = path.join(dir, 'p.txt');
    const iter = fs.promises.watch(dir, { signal: ac.signal });
    const poke = setInterval(() => fs.writeFileSync(file, `v${n++}`), 200);
    let error;
    let event;
    try {
      for await (const e of iter) {
        if (e.filename === 'p.txt') {
          event = e;
          ac.abort();
        }
      }
    } catch (err) {
      error = err;
    }
    clearInterval(poke);
    assert.deepStrictEqual(Object.keys(event), ['eventType', 'filename']);
    assert.ok(event.eventType === 'change' || event.eventType === 'rename');
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
  }

  // Leaving the loop (return) closes the watcher.
  {
    const file = path.join(dir, 'q.txt');
    const poke = setInterval(() => fs.writeFileSync(file, `v${n++}`), 200);
    for await (const e of fs.promises.watch(dir, { recursive: true })) {
      if (e.filename === 'q.txt') break;
    }
    clearInterval(poke);
  }

  // Errors come out of next().
  await assert.rejects(fs.promises.watch(missing).next(), { code: 'ENOENT', syscall: 'watch' });
  await assert.rejects(fs.promises.watch(dir, 5).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.watch(dir, { recursive: 1 }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  const ac = new AbortController();
  ac.abort('why');
  await assert.rejects(fs.promises.watch(dir, { signal: ac.signal }).next(), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.cause, 'why');
    return true;
  });
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
