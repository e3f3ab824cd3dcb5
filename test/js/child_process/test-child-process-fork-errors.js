'use strict';
// fork() and the IPC channel's errors: bad messages throw, bad options
// throw node's codes, a child that can't start still gets a channel whose
// sends fail with EPIPE, and forking leaves no fds behind.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const path = require('path');

const fixture = (name) => path.join(__dirname, 'fixtures', name);
const fdCount = () => fs.readdirSync('/proc/self/fd').length;

// Option errors, before anything starts.
assert.throws(() => cp.fork(1), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => cp.fork('x', 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be an instance of Array. Received type string (\'y\')',
});
assert.throws(() => cp.fork('x', [], 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork('x', { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => cp.fork('x', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.fork('x', { serialization: 'foo' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.serialization' must be one of: undefined, 'json', " +
    "'advanced'. Received 'foo'",
});
assert.throws(() => cp.spawn('x', { stdio: ['ipc', 'ipc'] }), {
  code: 'ERR_IPC_ONE_PIPE',
  message: 'Child process can have only one IPC pipe',
});
assert.throws(() => cp.spawnSync('x', { stdio: ['ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
  message: 'IPC cannot be used with synchronous forks',
});
// A spawn without 'ipc' has no channel.
{
  const c = cp.spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  assert.strictEqual(c.send, undefined);
  assert.strictEqual(c.connected, false);
}

// Messages that can't be sent throw; nothing reaches the child.
const child = cp.fork(fixture('ipc-echo.js'));
assert.throws(() => child.send(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "message" argument must be specified',
});
assert.throws(() => child.send(undefined), { code: 'ERR_MISSING_ARGS' });
for (const bad of [() => 1, Symbol('s'), 1n]) {
  assert.throws(() => child.send(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "message" argument must be one of type string, object, number, or boolean\./,
  });
}
assert.throws(() => child.send('x', null, 'options'), { code: 'ERR_INVALID_ARG_TYPE' });
const got = [];
child.on('message', (m) => {
  got.push(m);
  if (m.echo === 'after') child.disconnect();
});
child.send(null);
child.send('after');
child.on('close', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(got, [{ echo: null }, { echo: 'after' }]);
  cannotStart();
});

// A child that never starts: 'error', then the send's EPIPE, then 'close',
// then 'disconnect'.
function cannotStart() {
  const c = cp.fork(fixture('ipc-echo.js'), { execPath: '/nonexistent/eddy-test' });
  const events = [];
  assert.strictEqual(c.connected, true);
  assert.strictEqual(c.send('x', (err) => events.push(['send', err.code, err.syscall])), true);
  c.on('error', (err) => events.push(['error', err.code, err.syscall]));
  c.on('exit', () => events.push('exit'));
  c.on('close', (code) => events.push(['close', code]));
  c.on('disconnect', () => {
    assert.deepStrictEqual(events, [
      ['error', 'ENOENT', 'spawn /nonexistent/eddy-test'],
      ['send', 'EPIPE', 'write'],
      ['close', -2],
    ]);
    assert.strictEqual(c.connected, false);
    leaks();
  });
}

// Children that run, disconnect, are killed or fail to start leave no fd.
function leaks() {
  let rounds = 4;
  const before = fdCount();
  (function round() {
    if (rounds-- === 0) {
      setImmediate(() => assert.strictEqual(fdCount(), before));
      return;
    }
    let pending = 3;
    const done = () => { if (--pending === 0) setImmediate(round); };
    const a = cp.fork(fixture('ipc-echo.js'));
    a.send('disconnect-me');
    a.on('close', done);
    const b = cp.fork(fixture('ipc-echo.js'));
    b.on('spawn', () => b.kill());
    b.on('close', done);
    const c = cp.fork(fixture('ipc-echo.js'), { execPath: '/nonexistent/eddy-test' });
    c.on('error', () => {});
    c.on('disconnect', done);
  })();
}
