'use strict';
// No fds and no zombies left behind: by children that ran (async and sync),
// failed to spawn, or were killed; unref lets the parent exit; a parent that
// exits with children still running ends cleanly.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');

const fdCount = () => fs.readdirSync('/proc/self/fd').length;
// A reaped child has no /proc entry left; a zombie would show state Z.
function assertReaped(pid) {
  let stat = null;
  try { stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1'); } catch { /* gone */ }
  if (stat !== null) assert.notStrictEqual(stat.split(') ')[1][0], 'Z', `zombie ${pid}`);
}

let before;
const pids = [];

function round(n, done) {
  if (n === 0) return done();
  let pending = 4;
  const one = () => { if (--pending === 0) setImmediate(round, n - 1, done); };
  const a = cp.spawn('sh', ['-c', 'cat; echo done >&2']);
  pids.push(a.pid);
  a.stdout.resume();
  a.stdin.end('x');
  a.on('close', one);
  const b = cp.spawn('eddy-no-such-command');
  b.on('error', () => {});
  b.on('close', one);
  const c = cp.spawn('sleep', ['10']);
  pids.push(c.pid);
  c.on('close', one);
  c.kill();
  cp.exec('echo hi', (err, out) => {
    assert.strictEqual(out, 'hi\n');
    one();
  });
  const r = cp.spawnSync('cat', { input: 'abc' });
  pids.push(r.pid);
  cp.spawnSync('eddy-no-such-command');
  cp.spawnSync('sleep', ['5'], { timeout: 10 });
}

// A first round warms up what the runtime opens once (libuv's SIGCHLD
// pipe and the like); after it the count must not grow.
round(1, () => setImmediate(() => {
  before = fdCount();
  round(5, check);
}));

function check() {
  setImmediate(() => {
    assert.strictEqual(fdCount(), before);
    for (const pid of pids) assertReaped(pid);

    // unref: the parent does not wait for the child.
    const script = "const c = require('child_process').spawn('sleep', ['30'], { stdio: 'ignore' });" +
      'c.unref(); console.log(c.pid);';
    const start = Date.now();
    const r = cp.spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20000 });
    assert.strictEqual(r.status, 0);
    assert.ok(Date.now() - start < 20000);
    const sleeper = Number(r.stdout);
    assert.ok(sleeper > 0);
    process.kill(sleeper);

    // process.exit() with a child running and its pipes open.
    const script2 = "const c = require('child_process').spawn('sleep', ['30']);" +
      "c.stdout.on('data', () => {}); setTimeout(() => { console.log(c.pid); process.exit(3); }, 20);";
    const r2 = cp.spawnSync(process.execPath, ['-e', script2], { encoding: 'utf8', timeout: 20000 });
    assert.strictEqual(r2.status, 3);
    assert.strictEqual(r2.stderr, '');
    process.kill(Number(r2.stdout));
  });
}
