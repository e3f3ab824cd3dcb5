'use strict';
// process.on('SIG…'): a listener catches the signal (name and number, every
// listener, once() too) instead of the signal's default action; with the last
// listener gone the default action is back; a listener doesn't keep the
// program alive; SIGKILL can't be caught (node's uv_signal_start error); the
// two bootstrap listeners node shows. Expected values are node 20's.
const assert = require('assert');
const cp = require('child_process');

assert.deepStrictEqual(process.listeners('newListener').map((f) => f.name)
  .filter((n) => n !== ''), ['startListeningIfSignal']);
assert.deepStrictEqual(process.listeners('removeListener').map((f) => f.name)
  .filter((n) => n !== ''), ['stopListeningIfSignal']);

assert.throws(() => process.on('SIGKILL', () => {}), {
  message: 'uv_signal_start EINVAL', code: 'EINVAL', errno: -22, syscall: 'uv_signal_start',
});
assert.strictEqual(process.listenerCount('SIGKILL'), 0);

function run(code) {
  const r = cp.spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 10000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status, signal: r.signal };
}

// Caught, by every listener in order, with name and number; the program
// goes on and ends normally.
assert.deepStrictEqual(run(`
  process.on('SIGUSR2', (name, num) => console.log('a', name, num));
  process.once('SIGUSR2', (name) => console.log('b', name));
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {
    console.log('once left', process.listenerCount('SIGUSR2'));
    process.kill(process.pid, 'SIGUSR2');
    setTimeout(() => console.log('done'), 200);
  }, 200);
`), { stdout: 'a SIGUSR2 12\nb SIGUSR2\nonce left 1\na SIGUSR2 12\ndone\n', stderr: '',
      status: 0, signal: null });

// SIGTERM and SIGINT with a listener don't end the program.
assert.deepStrictEqual(run(`
  process.on('SIGTERM', () => console.log('term'));
  process.on('SIGINT', () => console.log('int'));
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => { process.kill(process.pid, 'SIGINT'); setTimeout(() => {}, 200); }, 200);
`), { stdout: 'term\nint\n', stderr: '', status: 0, signal: null });

// The last listener removed: the default action (the end of the program).
assert.deepStrictEqual(run(`
  const f = () => console.log('never');
  process.on('SIGTERM', f);
  process.removeListener('SIGTERM', f);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => console.log('survived'), 500);
`), { stdout: '', stderr: '', status: null, signal: 'SIGTERM' });

// A listener alone doesn't keep the program alive.
assert.deepStrictEqual(run(`
  process.on('SIGTERM', () => {});
  console.log('bye');
`), { stdout: 'bye\n', stderr: '', status: 0, signal: null });

// A signal from outside, caught while the program waits.
const child = cp.spawn(process.execPath, ['-e', `
  process.on('SIGHUP', (name) => { console.log('caught', name); process.exit(3); });
  console.log('ready');
  setInterval(() => {}, 1000);
`]);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => {
  out += d;
  if (out === 'ready\n') child.kill('SIGHUP');
});
child.on('close', (code, signal) => {
  assert.strictEqual(out, 'ready\ncaught SIGHUP\n');
  assert.strictEqual(code, 3);
  assert.strictEqual(signal, null);
  console.log('ok');
});
