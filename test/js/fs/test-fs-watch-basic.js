'use strict';
// fs.watch: 'change' and 'rename' events in a directory and on a file,
// close() stops them, errors, options. Waits for events without timing
// assertions (a generous overall timeout only).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eddy-fs-watch-'));
let done = false;
process.on('exit', (code) => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (code === 0 && !done) {
    console.error('the test stopped before the end (a promise never settled)');
    process.exitCode = 1;
  }
});

const kTimeout = 20000;
const tick = () => new Promise((resolve) => setTimeout(resolve, 50));

// Resolves with the first [eventType, filename] for which pred is true; keeps
// poking (calling `act`) until then, since a watcher may start a moment late.
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
  // Errors and validation.
  const missing = path.join(dir, 'nope');
  assert.throws(() => fs.watch(missing), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'watch');
    assert.strictEqual(err.path, missing);
    assert.strictEqual(err.filename, missing);
    assert.strictEqual(err.errno, -os.constants.errno.ENOENT);
    assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${missing}'`);
    return true;
  });
  assert.throws(() => fs.watch(123), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.watch(dir, { recursive: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => fs.watch(dir, { encoding: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => fs.watch(dir, { signal: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  // (node starts the watcher before checking the listener: non-persistent
  // so the leaked watcher does not hold the process.)
  assert.throws(() => fs.watch(dir, { encoding: 'buffer', persistent: false }, 5), {
    message: 'The "listener" argument must be of type function. Received type number (5)',
  });

  // A directory: creating a file gives 'rename', writing it gives 'change'.
  {
    const file = path.join(dir, 'a.txt');
    const w = fs.watch(dir);
    assert.strictEqual(w instanceof require('events'), true);
    assert.strictEqual(w.ref(), w);
    assert.strictEqual(w.unref(), w);
    w.ref();
    let n = 0;
    const [type1, name1] = await waitFor(w, (t, f) => t === 'rename' && f === 'a.txt', () => {
      if (!fs.existsSync(file)) fs.writeFileSync(file, 'created');
    });
    assert.strictEqual(type1, 'rename');
    assert.strictEqual(name1, 'a.txt');
    const [type2, name2] = await waitFor(w, (t, f) => t === 'change' && f === 'a.txt', () => {
      fs.appendFileSync(file, `more ${n++}`);
    });
    assert.strictEqual(type2, 'change');
    assert.strictEqual(name2, 'a.txt');
    // Renaming gives 'rename' events.
    const renamed = path.join(dir, 'b.txt');
    await waitFor(w, (t, f) => t === 'rename' && f === 'b.txt', () => {
      if (fs.existsSync(file)) fs.renameSync(file, renamed);
    });

    // close(): 'close' once, no more events.
    let closes = 0;
    let after = 0;
    w.on('close', () => closes++);
    w.close();
    w.close();
    w.on('change', () => after++);
    fs.writeFileSync(path.join(dir, 'c.txt'), 'x');
    fs.appendFileSync(renamed, 'y');
    for (let i = 0; i < 4; i++) await tick();
    assert.strictEqual(closes, 1);
    assert.strictEqual(after, 0);
  }

  // The listener argument; encoding 'buffer'; a watched file.
  {
    const file = path.join(dir, 'watched.txt');
    fs.writeFileSync(file, 'start');
    let n = 0;
    const events = [];
    const w = fs.watch(file, { encoding: 'buffer' }, (t, f) => events.push([t, f]));
    const [type, name] = await waitFor(w, (t) => t === 'change', () => {
      fs.appendFileSync(file, `more ${n++}`);
    });
    assert.strictEqual(type, 'change');
    assert.deepStrictEqual(name, Buffer.from('watched.txt'));
    assert.ok(events.length >= 1);
    assert.deepStrictEqual(events[0][1], Buffer.from('watched.txt'));
    const closed = new Promise((resolve) => w.on('close', resolve));
    w.close();
    await closed;
  }

  // signal: abort closes the watcher.
  {
    const ac = new AbortController();
    const w = fs.watch(dir, { signal: ac.signal });
    const closed = new Promise((resolve) => w.on('close', resolve));
    ac.abort();
    await closed;
    const ac2 = new AbortController();
    ac2.abort();
    const w2 = fs.watch(dir, { signal: ac2.signal });
    await new Promise((resolve) => w2.on('close', resolve));
  }

  // persistent: false does not keep the process alive (checked last: the
  // process must exit on its own with this watcher open).
  fs.watch(dir, { persistent: false });
}

main().then(() => { done = true; console.log('ok'); }, (err) => { console.error(err); process.exit(1); });
